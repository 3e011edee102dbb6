/// What a harvest reports, in order: the records of a page, then a checkpoint for that page.
public enum OAIHarvestEvent: Sendable, Hashable {
    case record(OAIHarvestedRecord)
    /// After each page: save `resumptionToken` to continue from here after an interruption. `nil` means
    /// the list is complete; a finished harvest always ends with such a page event.
    case page(resumptionToken: String?, completeListSize: Int?, cursor: Int?)
}

/// A record as harvested.
public struct OAIHarvestedRecord: Sendable, Hashable {
    public var header: OAIRecordHeader
    /// The element inside `<metadata>` as text, with every namespace it uses declared on its root, so
    /// that it can be stored and parsed on its own; `nil` for a deleted record.
    public var metadataXML: String?

    public init(header: OAIRecordHeader, metadataXML: String?) {
        self.header = header
        self.metadataXML = metadataXML
    }
}
