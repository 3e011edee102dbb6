import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the harvester needs from one OAI-PMH answer.
struct OAIParsedResponse {
    var errors: [OAIError] = []
    /// From ListRecords and GetRecord, and the headers of ListIdentifiers (without metadata).
    var records: [OAIHarvestedRecord] = []
    var resumptionToken: OAIParsedResumptionToken?
    /// From Identify.
    var granularity: OAIGranularity?
    /// The local name of the verb element, when the answer has one.
    var verbElement: String?
}

struct OAIParsedResumptionToken: Hashable {
    /// Empty on the last page of a list.
    var value: String
    var completeListSize: Int?
    var cursor: Int?
}

/// Reads an OAI-PMH answer with `XMLParser`, event by event, keeping only the records of the page.
///
/// Namespace processing is left off and done here instead: that way the metadata can be written back
/// with its prefixes and declarations exactly as the repository wrote them (see `OAIElementCapture`),
/// while OAI-PMH's own elements are still recognised by namespace, not by prefix.
enum OAIResponseParser {
    static func parse(_ data: Data) throws -> OAIParsedResponse {
        let delegate = OAIResponseParserDelegate()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if let failure = delegate.failure { throw OAIHarvestError.malformedResponse(failure) }
        guard parsed else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw OAIHarvestError.malformedResponse("not well-formed XML at line \(parser.lineNumber): \(reason)")
        }
        guard delegate.sawRoot else { throw OAIHarvestError.malformedResponse("the answer is empty") }
        // Foundation's parser on Linux accepts a document that stops mid-way, as a page cut off by a
        // dropped connection does; its records would look like a complete page.
        guard delegate.closedRoot else {
            throw OAIHarvestError.malformedResponse("the answer ends before its root element is closed (cut short?)")
        }
        return delegate.response
    }
}

private final class OAIResponseParserDelegate: NSObject, XMLParserDelegate {
    var response = OAIParsedResponse()
    var failure: String?
    var sawRoot = false
    var closedRoot = false

    /// One entry per open element: its name resolved against the namespaces in scope.
    private struct OpenElement {
        var namespace: String?
        var localName: String
        var declarations: [String: String]
    }
    private var stack: [OpenElement] = []
    private var text = ""

    private var header: OAIHarvestedHeaderBuilder?
    private var metadataXML: String?
    private var capture: OAIElementCapture?
    private var captureScope: [String: String] = [:]
    private var errorCode: String?
    private var tokenAttributes: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let orderedAttributes = attributes.sorted { Self.attributeOrder($0.key, $1.key) }
        if capture != nil {
            capture?.startElement(elementName, attributes: orderedAttributes)
            // Inside the metadata nothing is resolved: the capture keeps names as they are.
            stack.append(OpenElement(namespace: nil, localName: elementName, declarations: [:]))
            return
        }

        let declarations = Self.declarations(in: attributes)
        let prefix = OAIElementCapture.prefix(of: elementName)
        let localName = prefix.map { String(elementName.dropFirst($0.count + 1)) } ?? elementName
        let namespace = resolve(prefix ?? "", with: declarations)
        let parent = stack.last
        if parent?.namespace == OAINamespaces.oaiPMH, parent?.localName == "metadata", metadataXML == nil {
            // The record's metadata (one element, as the schema says): everything from here to its end
            // tag is kept as text.
            captureScope = inScopeDeclarations()
            capture = OAIElementCapture(name: elementName, attributes: orderedAttributes)
            stack.append(OpenElement(namespace: namespace, localName: localName, declarations: declarations))
            return
        }
        stack.append(OpenElement(namespace: namespace, localName: localName, declarations: declarations))
        text = ""

        if !sawRoot {
            sawRoot = true
            guard namespace == OAINamespaces.oaiPMH, localName == "OAI-PMH" else {
                fail("the root element is '\(elementName)' in namespace '\(namespace ?? "")', not OAI-PMH", parser)
                return
            }
            return
        }
        guard namespace == OAINamespaces.oaiPMH else { return }
        switch localName {
        case "Identify", "ListRecords", "ListIdentifiers", "GetRecord", "ListSets", "ListMetadataFormats":
            if stack.count == 2 { response.verbElement = localName }
        case "header":
            header = OAIHarvestedHeaderBuilder(isDeleted: attributes["status"] == "deleted")
        case "record":
            metadataXML = nil
        case "error":
            errorCode = attributes["code"]
        case "resumptionToken":
            tokenAttributes = attributes
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty { closedRoot = true }
        if capture != nil {
            if capture?.endElement(elementName) == true {
                metadataXML = capture?.finish(outerScope: captureScope)
                capture = nil
            }
            return
        }
        guard element.namespace == OAINamespaces.oaiPMH else { return }
        let parentName = stack.last?.localName
        switch element.localName {
        case "identifier" where parentName == "header": header?.identifier = text
        case "datestamp" where parentName == "header": header?.datestamp = text
        case "setSpec" where parentName == "header": header?.setSpecs.append(text)
        case "header":
            guard let built = header else { return }
            header = nil
            // In ListIdentifiers the header stands alone; in a record it waits for the metadata.
            if parentName != "record" { finishRecord(built, metadata: nil, parser) }
            else { header = built }
        case "record":
            guard let built = header else {
                fail("a record has no header", parser)
                return
            }
            header = nil
            finishRecord(built, metadata: metadataXML, parser)
        case "granularity" where parentName == "Identify":
            response.granularity = OAIGranularity(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines))
        case "error":
            let codeText = errorCode ?? ""
            guard let code = OAIErrorCode(rawValue: codeText) else {
                fail("unknown error code '\(codeText)': \(text)", parser)
                return
            }
            response.errors.append(OAIError(code, text.trimmingCharacters(in: .whitespacesAndNewlines)))
        case "resumptionToken":
            response.resumptionToken = OAIParsedResumptionToken(
                value: text.trimmingCharacters(in: .whitespacesAndNewlines),
                completeListSize: tokenAttributes["completeListSize"].flatMap { Int($0) },
                cursor: tokenAttributes["cursor"].flatMap { Int($0) })
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil { capture?.text(string) } else { text += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if capture != nil { capture?.text(whitespaceString) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        let string = String(decoding: CDATABlock, as: UTF8.self)
        if capture != nil { capture?.text(string) } else { text += string }
    }

    // MARK: - Helpers

    private func finishRecord(_ builder: OAIHarvestedHeaderBuilder, metadata: String?, _ parser: XMLParser) {
        let identifier = builder.identifier.trimmingCharacters(in: .whitespacesAndNewlines)
        let datestampText = builder.datestamp.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !identifier.isEmpty else {
            fail("a record header has no identifier", parser)
            return
        }
        guard let datestamp = OAIDateFormat.parseLenient(datestampText) else {
            fail("the record '\(identifier)' has the datestamp '\(datestampText)', which is not a UTCdatetime", parser)
            return
        }
        let header = OAIRecordHeader(identifier: identifier, datestamp: datestamp,
                                     setSpecs: builder.setSpecs.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                                     isDeleted: builder.isDeleted)
        response.records.append(OAIHarvestedRecord(header: header, metadataXML: builder.isDeleted ? nil : metadata))
    }

    private func fail(_ reason: String, _ parser: XMLParser) {
        if failure == nil { failure = reason }
        parser.abortParsing()
    }

    private func resolve(_ prefix: String, with own: [String: String]) -> String? {
        if let uri = own[prefix] { return uri.isEmpty ? nil : uri }
        for element in stack.reversed() {
            if let uri = element.declarations[prefix] { return uri.isEmpty ? nil : uri }
        }
        return nil
    }

    private func inScopeDeclarations() -> [String: String] {
        var scope: [String: String] = [:]
        for element in stack {
            scope.merge(element.declarations) { _, inner in inner }
        }
        return scope
    }

    /// `xmlns` → `""`, `xmlns:dc` → `"dc"`.
    private static func declarations(in attributes: [String: String]) -> [String: String] {
        var declarations: [String: String] = [:]
        for (name, value) in attributes {
            if name == "xmlns" { declarations[""] = value }
            else if name.hasPrefix("xmlns:") { declarations[String(name.dropFirst(6))] = value }
        }
        return declarations
    }

    /// Attributes come in a dictionary; written back declarations first, then by name, so that the
    /// same record always gives the same text.
    private static func attributeOrder(_ left: String, _ right: String) -> Bool {
        let leftIsDeclaration = left == "xmlns" || left.hasPrefix("xmlns:")
        let rightIsDeclaration = right == "xmlns" || right.hasPrefix("xmlns:")
        if leftIsDeclaration != rightIsDeclaration { return leftIsDeclaration }
        return left < right
    }
}

private struct OAIHarvestedHeaderBuilder {
    var isDeleted: Bool
    var identifier = ""
    var datestamp = ""
    var setSpecs: [String] = []
}
