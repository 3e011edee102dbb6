/// An SRU request, read from its URL parameters (SRU 1.1, 1.2 and 2.0).
///
/// Parameters that do not belong to the operation hold their defaults. Values are checked for their
/// form only (numbers are numbers, packing is `xml` or `string`); whether a schema exists or
/// `maximumRecords` exceeds the server's maximum is for the caller to decide.
public struct SRURequest: Sendable, Equatable {
    /// The version to answer in; see `SRURequest.parse` for how it is decided.
    public var version: SRUVersion
    public var operation: SRUOperation

    // searchRetrieve
    /// The query as sent; `cqlQuery()` parses it.
    public var query: String?
    /// SRU 2.0: only "cql" is supported.
    public var queryType: String
    /// The position of the first record to return, from 1.
    public var startRecord: Int
    /// nil: the server's default.
    public var maximumRecords: Int?
    /// Also how the explain record is placed.
    public var recordXMLEscaping: SRURecordXMLEscaping
    /// SRU 2.0 only; nil when not sent.
    public var recordPacking: SRURecordPacking?
    /// The schema as asked: a URI or a short name. nil: the server's default.
    public var recordSchema: String?
    /// SRU 1.1/1.2; accepted and echoed, not evaluated.
    public var recordXPath: String?
    public var resultSetTTL: Int?
    /// The `sortKeys` parameter as sent (SRU 1.1 form, also accepted from 1.2 and 2.0 clients).
    public var sortKeys: String?

    // scan
    public var scanClause: String?
    public var responsePosition: Int
    public var maximumTerms: Int?

    // every operation
    public var stylesheet: String?
    public var renderedBy: SRURenderedBy?
    public var httpAccept: String?
    public var responseType: String?
    /// The `x-` parameters, in the order sent.
    public var extraParameters: [SRUExtraParameter]

    public init(
        version: SRUVersion,
        operation: SRUOperation,
        query: String? = nil,
        queryType: String = "cql",
        startRecord: Int = 1,
        maximumRecords: Int? = nil,
        recordXMLEscaping: SRURecordXMLEscaping = .xml,
        recordPacking: SRURecordPacking? = nil,
        recordSchema: String? = nil,
        recordXPath: String? = nil,
        resultSetTTL: Int? = nil,
        sortKeys: String? = nil,
        scanClause: String? = nil,
        responsePosition: Int = 1,
        maximumTerms: Int? = nil,
        stylesheet: String? = nil,
        renderedBy: SRURenderedBy? = nil,
        httpAccept: String? = nil,
        responseType: String? = nil,
        extraParameters: [SRUExtraParameter] = []
    ) {
        self.version = version
        self.operation = operation
        self.query = query
        self.queryType = queryType
        self.startRecord = startRecord
        self.maximumRecords = maximumRecords
        self.recordXMLEscaping = recordXMLEscaping
        self.recordPacking = recordPacking
        self.recordSchema = recordSchema
        self.recordXPath = recordXPath
        self.resultSetTTL = resultSetTTL
        self.sortKeys = sortKeys
        self.scanClause = scanClause
        self.responsePosition = responsePosition
        self.maximumTerms = maximumTerms
        self.stylesheet = stylesheet
        self.renderedBy = renderedBy
        self.httpAccept = httpAccept
        self.responseType = responseType
        self.extraParameters = extraParameters
    }

    /// The CQL of `query`, parsed. When the query has no `sortBy` clause, the `sortKeys` parameter
    /// (if sent) supplies the sort keys; when it has one, that clause wins.
    public func cqlQuery(limits: CQLParser.Limits = .default) -> Result<CQLQuery, SRUDiagnostic> {
        guard let query else { return .failure(.mandatoryParameterNotSupplied("query")) }
        return CQLParser.parse(query, limits: limits).flatMap { parsed in
            guard parsed.sortKeys.isEmpty, let sortKeys else { return .success(parsed) }
            return SRUSortKeysParameter.parse(sortKeys).map { keys in
                var withKeys = parsed
                withKeys.sortKeys = keys
                return withKeys
            }
        }
    }
}

/// An `x-` parameter: SRU's extension mechanism, passed through for the caller to interpret.
public struct SRUExtraParameter: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
