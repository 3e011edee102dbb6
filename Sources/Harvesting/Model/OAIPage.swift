/// One page of a list, in the repository's own key order.
public struct OAIPage: Sendable {
    public var records: [OAIRecord]
    /// Where the next page starts (exclusive); `nil` when nothing follows. A store should look one item
    /// ahead so that the last page says so: a token that leads to an empty page costs the harvester a
    /// request and ends its list with `noRecordsMatch`.
    public var nextCursor: String?
    /// The size of the whole list, when the store can count it cheaply. It is asked for on every page;
    /// a store may answer only on the first, the provider carries the number in the token.
    public var completeListSize: Int?

    public init(records: [OAIRecord], nextCursor: String?, completeListSize: Int? = nil) {
        self.records = records
        self.nextCursor = nextCursor
        self.completeListSize = completeListSize
    }
}
