import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// A dataset's place in the "most wanted" ranking, with the figures behind its score.
public struct DemandScore: Sendable, Equatable {
    public let datasetID: String
    public let name: String
    public let title: LocalizedText
    public let organisationID: String
    public let signals: DemandSignals
    public let score: Double
}

/// The ranking for one window of days.
public struct DemandRanking: Sendable {
    /// First and last day (yyyy-MM-dd, UTC) of the usage and searches counted.
    public let from: String
    public let to: String
    public let scores: [DemandScore]
}

/// Ranks the public datasets by demand (`DemandFormula`), from the stored counts only: `usage_daily`
/// and `search_log` in the window, published requests and approved ratings of all time. Anyone can
/// recompute it from the tables; the buffered counts not yet flushed are not in it.
public final class DemandReport: Sendable {
    let database: any DatabaseBackend
    let usage: UsageCounter
    let searches: SearchLog
    let requests: DataRequestStore
    let feedback: FeedbackStore
    let clock: any ManbaClock
    /// Computing the ranking decodes every public dataset's title; the page is read far more often than
    /// the counts change (they are flushed every ~10 s anyway), so a ranking is reused this long.
    let cacheLifetime: TimeInterval
    private let cache = Locked<[String: (made: Date, ranking: DemandRanking)]>([:])

    public static let defaultDays = 90
    public static let dayRange = 1...366

    public init(database: any DatabaseBackend, usage: UsageCounter, searches: SearchLog, requests: DataRequestStore,
                feedback: FeedbackStore, clock: any ManbaClock, cacheLifetime: TimeInterval = 60) {
        self.database = database
        self.usage = usage
        self.searches = searches
        self.requests = requests
        self.feedback = feedback
        self.clock = clock
        self.cacheLifetime = cacheLifetime
    }

    /// The public datasets with a score above zero, highest first (ties by name), for the `days` days
    /// ending today.
    public func mostWanted(days: Int = defaultDays, limit: Int = 50) async throws -> DemandRanking {
        let days = min(max(days, Self.dayRange.lowerBound), Self.dayRange.upperBound)
        let window = DayStamp.window(days: days, endingOn: clock.now())
        let key = "\(window.from)/\(window.to)"
        let ranking: DemandRanking
        if let hit = cache.withLock({ $0[key] }), Date().timeIntervalSince(hit.made) < cacheLifetime {
            ranking = hit.ranking
        } else {
            ranking = try await compute(from: window.from, to: window.to)
            cache.withLock { $0 = [key: (Date(), ranking)] }
        }
        return DemandRanking(from: ranking.from, to: ranking.to, scores: Array(ranking.scores.prefix(max(limit, 0))))
    }

    func compute(from: String, to: String) async throws -> DemandRanking {
        let datasets = try await publicDatasets()
        let usage = try await self.usage.totalsByDataset(from: from, to: to)
        let attribution = SearchAttribution(titles: datasets.map { ($0.id, $0.title.allText + " " + $0.name.replacingOccurrences(of: "-", with: " ")) })
        let searched = attribution.searchesPerDataset(try await searches.successfulSearches(from: from, to: to))
        let requested = try await requests.publishedDemand()
        let rated = try await feedback.summaries()
        let scores: [DemandScore] = datasets.compactMap { d in
            let used = usage[d.id] ?? UsageTotals()
            let rating = rated[d.id]
            let signals = DemandSignals(downloads: used.downloads, apiReads: used.apiReads, pageViews: used.pageViews,
                                        searches: searched[d.id] ?? 0, requests: requested[d.id] ?? 0,
                                        ratingAverage: rating?.average, ratings: rating?.count ?? 0)
            let score = DemandFormula.score(signals)
            guard score > 0 else { return nil }
            return DemandScore(datasetID: d.id, name: d.name, title: d.title, organisationID: d.ownerOrg, signals: signals, score: score)
        }
        return DemandRanking(from: from, to: to, scores: scores.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name })
    }

    /// Only what every visitor may see is ranked: active, public, unclassified datasets.
    private func publicDatasets() async throws -> [Listed] {
        try await database.read { db in
            try await db.rows("SELECT doc FROM datasets WHERE state = 'active' AND private = 0 AND classification = 0").compactMap { row in
                try? JSONDecoder().decode(Listed.self, from: Data(try row.decode(column: "doc", as: String.self).utf8))
            }
        }
    }

    /// The few fields of a stored dataset document the ranking needs.
    private struct Listed: Decodable {
        let id: String
        let name: String
        let title: LocalizedText
        let ownerOrg: String
    }
}
