import ManbaCore

/// Writes SRU responses: searchRetrieve, explain, and the diagnostics-only answer to a request that
/// failed. Each is built in one pass into a string.
///
/// Errors travel in the body: a fatal diagnostic is answered with HTTP 200 and a response holding
/// the diagnostic, as SRU clients expect (they read `diagnostics`, not the status line).
///
/// Prefixes: `zs` for the response namespace of the version answered (the prefix Zebra and YAZ use),
/// `diag` for diagnostics; the ZeeRex record uses its namespace as default namespace.
///
/// The way of a request:
///
///     switch SRURequest.parse(parameters) {
///     case .failure(let diagnostic):
///         body = SRUResponseWriter.diagnosticsResponse([diagnostic], answering: parameters)
///     case .success(let request) where request.operation == .explain:
///         body = SRUResponseWriter.explainResponse(description, for: request)
///     case .success(let request):   // searchRetrieve (scan: diagnostic 4 until it exists)
///         switch request.cqlQuery() {
///         case .failure(let diagnostic):
///             body = SRUResponseWriter.diagnosticsResponse([diagnostic], for: request)
///         case .success(let query):
///             if let diagnostic = description.support.check(query) { ... same ... }
///             // search, page, serialise the records, then:
///             body = SRUResponseWriter.searchRetrieveResponse(for: request, result: result)
///         }
///     }
public enum SRUResponseWriter {
    /// Both versions are served as plain XML. (SRU 2.0 also registers application/sru+xml; a client
    /// that wants it says so with `httpAccept`, which the HTTP layer may honour.)
    public static let contentType = "application/xml; charset=utf-8"

    // MARK: - searchRetrieve

    public static func searchRetrieveResponse(for request: SRURequest, result: SRUSearchRetrieveResult) -> String {
        var output = ""
        writeSearchRetrieveResponse(for: request, result: result, into: &output)
        return output
    }

    public static func writeSearchRetrieveResponse(for request: SRURequest, result: SRUSearchRetrieveResult, into output: inout String) {
        let version = request.version
        var xml = XMLWriter(reservingCapacity: 1024 + result.records.reduce(0) { $0 + $1.xml.utf8.count + 256 })
        xml.declaration()
        xml.open("zs:searchRetrieveResponse", namespaceDeclarations(for: version))
        if version.isLegacy { xml.element("zs:version", version.rawValue) }
        xml.element("zs:numberOfRecords", result.numberOfRecords)
        if let resultSetId = result.resultSetId { xml.element("zs:resultSetId", resultSetId) }
        if version.isLegacy, let ttl = result.resultSetTTL, ttl > 0 { xml.element("zs:resultSetIdleTime", ttl) }
        if !result.records.isEmpty {
            xml.open("zs:records")
            for record in result.records {
                writeRecord(schema: record.schema, xml: record.xml, position: record.position,
                            escaping: request.recordXMLEscaping, version: version, into: &xml)
            }
            xml.close("zs:records")
        }
        let next = result.records.last.map { $0.position + 1 } ?? request.startRecord
        if next <= result.numberOfRecords { xml.element("zs:nextRecordPosition", next) }
        writeEchoedSearchRetrieveRequest(request, into: &xml)
        writeDiagnostics(result.diagnostics, container: "zs:diagnostics", into: &xml)
        if !version.isLegacy {
            if let ttl = result.resultSetTTL { xml.element("zs:resultSetTTL", ttl) }
            xml.element("zs:resultCountPrecision", result.resultCountPrecision.uri)
        }
        xml.close("zs:searchRetrieveResponse")
        output += xml.output
    }

    // MARK: - explain

    /// `request` is nil for the parameterless explain; `version` then says which envelope to use.
    public static func explainResponse(
        _ description: SRUExplainDescription,
        for request: SRURequest?,
        version: SRUVersion? = nil,
        diagnostics: [SRUDiagnostic] = []
    ) -> String {
        var output = ""
        writeExplainResponse(description, for: request, version: version, diagnostics: diagnostics, into: &output)
        return output
    }

    public static func writeExplainResponse(
        _ description: SRUExplainDescription,
        for request: SRURequest?,
        version requestedVersion: SRUVersion? = nil,
        diagnostics: [SRUDiagnostic] = [],
        into output: inout String
    ) {
        let version = request?.version ?? requestedVersion ?? .v1_2
        var xml = XMLWriter()
        xml.declaration()
        xml.open("zs:explainResponse", namespaceDeclarations(for: version))
        if version.isLegacy { xml.element("zs:version", version.rawValue) }
        writeRecord(schema: SRUNamespaces.zeeRex, xml: SRUExplainRecord.xml(description, version: version), position: 1,
                    escaping: request?.recordXMLEscaping ?? .xml, version: version, into: &xml)
        if let request { writeEchoedExplainRequest(request, into: &xml) }
        writeDiagnostics(diagnostics, container: "zs:diagnostics", into: &xml)
        xml.close("zs:explainResponse")
        output += xml.output
    }

    // MARK: - Diagnostics only

    /// The answer to a request that parsed but failed later (a CQL error, an unknown schema...): the
    /// envelope of its operation and version, with the request echoed for searchRetrieve.
    public static func diagnosticsResponse(_ diagnostics: [SRUDiagnostic], for request: SRURequest) -> String {
        diagnosticsResponse(diagnostics, version: request.version, operation: request.operation, request: request)
    }

    /// The answer to parameters that `SRURequest.parse` refused: the envelope is chosen by
    /// `SRURequest.responseEnvelope(for:)`.
    public static func diagnosticsResponse(_ diagnostics: [SRUDiagnostic], answering parameters: [(String, String)]) -> String {
        let envelope = SRURequest.responseEnvelope(for: parameters)
        return diagnosticsResponse(diagnostics, version: envelope.version, operation: envelope.operation, request: nil)
    }

    /// searchRetrieve gets a searchRetrieveResponse with no records (numberOfRecords 0 in 1.x, where
    /// it is mandatory); scan a scanResponse; explain an explainResponse without its record, since
    /// there is none to give (the schema wants one; clients read the diagnostic first).
    public static func diagnosticsResponse(
        _ diagnostics: [SRUDiagnostic],
        version: SRUVersion,
        operation: SRUOperation,
        request: SRURequest? = nil
    ) -> String {
        var xml = XMLWriter()
        xml.declaration()
        switch operation {
        case .searchRetrieve:
            xml.open("zs:searchRetrieveResponse", namespaceDeclarations(for: version))
            if version.isLegacy {
                xml.element("zs:version", version.rawValue)
                xml.element("zs:numberOfRecords", 0)
            }
            if let request, request.operation == .searchRetrieve { writeEchoedSearchRetrieveRequest(request, into: &xml) }
            writeDiagnostics(diagnostics, container: "zs:diagnostics", into: &xml)
            xml.close("zs:searchRetrieveResponse")
        case .explain:
            xml.open("zs:explainResponse", namespaceDeclarations(for: version))
            if version.isLegacy { xml.element("zs:version", version.rawValue) }
            writeDiagnostics(diagnostics, container: "zs:diagnostics", into: &xml)
            xml.close("zs:explainResponse")
        case .scan:
            // SRU 2.0 gives scan a namespace of its own.
            let prefix = version.isLegacy ? "zs" : "scan"
            let namespace = version.isLegacy ? SRUNamespaces.legacyResponse : SRUNamespaces.scan
            xml.open("\(prefix):scanResponse", [("xmlns:\(prefix)", namespace), ("xmlns:diag", SRUNamespaces.diagnostic(for: version))])
            if version.isLegacy { xml.element("zs:version", version.rawValue) }
            writeDiagnostics(diagnostics, container: "\(prefix):diagnostics", into: &xml)
            xml.close("\(prefix):scanResponse")
        }
        return xml.output
    }

    // MARK: - Parts

    private static func namespaceDeclarations(for version: SRUVersion) -> [(String, String)] {
        [("xmlns:zs", SRUNamespaces.response(for: version)), ("xmlns:diag", SRUNamespaces.diagnostic(for: version))]
    }

    /// One record: schema, packing, data, position, in the order of both versions' schemas.
    private static func writeRecord(schema: String, xml recordXML: String, position: Int, escaping: SRURecordXMLEscaping,
                                    version: SRUVersion, into xml: inout XMLWriter) {
        xml.open("zs:record")
        xml.element("zs:recordSchema", schema)
        xml.element(version.isLegacy ? "zs:recordPacking" : "zs:recordXMLEscaping", escaping.rawValue)
        xml.open("zs:recordData")
        let element = withoutXMLDeclaration(recordXML)
        switch escaping {
        case .xml: xml.raw(String(element))
        case .string: xml.text(String(element))
        }
        xml.close("zs:recordData")
        xml.element("zs:recordPosition", position)
        xml.close("zs:record")
    }

    /// A declaration inside recordData would make the whole response ill-formed.
    static func withoutXMLDeclaration(_ recordXML: String) -> Substring {
        let trimmed = recordXML.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        guard trimmed.hasPrefix("<?xml"), let end = trimmed.firstRange(of: "?>") else { return Substring(recordXML) }
        return trimmed[end.upperBound...].drop { $0.isWhitespace }
    }

    private static func writeEchoedSearchRetrieveRequest(_ request: SRURequest, into xml: inout XMLWriter) {
        xml.open("zs:echoedSearchRetrieveRequest")
        if request.version.isLegacy {
            xml.element("zs:version", request.version.rawValue)
            if let query = request.query { xml.element("zs:query", query) }
            xml.element("zs:startRecord", request.startRecord)
            if let maximumRecords = request.maximumRecords { xml.element("zs:maximumRecords", maximumRecords) }
            xml.element("zs:recordPacking", request.recordXMLEscaping.rawValue)
            if let recordSchema = request.recordSchema { xml.element("zs:recordSchema", recordSchema) }
            if let recordXPath = request.recordXPath { xml.element("zs:recordXPath", recordXPath) }
            if let ttl = request.resultSetTTL { xml.element("zs:resultSetTTL", ttl) }
            if let sortKeys = request.sortKeys { xml.element("zs:sortKeys", sortKeys) }
            if let stylesheet = request.stylesheet { xml.element("zs:stylesheet", stylesheet) }
        } else {
            xml.element("zs:queryType", request.queryType)
            if let query = request.query { xml.element("zs:query", query) }
            xml.element("zs:startRecord", request.startRecord)
            if let maximumRecords = request.maximumRecords { xml.element("zs:maximumRecords", maximumRecords) }
            xml.element("zs:recordXMLEscaping", request.recordXMLEscaping.rawValue)
            if let packing = request.recordPacking { xml.element("zs:recordPacking", packing.rawValue) }
            if let recordSchema = request.recordSchema { xml.element("zs:recordSchema", recordSchema) }
            if let ttl = request.resultSetTTL { xml.element("zs:resultSetTTL", ttl) }
            if let sortKeys = request.sortKeys { xml.element("zs:sortKeys", sortKeys) }
            if let stylesheet = request.stylesheet { xml.element("zs:stylesheet", stylesheet) }
            if let renderedBy = request.renderedBy { xml.element("zs:renderedBy", renderedBy.rawValue) }
            if let httpAccept = request.httpAccept { xml.element("zs:httpAccept", httpAccept) }
            if let responseType = request.responseType { xml.element("zs:responseType", responseType) }
        }
        xml.close("zs:echoedSearchRetrieveRequest")
    }

    private static func writeEchoedExplainRequest(_ request: SRURequest, into xml: inout XMLWriter) {
        xml.open("zs:echoedExplainRequest")
        if request.version.isLegacy {
            xml.element("zs:version", request.version.rawValue)
            xml.element("zs:recordPacking", request.recordXMLEscaping.rawValue)
        } else {
            xml.element("zs:recordXMLEscaping", request.recordXMLEscaping.rawValue)
            if let packing = request.recordPacking { xml.element("zs:recordPacking", packing.rawValue) }
        }
        if let stylesheet = request.stylesheet { xml.element("zs:stylesheet", stylesheet) }
        xml.close("zs:echoedExplainRequest")
    }

    /// The `diag` prefix is declared on the root element for the version answered.
    private static func writeDiagnostics(_ diagnostics: [SRUDiagnostic], container: String, into xml: inout XMLWriter) {
        guard !diagnostics.isEmpty else { return }
        xml.open(container)
        for diagnostic in diagnostics {
            xml.open("diag:diagnostic")
            xml.element("diag:uri", diagnostic.uri)
            if let details = diagnostic.details { xml.element("diag:details", details) }
            xml.element("diag:message", diagnostic.message)
            xml.close("diag:diagnostic")
        }
        xml.close(container)
    }
}
