import Foundation
import Logging
import ManbaCore
import ManbaStore
import SQLKit

/// Counts downloads, API reads and page views per resource and dataset per day, and nothing about who
/// made them. package_show serves thousands of requests a second, so `record` only adds to a dictionary
/// behind a lock; `flush` (every ~10 s, and at shutdown) adds the counts to `usage_daily` in one write.
public final class UsageCounter: Sendable {
    struct Key: Hashable, Sendable {
        let day: String
        let datasetID: String
        let resourceID: String
        let kind: UsageKind
    }

    private struct Pending {
        var counts: [Key: Int] = [:]
        var days = DayStamp()
        var dropped = 0
    }

    /// A flood of made-up ids between two flushes must not grow memory without bound: beyond this many
    /// distinct keys, new ones are dropped (and logged) until the next flush empties the buffer.
    public static let maxPendingKeys = 100_000

    let database: any DatabaseBackend
    let clock: any ManbaClock
    let logger: Logger
    private let pending = Locked(Pending())

    public init(database: any DatabaseBackend, clock: any ManbaClock, logger: Logger) {
        self.database = database
        self.clock = clock
        self.logger = logger
    }

    /// Counts one use. `resource` is "" for the dataset as a whole (its page, package_show).
    public func record(_ kind: UsageKind, dataset datasetID: String, resource resourceID: String = "") {
        let now = clock.now()
        pending.withLock { p in
            let key = Key(day: p.days.day(of: now), datasetID: datasetID, resourceID: resourceID, kind: kind)
            if let count = p.counts[key] {
                p.counts[key] = count + 1
            } else if p.counts.count < Self.maxPendingKeys {
                p.counts[key] = 1
            } else {
                p.dropped += 1
            }
        }
    }

    /// Counts one use of a resource; which dataset holds it is looked up when the counts are flushed.
    public func record(_ kind: UsageKind, resource resourceID: String) {
        record(kind, dataset: "", resource: resourceID)
    }

    /// Writes the counts gathered since the last flush and returns how many rows it touched. Counts for
    /// ids the catalogue does not know are discarded, and a resource's count always goes to the dataset
    /// that really holds it, whatever the URL said. If the write fails, the counts go back into the
    /// buffer for the next flush, so a database hiccup loses nothing.
    @discardableResult
    public func flush() async throws -> Int {
        let (counts, dropped) = pending.withLock { p -> ([Key: Int], Int) in
            let taken = (p.counts, p.dropped)
            p.counts = [:]
            p.dropped = 0
            return taken
        }
        if dropped > 0 { logger.warning("usage counts dropped: too many distinct keys between flushes", metadata: ["dropped": "\(dropped)"]) }
        guard !counts.isEmpty else { return 0 }
        do {
            let rows = try await attributed(counts)
            try await write(rows)
            return rows.count
        } catch {
            pending.withLock { p in for (key, count) in counts { p.counts[key, default: 0] += count } }
            throw error
        }
    }

    /// The counts keyed to known datasets and resources; the rest is dropped.
    private func attributed(_ counts: [Key: Int]) async throws -> [Key: Int] {
        let resourceIDs = Array(Set(counts.keys.map(\.resourceID).filter { !$0.isEmpty }))
        let datasetIDs = Array(Set(counts.keys.filter { $0.resourceID.isEmpty }.map(\.datasetID)))
        let (owners, datasets) = try await database.read { db -> ([String: String], Set<String>) in
            var owners: [String: String] = [:]
            for chunk in resourceIDs.batches(of: 500) {
                for row in try await db.rows("SELECT id, dataset_id FROM resources WHERE id IN \(SQLBind.group(Array(chunk)))") {
                    owners[try row.decode(column: "id", as: String.self)] = try row.decode(column: "dataset_id", as: String.self)
                }
            }
            var datasets = Set<String>()
            for chunk in datasetIDs.batches(of: 500) {
                for row in try await db.rows("SELECT id FROM datasets WHERE id IN \(SQLBind.group(Array(chunk)))") {
                    datasets.insert(try row.decode(column: "id", as: String.self))
                }
            }
            return (owners, datasets)
        }
        var rows: [Key: Int] = [:]
        for (key, count) in counts {
            if key.resourceID.isEmpty {
                guard datasets.contains(key.datasetID) else { continue }
                rows[key, default: 0] += count
            } else if let owner = owners[key.resourceID] {
                rows[Key(day: key.day, datasetID: owner, resourceID: key.resourceID, kind: key.kind), default: 0] += count
            }
        }
        return rows
    }

    private func write(_ rows: [Key: Int]) async throws {
        let all = Array(rows)
        try await database.write { db in
            for chunk in all.batches(of: 200) {
                let values = chunk.map { key, count -> SQLQueryString in
                    "(\(bind: key.day), \(bind: key.datasetID), \(bind: key.resourceID), \(bind: key.kind.rawValue), \(bind: count))"
                }.joined(separator: ", ")
                try await db.run("INSERT INTO usage_daily (day, dataset_id, resource_id, kind, count) VALUES " + values + """
                     ON CONFLICT (day, dataset_id, resource_id, kind) DO UPDATE SET count = usage_daily.count + excluded.count
                    """)
            }
        }
    }

    // MARK: Reading

    /// Totals per dataset over the days `from`...`to` (yyyy-MM-dd, both included), resources included.
    public func totalsByDataset(from: String, to: String) async throws -> [String: UsageTotals] {
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT dataset_id, kind, CAST(SUM(count) AS BIGINT) AS n FROM usage_daily
                WHERE day >= \(bind: from) AND day <= \(bind: to) GROUP BY dataset_id, kind
                """)
        }
        var totals: [String: UsageTotals] = [:]
        for row in rows {
            guard let kind = UsageKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            totals[try row.decode(column: "dataset_id", as: String.self), default: UsageTotals()].add(kind, try row.decode(column: "n", as: Int.self))
        }
        return totals
    }

    /// One dataset's counts per day, oldest first, for the days `from`...`to`.
    public func daily(of datasetID: String, from: String, to: String) async throws -> [(day: String, totals: UsageTotals)] {
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT day, kind, CAST(SUM(count) AS BIGINT) AS n FROM usage_daily
                WHERE dataset_id = \(bind: datasetID) AND day >= \(bind: from) AND day <= \(bind: to) GROUP BY day, kind ORDER BY day
                """)
        }
        var days: [(day: String, totals: UsageTotals)] = []
        for row in rows {
            let day = try row.decode(column: "day", as: String.self)
            guard let kind = UsageKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            if days.last?.day != day { days.append((day, UsageTotals())) }
            days[days.count - 1].totals.add(kind, try row.decode(column: "n", as: Int.self))
        }
        return days
    }
}
