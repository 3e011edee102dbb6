extension SRURequest {
    /// Reads an SRU request from its URL parameters, already percent-decoded, in the order sent.
    ///
    /// The version answered:
    /// - `version` sent: that version, or the highest Manba knows below it (SRU's rule: "1.5" is
    ///   answered in 1.2, "3.0" in 2.0); below 1.1 or malformed, diagnostic 5.
    /// - no `version`, and a parameter only SRU 2.0 has (`recordXMLEscaping`, `queryType`,
    ///   `httpAccept`, `responseType`, `renderedBy`, or `recordPacking=packed|unpacked`): 2.0.
    /// - no `version`, and a sign of SRU 1.x (`operation`, `recordXPath`, or
    ///   `recordPacking=xml|string`): 1.2.
    /// - no parameters at all (or only `x-` ones): explain in 1.2, the parameterless explain every
    ///   SRU client understands.
    /// - otherwise (say `query` alone): 2.0, which needs neither `version` nor `operation`.
    ///
    /// The operation is `operation` when sent (in any version; 2.0 clients may still send it),
    /// otherwise searchRetrieve when `query` or `queryType` is present, scan when `scanClause` is,
    /// explain when neither is.
    ///
    /// Then, in this order: a parameter the operation does not have in that version gives
    /// diagnostic 8 (`x-` parameters are always accepted), the same parameter twice 6, a malformed
    /// value 6 (71 for record packing or escaping), and a missing `query` or `scanClause` 7. An empty
    /// value counts as not sent, as HTML forms send empty fields.
    public static func parse(_ parameters: [(String, String)]) -> Result<SRURequest, SRUDiagnostic> {
        do {
            return .success(try SRURequestParser(parameters).parse())
        } catch {
            return .failure(error)
        }
    }

    /// The version and operation to answer a request in even when it cannot be parsed: what
    /// `SRUResponseWriter` uses to wrap the diagnostic of a failed `parse`. Falls back to 1.2 and
    /// searchRetrieve when the request does not say.
    public static func responseEnvelope(for parameters: [(String, String)]) -> (version: SRUVersion, operation: SRUOperation) {
        let parser = SRURequestParser(parameters)
        let version = (try? parser.decideVersion()) ?? parser.fallbackVersion
        let operation = (try? parser.decideOperation()) ?? .searchRetrieve
        return (version, operation)
    }
}

/// The rules of `SRURequest.parse`, one step per method.
struct SRURequestParser {
    private let parameters: [(name: String, value: String)]

    init(_ parameters: [(String, String)]) {
        self.parameters = parameters.map { (name: $0.0, value: $0.1) }
    }

    func parse() throws(SRUDiagnostic) -> SRURequest {
        let version = try decideVersion()
        let operation = try decideOperation()
        try checkNames(version: version, operation: operation)

        var request = SRURequest(version: version, operation: operation)
        request.extraParameters = parameters.filter { Self.isExtension($0.name) }.map {
            SRUExtraParameter(name: $0.name, value: $0.value)
        }
        request.stylesheet = try value("stylesheet")
        request.httpAccept = try value("httpAccept")
        request.responseType = try value("responseType")
        if let renderedBy = try value("renderedBy") {
            guard let parsed = SRURenderedBy(rawValue: renderedBy.lowercased()) else {
                throw .unsupportedParameterValue("renderedBy")
            }
            request.renderedBy = parsed
        }
        try readRecordPacking(into: &request)

        switch operation {
        case .explain:
            break
        case .searchRetrieve:
            guard let query = try value("query") else { throw .mandatoryParameterNotSupplied("query") }
            request.query = query
            if let queryType = try value("queryType") {
                guard queryType.lowercased() == "cql" else { throw .unsupportedParameterValue("queryType") }
                request.queryType = "cql"
            }
            request.startRecord = try integer("startRecord", minimum: 1) ?? 1
            request.maximumRecords = try integer("maximumRecords", minimum: 0)
            request.recordSchema = try value("recordSchema")
            request.recordXPath = try value("recordXPath")
            request.resultSetTTL = try integer("resultSetTTL", minimum: 0)
            request.sortKeys = try value("sortKeys")
        case .scan:
            guard let scanClause = try value("scanClause") else { throw .mandatoryParameterNotSupplied("scanClause") }
            request.scanClause = scanClause
            request.responsePosition = try integer("responsePosition", minimum: 0) ?? 1
            request.maximumTerms = try integer("maximumTerms", minimum: 1)
        }
        return request
    }

    // MARK: - Version and operation

    func decideVersion() throws(SRUDiagnostic) -> SRUVersion {
        if let requested = nonEmptyValues("version").first {
            guard let version = SRUVersion.answering(requested) else { throw .unsupportedVersion() }
            return version
        }
        if Self.onlyInVersion2.contains(where: isPresent) || recordPackingValues.contains(where: Self.isVersion2Packing) {
            return .v2_0
        }
        if Self.onlyInVersion1.contains(where: isPresent) || recordPackingValues.contains(where: Self.isVersion1Packing) {
            return .v1_2
        }
        let hasStandardParameter = parameters.contains { !Self.isExtension($0.name) }
        return hasStandardParameter ? .v2_0 : .v1_2
    }

    /// For the envelope of diagnostic 5: a version below 1.1 is answered in the lowest version known,
    /// anything unreadable in 1.2.
    var fallbackVersion: SRUVersion {
        guard let requested = nonEmptyValues("version").first,
              let major = requested.split(separator: ".").first.flatMap({ Int($0) }) else { return .v1_2 }
        return major < 1 || requested.hasPrefix("1.0") ? .v1_1 : .v1_2
    }

    func decideOperation() throws(SRUDiagnostic) -> SRUOperation {
        if let named = nonEmptyValues("operation").first {
            guard let operation = SRUOperation.allCases.first(where: { $0.rawValue.lowercased() == named.lowercased() }) else {
                throw .unsupportedOperation(named)
            }
            return operation
        }
        if isPresent("query") || isPresent("queryType") { return .searchRetrieve }
        if isPresent("scanClause") { return .scan }
        return .explain
    }

    // MARK: - Names

    private func checkNames(version: SRUVersion, operation: SRUOperation) throws(SRUDiagnostic) {
        let allowed = Self.allowedNames(version: version, operation: operation)
        var seen: Set<String> = []
        for (name, value) in parameters where !Self.isExtension(name) {
            guard allowed.contains(name) else { throw .unsupportedParameter(name) }
            // An empty duplicate is a form artefact, not a second value.
            guard value.isEmpty || seen.insert(name).inserted else { throw .unsupportedParameterValue(name) }
        }
    }

    private static func allowedNames(version: SRUVersion, operation: SRUOperation) -> Set<String> {
        var names: Set<String> = ["version", "operation", "stylesheet"]
        if version.isLegacy {
            switch operation {
            case .explain: names.formUnion(["recordPacking"])
            case .searchRetrieve: names.formUnion(["query", "startRecord", "maximumRecords", "recordPacking", "recordSchema",
                                                   "recordXPath", "resultSetTTL", "sortKeys"])
            case .scan: names.formUnion(["scanClause", "responsePosition", "maximumTerms"])
            }
        } else {
            names.formUnion(["httpAccept", "responseType", "renderedBy"])
            switch operation {
            case .explain: names.formUnion(["recordXMLEscaping", "recordPacking"])
            case .searchRetrieve: names.formUnion(["query", "queryType", "startRecord", "maximumRecords", "recordXMLEscaping",
                                                   "recordPacking", "recordSchema", "resultSetTTL", "sortKeys"])
            case .scan: names.formUnion(["scanClause", "responsePosition", "maximumTerms"])
            }
        }
        return names
    }

    private static let onlyInVersion2 = ["recordXMLEscaping", "queryType", "httpAccept", "responseType", "renderedBy"]
    private static let onlyInVersion1 = ["operation", "recordXPath"]

    static func isExtension(_ name: String) -> Bool {
        name.lowercased().hasPrefix("x-")
    }

    // MARK: - Values

    /// SRU 1.x `recordPacking` (xml|string) and SRU 2.0 `recordXMLEscaping` are the same thing under
    /// two names; SRU 2.0 `recordPacking` is something else (packed|unpacked).
    private func readRecordPacking(into request: inout SRURequest) throws(SRUDiagnostic) {
        let escapingName = request.version.isLegacy ? "recordPacking" : "recordXMLEscaping"
        if let escaping = try value(escapingName) {
            guard let parsed = SRURecordXMLEscaping(rawValue: escaping.lowercased()) else {
                throw .unsupportedRecordPacking(escaping)
            }
            request.recordXMLEscaping = parsed
        }
        if !request.version.isLegacy, let packing = try value("recordPacking") {
            guard let parsed = SRURecordPacking(rawValue: packing.lowercased()) else {
                throw .unsupportedRecordPacking(packing)
            }
            request.recordPacking = parsed
        }
    }

    private var recordPackingValues: [String] { nonEmptyValues("recordPacking").map { $0.lowercased() } }

    private static func isVersion2Packing(_ value: String) -> Bool {
        SRURecordPacking(rawValue: value) != nil
    }

    private static func isVersion1Packing(_ value: String) -> Bool {
        SRURecordXMLEscaping(rawValue: value) != nil
    }

    private func isPresent(_ name: String) -> Bool {
        parameters.contains { $0.name == name }
    }

    private func nonEmptyValues(_ name: String) -> [String] {
        parameters.filter { $0.name == name && !$0.value.isEmpty }.map(\.value)
    }

    /// The one non-empty value of `name`, nil when none was sent.
    private func value(_ name: String) throws(SRUDiagnostic) -> String? {
        let values = nonEmptyValues(name)
        guard values.count <= 1 else { throw .unsupportedParameterValue(name) }
        return values.first
    }

    private func integer(_ name: String, minimum: Int) throws(SRUDiagnostic) -> Int? {
        guard let text = try value(name) else { return nil }
        guard let number = Int(text), number >= minimum else { throw .unsupportedParameterValue(name) }
        return number
    }
}
