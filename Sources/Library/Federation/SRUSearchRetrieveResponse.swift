import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A foreign server's answer to searchRetrieve, read.
public struct SRUSearchRetrieveResponse: Sendable {
    /// The version the answer came in, by its namespace: 1.2 for `http://www.loc.gov/zing/srw/` (1.1
    /// shares it), 2.0 for the OASIS one.
    public var version: SRUVersion
    /// All hits on the server, not only the records returned.
    public var numberOfRecords: Int
    /// The returned records that are MARCXML, in the server's order.
    public var records: [MARCRecord]
    /// Returned records that could not be used: a surrogate diagnostic in their place, another schema,
    /// broken MARC. Each with why.
    public var skippedRecords: [String]
    /// Non-fatal diagnostics sent along with results.
    public var diagnostics: [SRUClientError.Diagnostic]
    public var nextRecordPosition: Int?

    public init(version: SRUVersion, numberOfRecords: Int, records: [MARCRecord], skippedRecords: [String] = [],
                diagnostics: [SRUClientError.Diagnostic] = [], nextRecordPosition: Int? = nil) {
        self.version = version
        self.numberOfRecords = numberOfRecords
        self.records = records
        self.skippedRecords = skippedRecords
        self.diagnostics = diagnostics
        self.nextRecordPosition = nextRecordPosition
    }

    /// Reads a searchRetrieveResponse of SRU 1.1, 1.2 or 2.0 (prefixed or not). Records are taken from
    /// `recordData` whether packed as XML or as escaped text (`recordPacking`/`recordXMLEscaping`
    /// `string`), and decoded as MARCXML.
    ///
    /// Throws `SRUClientError.diagnostic` for a fatal diagnostic (diagnostics and no result count or
    /// records), and `.malformedResponse` for anything that is not a searchRetrieve answer: not XML,
    /// another root element (an HTML error page, an explain record), a count that is not a number.
    public static func parse(_ data: Data, repairDoubleEncoding: Bool = true) throws(SRUClientError) -> SRUSearchRetrieveResponse {
        guard !data.isEmpty else { throw .malformedResponse("the answer is empty") }
        let reader = SearchRetrieveReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let parsed = parser.parse()
        if let problem = reader.structureProblem { throw .malformedResponse(problem) }
        guard parsed, reader.parseError == nil, reader.depth == 0, reader.sawRoot else {
            let detail = (reader.parseError ?? parser.parserError).map { "\($0.localizedDescription)" } ?? "the document ends inside an element"
            throw .malformedResponse("not well-formed XML near line \(parser.lineNumber): \(detail)")
        }

        var records: [MARCRecord] = []
        var skipped: [String] = []
        for (number, item) in reader.records.enumerated() {
            let label = "record \(item.position.map(String.init) ?? String(number + 1))"
            if let surrogate = item.surrogateDiagnostic {
                skipped.append("\(label): \(surrogate)")
                continue
            }
            guard let xml = item.xml, !xml.allSatisfy(\.isWhitespace) else {
                skipped.append("\(label): no record data")
                continue
            }
            do {
                let decoded = try MARCXML.decodeEach(Data(xml.utf8))
                if decoded.isEmpty {
                    skipped.append("\(label): not MARCXML (schema \(item.schema ?? "not given"))")
                }
                for result in decoded {
                    switch result {
                    case .success(let record): records.append(repairDoubleEncoding ? DoubleEncodedUTF8.repair(record) : record)
                    case .failure(let error): skipped.append("\(label): \(error.reason)")
                    }
                }
            } catch {
                skipped.append("\(label): \((error as? MARCDecodingError)?.reason ?? String(describing: error))")
            }
        }

        let count: Int?
        if let text = reader.numberOfRecords?.trimmingCharacters(in: .whitespacesAndNewlines) {
            guard let value = Int(text), value >= 0 else { throw .malformedResponse("numberOfRecords is '\(text)', not a count") }
            count = value
        } else {
            count = nil
        }
        if count == nil || (count == 0 && reader.records.isEmpty), let fatal = reader.diagnostics.first {
            throw .diagnostic(fatal)
        }
        guard let numberOfRecords = count ?? (reader.records.isEmpty ? nil : reader.records.count) else {
            throw .malformedResponse("the answer has neither numberOfRecords nor records nor a diagnostic")
        }
        return SRUSearchRetrieveResponse(
            version: reader.version, numberOfRecords: numberOfRecords, records: records, skippedRecords: skipped,
            diagnostics: reader.diagnostics, nextRecordPosition: reader.nextRecordPosition.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
    }
}

/// Reads the envelope by its element path (local names; any prefix, any SRU namespace) and copies what
/// is inside each `recordData` as it stands.
private final class SearchRetrieveReader: NSObject, XMLParserDelegate {
    struct RecordItem {
        var schema: String?
        var position: Int?
        /// The MARCXML of the record: rebuilt from the elements (XML packing) or the text (string packing).
        var xml: String?
        var surrogateDiagnostic: String?
    }

    private(set) var version = SRUVersion.v1_2
    private(set) var sawRoot = false
    private(set) var depth = 0
    private(set) var parseError: Error?
    private(set) var structureProblem: String?
    private(set) var numberOfRecords: String?
    private(set) var nextRecordPosition: String?
    private(set) var records: [RecordItem] = []
    private(set) var diagnostics: [SRUClientError.Diagnostic] = []

    private var path: [String] = []
    private var text = ""
    private var current: RecordItem?
    private var diagnostic: (uri: String, details: String?, message: String?)?

    // Inside recordData: the depth of recordData itself, the elements rebuilt so far, the plain text
    // (string packing), whether an element was seen, and the namespace in force at each open element.
    private var dataDepth: Int?
    private var rebuilt = ""
    private var plain = ""
    private var sawElement = false
    private var namespaces: [String] = []
    private var surrogate: (uri: String, details: String?, message: String?)?
    private var surrogateField: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        depth += 1
        let name = Self.localName(elementName)
        if dataDepth != nil {
            startInsideData(name: name, namespace: namespaceURI ?? "", attributes: attributes)
            return
        }
        if path.isEmpty {
            sawRoot = true
            guard name == "searchRetrieveResponse" else {
                structureProblem = "not an SRU searchRetrieve answer: the document is <\(qualifiedName ?? elementName)>"
                parser.abortParsing()
                return
            }
            if namespaceURI == SRUNamespaces.response { version = .v2_0 }
        }
        path.append(name)
        text = ""
        switch path.dropFirst().joined(separator: "/") {
        case "records/record":
            current = RecordItem()
        case "records/record/recordData":
            dataDepth = depth
            rebuilt = ""
            plain = ""
            sawElement = false
            namespaces = [""]
            surrogate = nil
        case "diagnostics/diagnostic":
            diagnostic = ("", nil, nil)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        if let dataDepth, depth > dataDepth {
            endInsideData(name: Self.localName(elementName))
            return
        }
        let value = text
        text = ""
        switch path.dropFirst().joined(separator: "/") {
        case "numberOfRecords": numberOfRecords = value
        case "nextRecordPosition": nextRecordPosition = value
        case "records/record":
            if let current { records.append(current) }
            current = nil
        case "records/record/recordSchema": current?.schema = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "records/record/recordPosition": current?.position = Int(value.trimmingCharacters(in: .whitespacesAndNewlines))
        case "records/record/recordData":
            dataDepth = nil
            if let surrogate {
                current?.surrogateDiagnostic = SRUClientError.Diagnostic(uri: surrogate.uri, details: surrogate.details, message: surrogate.message).description
            } else {
                current?.xml = sawElement ? rebuilt : plain
            }
        case "diagnostics/diagnostic/uri": diagnostic?.uri = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "diagnostics/diagnostic/details": diagnostic?.details = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "diagnostics/diagnostic/message": diagnostic?.message = value.trimmingCharacters(in: .whitespacesAndNewlines)
        case "diagnostics/diagnostic":
            if let diagnostic {
                diagnostics.append(SRUClientError.Diagnostic(uri: diagnostic.uri, details: diagnostic.details, message: diagnostic.message))
            }
            diagnostic = nil
        default:
            break
        }
        path.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataDepth != nil {
            plain += string
            if surrogateField != nil { text += string }
            MARCXML.appendEscaped(string, to: &rebuilt, inAttribute: false)
        } else {
            text += string
        }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        self.parser(parser, foundCharacters: String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if self.parseError == nil { self.parseError = parseError }
    }

    // MARK: - recordData

    /// Writes the element again with its namespace declared wherever it changes, so that the copy
    /// stands alone whatever prefixes the server used and wherever it declared them. Prefixed
    /// attributes (xsi:schemaLocation) are left out: MARCXML needs none, and their prefixes would be
    /// unbound in the copy.
    private func startInsideData(name: String, namespace: String, attributes: [String: String]) {
        let isOutermost = !sawElement
        sawElement = true
        if isOutermost, name == "diagnostic", namespace.contains("diagnostic") {
            surrogate = ("", nil, nil)
        }
        if surrogate != nil, ["uri", "details", "message"].contains(name) {
            surrogateField = name
            text = ""
        }
        rebuilt += "<" + name
        if namespace != namespaces.last {
            rebuilt += " xmlns=\""
            MARCXML.appendEscaped(namespace, to: &rebuilt, inAttribute: true)
            rebuilt += "\""
        }
        for (key, value) in attributes.sorted(by: { $0.key < $1.key }) where !key.contains(":") && key != "xmlns" {
            rebuilt += " " + key + "=\""
            MARCXML.appendEscaped(value, to: &rebuilt, inAttribute: true)
            rebuilt += "\""
        }
        rebuilt += ">"
        namespaces.append(namespace)
    }

    private func endInsideData(name: String) {
        rebuilt += "</" + name + ">"
        namespaces.removeLast()
        if let field = surrogateField, field == name {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch field {
            case "uri": surrogate?.uri = value
            case "details": surrogate?.details = value
            default: surrogate?.message = value
            }
            surrogateField = nil
            text = ""
        }
    }

    private static func localName(_ name: String) -> String {
        if let colon = name.lastIndex(of: ":") { return String(name[name.index(after: colon)...]) }
        return name
    }
}
