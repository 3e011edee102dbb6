import Foundation

/// What the demand score of a dataset is made of (see docs/demand.md).
public struct DemandSignals: Sendable, Equatable, Codable {
    /// File downloads in the window.
    public var downloads = 0
    /// package_show and resource_show reads in the window.
    public var apiReads = 0
    /// Views of the dataset's page in the window.
    public var pageViews = 0
    /// Searches in the window that found something and whose every word begins a word of the title.
    public var searches = 0
    /// Published data requests the dataset answers, each counted as 1 + its supporters (all time).
    public var requests = 0
    /// The average approved rating and how many approved ratings there are (all time).
    public var ratingAverage: Double?
    public var ratings = 0

    public init(downloads: Int = 0, apiReads: Int = 0, pageViews: Int = 0, searches: Int = 0, requests: Int = 0,
                ratingAverage: Double? = nil, ratings: Int = 0) {
        self.downloads = downloads; self.apiReads = apiReads; self.pageViews = pageViews; self.searches = searches
        self.requests = requests; self.ratingAverage = ratingAverage; self.ratings = ratings
    }
}

/// The demand score:
///
///     score = 3·log2(1 + downloads) + 2·log2(1 + apiReads) + 1·log2(1 + pageViews)
///           + 2·log2(1 + searches) + 4·log2(1 + requests) + 2·(ratingAverage / 5)·log2(1 + ratings)
///
/// rounded to two decimals. Why logarithms: a signal adds a constant amount each time its count doubles,
/// so a script downloading a file a thousand times (30) weighs less than a dataset that thirty-one
/// people downloaded and read through the API and seven formally asked for (15 + 10 + 12 = 37): a
/// dataset is wanted when several signals agree. Why these weights: a formal
/// request (someone wrote to the government for it) says most about need, a download more than an API
/// read (a client polls), an API read more than a page view (a visit may be a passer-by); ratings add
/// more the better and the more numerous they are, and nothing when there are none.
public enum DemandFormula {
    public static let downloadWeight = 3.0
    public static let apiReadWeight = 2.0
    public static let pageViewWeight = 1.0
    public static let searchWeight = 2.0
    public static let requestWeight = 4.0
    public static let ratingWeight = 2.0

    public static func score(_ s: DemandSignals) -> Double {
        func term(_ weight: Double, _ count: Int) -> Double { weight * log2(1 + Double(max(count, 0))) }
        let rating = s.ratingAverage.map { ratingWeight * ($0 / 5) * log2(1 + Double(max(s.ratings, 0))) } ?? 0
        let raw = term(downloadWeight, s.downloads) + term(apiReadWeight, s.apiReads) + term(pageViewWeight, s.pageViews)
            + term(searchWeight, s.searches) + term(requestWeight, s.requests) + rating
        return (raw * 100).rounded() / 100
    }
}
