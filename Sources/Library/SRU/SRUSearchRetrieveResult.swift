/// One record to return: already serialised by the caller (MARCXML, Dublin Core...).
public struct SRURecordPayload: Sendable, Equatable {
    /// The schema as the client asked for it (URI or short name), or the server's default.
    public var schema: String
    /// One XML element. An XML declaration at its start is dropped when it is inserted.
    public var xml: String
    /// The record's position in the result set, from 1.
    public var position: Int

    public init(schema: String, xml: String, position: Int) {
        self.schema = schema
        self.xml = xml
        self.position = position
    }
}

/// What a search found, for `SRUResponseWriter.searchRetrieveResponse`.
public struct SRUSearchRetrieveResult: Sendable {
    public var numberOfRecords: Int
    /// The records of the requested page, in position order.
    public var records: [SRURecordPayload]
    /// Non-fatal diagnostics (a sort that was ignored, say). A fatal one has no result: answer it with
    /// `SRUResponseWriter.diagnosticsResponse`.
    public var diagnostics: [SRUDiagnostic]
    public var resultSetId: String?
    /// Seconds the result set is kept (1.x: resultSetIdleTime, 2.0: resultSetTTL).
    public var resultSetTTL: Int?
    /// SRU 2.0 only.
    public var resultCountPrecision: SRUResultCountPrecision

    public init(
        numberOfRecords: Int,
        records: [SRURecordPayload],
        diagnostics: [SRUDiagnostic] = [],
        resultSetId: String? = nil,
        resultSetTTL: Int? = nil,
        resultCountPrecision: SRUResultCountPrecision = .exact
    ) {
        self.numberOfRecords = numberOfRecords
        self.records = records
        self.diagnostics = diagnostics
        self.resultSetId = resultSetId
        self.resultSetTTL = resultSetTTL
        self.resultCountPrecision = resultCountPrecision
    }
}
