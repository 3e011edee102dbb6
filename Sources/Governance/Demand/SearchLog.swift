import Foundation
import Logging
import ManbaCore
import ManbaStore
import SQLKit

/// Every catalogue search (the /dataset page and CKAN package_search), kept per day and folded query with
/// how often it ran, how often it found nothing and how much it found the last time. The query is folded
/// with `ScriptFolding` as the search index folds it, so "maktablar", "мактаблар" and "Maktablar " are
/// one line of the report. Buffered in memory and flushed like `UsageCounter`, for the same reason.
public final class SearchLog: Sendable {
    struct Key: Hashable, Sendable {
        let day: String
        let queryKey: String
    }

    struct Entry: Sendable {
        var sample: String
        var searches = 0
        var zeroResults = 0
        var lastCount = 0
    }

    private struct Pending {
        var entries: [Key: Entry] = [:]
        var days = DayStamp()
        var dropped = 0
    }

    /// Longer queries are cut here: enough for any real search, and a pasted page cannot fill the table.
    public static let maxQueryLength = 200
    public static let maxPendingKeys = 50_000

    let database: any DatabaseBackend
    let clock: any ManbaClock
    let access: GovernanceAccess
    let logger: Logger
    private let pending = Locked(Pending())

    public init(database: any DatabaseBackend, clock: any ManbaClock, access: GovernanceAccess, logger: Logger) {
        self.database = database
        self.clock = clock
        self.access = access
        self.logger = logger
    }

    /// Logs one search. A query that folds to nothing (browsing without words) is not a search.
    public func record(_ text: String, found count: Int) {
        let key = String(ScriptFolding.matchKey(text).prefix(Self.maxQueryLength))
        guard !key.isEmpty else { return }
        let sample = String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(Self.maxQueryLength))
        let now = clock.now()
        pending.withLock { p in
            let k = Key(day: p.days.day(of: now), queryKey: key)
            guard p.entries[k] != nil || p.entries.count < Self.maxPendingKeys else { p.dropped += 1; return }
            var entry = p.entries[k] ?? Entry(sample: sample)
            entry.searches += 1
            if count == 0 { entry.zeroResults += 1 }
            entry.lastCount = count
            p.entries[k] = entry
        }
    }

    /// Adds the searches gathered since the last flush to `search_log`; on failure they stay buffered.
    @discardableResult
    public func flush() async throws -> Int {
        let (entries, dropped) = pending.withLock { p -> ([Key: Entry], Int) in
            let taken = (p.entries, p.dropped)
            p.entries = [:]
            p.dropped = 0
            return taken
        }
        if dropped > 0 { logger.warning("searches not logged: too many distinct queries between flushes", metadata: ["dropped": "\(dropped)"]) }
        guard !entries.isEmpty else { return 0 }
        let rows = Array(entries)
        do {
            try await database.write { db in
                for chunk in rows.batches(of: 150) {
                    let values = chunk.map { key, e -> SQLQueryString in
                        "(\(bind: key.day), \(bind: key.queryKey), \(bind: e.sample), \(bind: e.searches), \(bind: e.zeroResults), \(bind: e.lastCount))"
                    }.joined(separator: ", ")
                    try await db.run("INSERT INTO search_log (day, query_key, query_sample, searches, zero_results, last_count) VALUES " + values + """
                         ON CONFLICT (day, query_key) DO UPDATE SET searches = search_log.searches + excluded.searches,
                            zero_results = search_log.zero_results + excluded.zero_results, last_count = excluded.last_count
                        """)
                }
            }
        } catch {
            pending.withLock { p in
                for (key, e) in entries {
                    var merged = p.entries[key] ?? Entry(sample: e.sample)
                    merged.searches += e.searches
                    merged.zeroResults += e.zeroResults
                    if p.entries[key] == nil { merged.lastCount = e.lastCount }
                    p.entries[key] = merged
                }
            }
            throw error
        }
        return rows.count
    }

    // MARK: Reports

    /// The first and last day of the `days` days ending today on the log's clock, for a report's default range.
    public func window(days: Int) -> (from: String, to: String) { DayStamp.window(days: days, endingOn: clock.now()) }

    /// The searches that found nothing on the days `from`...`to`, most frequent first: what people look
    /// for and the portal does not have. Only the monitoring staff may read it, since people type names
    /// and other personal details into search boxes.
    public func zeroResults(from: String, to: String, limit: Int = 100, for principal: Principal) async throws -> [ZeroResultQuery] {
        try await access.requireMonitoringStaff(principal)
        let limit = min(max(limit, 1), 1000)
        return try await database.read { db in
            try await db.rows("""
                SELECT query_key, MIN(query_sample) AS sample, CAST(SUM(zero_results) AS BIGINT) AS zero,
                       CAST(SUM(searches) AS BIGINT) AS total, MAX(day) AS last_day
                FROM search_log WHERE day >= \(bind: from) AND day <= \(bind: to)
                GROUP BY query_key HAVING SUM(zero_results) > 0 ORDER BY zero DESC, query_key LIMIT \(bind: limit)
                """).map { row in
                ZeroResultQuery(queryKey: try row.decode(column: "query_key", as: String.self),
                                sample: try row.decode(column: "sample", as: String.self),
                                zeroResults: try row.decode(column: "zero", as: Int.self),
                                searches: try row.decode(column: "total", as: Int.self),
                                lastDay: try row.decode(column: "last_day", as: String.self))
            }
        }
    }

    /// Folded queries and how many of their searches found something on the days `from`...`to`: the
    /// searches the demand score can attribute to datasets.
    func successfulSearches(from: String, to: String) async throws -> [(queryKey: String, searches: Int)] {
        try await database.read { db in
            try await db.rows("""
                SELECT query_key, CAST(SUM(searches - zero_results) AS BIGINT) AS found FROM search_log
                WHERE day >= \(bind: from) AND day <= \(bind: to) GROUP BY query_key HAVING SUM(searches - zero_results) > 0
                """).map { (try $0.decode(column: "query_key", as: String.self), try $0.decode(column: "found", as: Int.self)) }
        }
    }
}

/// One line of the report of searches that found nothing.
public struct ZeroResultQuery: Sendable, Equatable {
    /// The folded query, under which all spellings meet.
    public let queryKey: String
    /// One spelling as somebody typed it.
    public let sample: String
    public let zeroResults: Int
    /// All searches for it in the period, including any that did find something.
    public let searches: Int
    public let lastDay: String
}
