import Foundation

/// What a ListRecords or ListIdentifiers request selects. It travels inside resumption tokens, so it is
/// `Codable` and holds only what the store needs.
///
/// The date range is half-open, `from <= datestamp < until`, whatever granularity the harvester used:
/// the provider has already turned the harvester's inclusive `until` into the first instant after it
/// (the next day for `2024-05-01`, the next second for `2024-05-01T10:00:00Z`). A datestamp stored with
/// fractions of a second is shown to harvesters truncated to the second, so this is also the only
/// comparison that includes exactly the records whose shown datestamp is within the range.
public struct OAISelection: Sendable, Codable, Hashable {
    public var metadataPrefix: String
    /// A setSpec; a record matches when one of its setSpecs is this one or lies below it.
    public var set: String?
    /// Inclusive lower bound.
    public var from: Date?
    /// Exclusive upper bound (see above).
    public var until: Date?

    public init(metadataPrefix: String, set: String? = nil, from: Date? = nil, until: Date? = nil) {
        self.metadataPrefix = metadataPrefix
        self.set = set
        self.from = from
        self.until = until
    }

    /// The date rule, for stores that filter in Swift and as the reference for those that filter in SQL.
    public func includes(datestamp: Date) -> Bool {
        if let from, datestamp < from { return false }
        if let until, datestamp >= until { return false }
        return true
    }

    /// The set rule: `a` selects records in `a` and in `a:b`, not in `ab`.
    public func includes(setSpecs: [String]) -> Bool {
        guard let set else { return true }
        return setSpecs.contains { $0 == set || $0.hasPrefix(set + ":") }
    }

    private enum CodingKeys: String, CodingKey {
        case metadataPrefix = "p", set = "s", from = "f", until = "u"
    }
}
