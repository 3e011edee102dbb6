import ManbaCore

/// A catalogue search as CKAN's package_search describes one, in domain terms.
public struct SearchQuery: Sendable {
    public enum Field: String, Sendable, CaseIterable {
        case organization, groups, tags, resFormat = "res_format", licenseID = "license_id", language = "res_language", frequency
        case name, id
        case metadataModified = "metadata_modified"
    }

    public enum Sort: Sendable, Equatable {
        case relevance
        case modified(ascending: Bool)
        case created(ascending: Bool)
        case name(ascending: Bool)
        case title(ascending: Bool)
        case popularity
        /// The index's own order, which costs no sorting: for reports that read the whole catalogue page by
        /// page (quality scores), where re-sorting every match for each page cost seconds. Not offered to clients.
        case unordered
    }

    public struct Filter: Sendable, Equatable {
        public let field: Field
        public let value: String
        public let negated: Bool
        /// For `metadata_modified:[FROM TO UNTIL]`: the bounds as stored timestamps, nil where open (`*`).
        public let from: String?
        public let until: String?
        public init(field: Field, value: String, negated: Bool = false, from: String? = nil, until: String? = nil) {
            self.field = field; self.value = value; self.negated = negated; self.from = from; self.until = until
        }
    }

    public var text: String = ""
    public var filters: [Filter] = []
    public var sort: Sort = .relevance
    public var rows: Int = 10
    public var start: Int = 0
    public var facetFields: [Field] = []
    public var facetLimit: Int = 50
    public var facetMinCount: Int = 1
    public var includePrivate: Bool = false

    public init() {}

    public static let maxRows = 1000
    /// The fields that can be faceted and filtered on, in the order pages show them.
    public static let facetFields: [Field] = [.organization, .groups, .tags, .resFormat, .licenseID, .language, .frequency]
}

public struct SearchResult: Sendable {
    public let count: Int
    public let datasets: [Dataset]
    /// Facet field to (value, count), most frequent first.
    public let facets: [SearchQuery.Field: [(value: String, count: Int)]]
}
