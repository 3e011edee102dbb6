import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension MARCXML {
    /// Every record of a document whose root is a `<collection>` or a single `<record>`, in any
    /// namespace prefix (or none). Throws the first problem: a document that is not well-formed XML
    /// or a record that breaks the MARC structure. Use `decodeEach` to keep the good records.
    public static func decode(_ data: Data) throws -> [MARCRecord] {
        try decodeEach(data).map { try $0.get() }
    }

    /// One result per `<record>`: the record, or why it is unusable (leader not 24 characters, tag not 3,
    /// indicator or subfield code not one character). Throws only if the XML itself is not well-formed.
    public static func decodeEach(_ data: Data) throws -> [Result<MARCRecord, MARCDecodingError>] {
        var results: [Result<MARCRecord, MARCDecodingError>] = []
        try forEachRecord(in: XMLParser(data: data)) { results.append($0) }
        return results
    }

    /// Streams the records of a large document (an OAI-PMH dump, a union catalogue export) without
    /// holding it in memory: `body` is called once per `<record>` as the parser reaches its end. If the
    /// document turns out not to be well-formed, the records before the fault have been delivered and
    /// the error is thrown.
    public static func forEachRecord(
        in stream: InputStream, _ body: (Result<MARCRecord, MARCDecodingError>) -> Void
    ) throws {
        try forEachRecord(in: XMLParser(stream: stream), body)
    }

    private static func forEachRecord(
        in parser: XMLParser, _ body: (Result<MARCRecord, MARCDecodingError>) -> Void
    ) throws {
        try withoutActuallyEscaping(body) { escapable in
            let collector = MARCXMLParserDelegate(onRecord: escapable)
            parser.delegate = collector
            parser.shouldProcessNamespaces = true
            let parsed = parser.parse()
            // Some XMLParser builds report success for a document cut off inside an element, so the
            // delegate's count of open elements is checked too.
            guard parsed, collector.parseError == nil, collector.openElements == 0 else {
                let line = parser.lineNumber
                let detail = (collector.parseError ?? parser.parserError).map { "\($0.localizedDescription)" }
                    ?? "the document ends inside an element"
                throw MARCDecodingError(reason: "the MARCXML document is not well-formed XML near line \(line): \(detail)", offset: collector.recordCount)
            }
        }
    }
}

/// Builds records from parser events. Elements are matched by local name in the MARC 21 slim or
/// MarcXchange (ISO 25577) namespace or in none, whatever the prefix (`marc:record`, `ns0:record`,
/// `record`); an OAI-PMH `<record>` around a MARC record is therefore not taken for one.
private final class MARCXMLParserDelegate: NSObject, XMLParserDelegate {
    private let onRecord: (Result<MARCRecord, MARCDecodingError>) -> Void
    private(set) var recordCount = 0
    private(set) var openElements = 0
    private(set) var parseError: Error?

    private var leader: String?
    private var fields: [MARCField] = []
    private var problems: [String] = []
    private var inRecord = false

    private var currentField: MARCField?
    private var currentSubfieldCode: Character?
    private var text = ""
    private var collectingText = false

    init(onRecord: @escaping (Result<MARCRecord, MARCDecodingError>) -> Void) {
        self.onRecord = onRecord
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        openElements += 1
        guard isMARCNamespace(namespaceURI) else { return }
        switch localName(elementName) {
        case "record":
            inRecord = true
            leader = nil
            fields = []
            problems = []
        case "leader" where inRecord:
            startText()
        case "controlfield" where inRecord:
            let tag = attributes["tag"] ?? ""
            checkTag(tag)
            currentField = MARCField(tag: tag, value: "")
            startText()
        case "datafield" where inRecord:
            let tag = attributes["tag"] ?? ""
            checkTag(tag)
            currentField = MARCField(
                tag: tag, indicator1: indicator(attributes["ind1"], tag: tag, number: 1),
                indicator2: indicator(attributes["ind2"], tag: tag, number: 2), subfields: [])
        case "subfield" where currentField != nil:
            let code = attributes["code"] ?? ""
            if code.count == 1, let character = code.first {
                currentSubfieldCode = character
            } else {
                problems.append("field \(currentField?.tag ?? "?") has a subfield code '\(code)' that is not one character")
                currentSubfieldCode = "?"
            }
            startText()
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        openElements -= 1
        guard isMARCNamespace(namespaceURI) else { return }
        switch localName(elementName) {
        case "record" where inRecord:
            finishRecord()
        case "leader" where inRecord:
            leader = stopText()
        case "controlfield" where currentField != nil:
            currentField?.value = stopText()
            if let field = currentField { fields.append(field) }
            currentField = nil
        case "datafield" where currentField != nil:
            if let field = currentField { fields.append(field) }
            currentField = nil
        case "subfield" where currentSubfieldCode != nil:
            let value = stopText()
            if let code = currentSubfieldCode { currentField?.subfields.append(MARCSubfield(code: code, value: value)) }
            currentSubfieldCode = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if self.parseError == nil { self.parseError = parseError }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collectingText { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if collectingText { text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    private func finishRecord() {
        inRecord = false
        defer { recordCount += 1 }
        if let leader {
            if leader.count != 24 {
                problems.insert("the leader has \(leader.count) characters, not 24: '\(leader)'", at: 0)
            }
        } else {
            problems.insert("the record has no leader", at: 0)
        }
        if fields.isEmpty { problems.append("the record has no fields") }
        if problems.isEmpty, let leader {
            onRecord(.success(MARCRecord(leader: leader, fields: fields)))
        } else {
            onRecord(.failure(MARCDecodingError(reason: problems.joined(separator: "; "), offset: recordCount)))
        }
    }

    private func checkTag(_ tag: String) {
        let bytes = Array(tag.utf8)
        if !(bytes.count == 3 && bytes.allSatisfy(ISO2709Directory.isTagByte)) {
            problems.append("tag '\(tag)' is not three ASCII letters or digits")
        }
    }

    /// A missing or empty indicator attribute is read as blank, as most MARCXML tools write it.
    private func indicator(_ value: String?, tag: String, number: Int) -> Character {
        guard let value, !value.isEmpty else { return " " }
        guard value.count == 1, let character = value.first else {
            problems.append("field \(tag) has indicator \(number) '\(value)', not one character")
            return " "
        }
        return character
    }

    private func startText() {
        text = ""
        collectingText = true
    }

    private func stopText() -> String {
        collectingText = false
        return text
    }

    private func isMARCNamespace(_ uri: String?) -> Bool {
        guard let uri, !uri.isEmpty else { return true }
        return uri == MARCXML.namespace || uri.hasPrefix("info:lc/xmlns/marcxchange")
    }

    private func localName(_ name: String) -> Substring {
        if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
        return name[...]
    }
}
