/// What was counted: a file downloaded, a dataset or resource read through the API, a dataset page seen.
public enum UsageKind: String, Sendable, Codable, CaseIterable {
    case download
    case apiRead = "api_read"
    case pageView = "page_view"
}

/// Counts of each kind, for one dataset or for a whole window.
public struct UsageTotals: Sendable, Equatable, Codable {
    public var downloads = 0
    public var apiReads = 0
    public var pageViews = 0

    public init(downloads: Int = 0, apiReads: Int = 0, pageViews: Int = 0) {
        self.downloads = downloads; self.apiReads = apiReads; self.pageViews = pageViews
    }

    mutating func add(_ kind: UsageKind, _ count: Int) {
        switch kind {
        case .download: downloads += count
        case .apiRead: apiReads += count
        case .pageView: pageViews += count
        }
    }
}
