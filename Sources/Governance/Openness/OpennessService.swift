import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// Computes the openness index of every organisation from the latest snapshot, the quality scores
/// and the data request history.
public final class OpennessService: Sendable {
    let database: any DatabaseBackend
    let monitoring: MonitoringService
    let quality: QualityService
    let clock: any ManbaClock

    public init(database: any DatabaseBackend, monitoring: MonitoringService, quality: QualityService, clock: any ManbaClock) {
        self.database = database; self.monitoring = monitoring; self.quality = quality; self.clock = clock
    }

    /// The ranking, computed at most every ten minutes or when a new snapshot is stored: computing it
    /// scores every public dataset (seconds on a national catalogue), too much for a page view. A stale
    /// ranking is answered at once while one refresh runs behind it; only the very first one is waited for.
    public func ranking() async throws -> [OpennessIndex] {
        let snapshotID = try await monitoring.latestSnapshot()?.id ?? ""
        let now = clock.now()
        guard let cached = cache.withLock({ $0 }) else { return try await refresh(snapshotID: snapshotID, at: now).value }
        if cached.snapshotID != snapshotID || now.timeIntervalSince(cached.computed) >= 600 {
            _ = refresh(snapshotID: snapshotID, at: now)
        }
        return cached.ranking
    }

    /// The refresh under way, or a new one: one computation at a time, however many pages ask.
    private func refresh(snapshotID: String, at now: Date) -> Task<[OpennessIndex], any Error> {
        running.withLock { running in
            if let running { return running }
            let task = Task {
                defer { self.running.withLock { $0 = nil } }
                let fresh = try await self.compute()
                self.cache.withLock { $0 = (snapshotID, now, fresh) }
                FreedMemory.release()
                return fresh
            }
            running = task
            return task
        }
    }

    private let cache = Locked<(snapshotID: String, computed: Date, ranking: [OpennessIndex])?>(nil)
    private let running = Locked<Task<[OpennessIndex], any Error>?>(nil)

    /// Every organisation with something to measure, best first (ties by id, so the order is reproducible).
    public func compute() async throws -> [OpennessIndex] {
        var timeliness: [String: Double] = [:]
        if let latest = try await monitoring.latestSnapshot() {
            for line in try await monitoring.organisationResults(latest.id) { timeliness[line.organisationID] = line.counts.compliance }
        }
        var quality: [String: Double] = [:]
        for org in try await self.quality.organisationScores(for: .anonymous) { quality[org.organisationID] = org.averageScore }
        let now = Timestamp.string(clock.now())
        var requests: [String: (due: Int, inTime: Int)] = [:]
        for row in try await database.read({ db in
            // A request counts once its answer was due, or once it was answered (early answers count too).
            try await db.rows("""
                SELECT organization_id, COUNT(*) AS due,
                       SUM(CASE WHEN COALESCE(accepted, closed) IS NOT NULL AND COALESCE(accepted, closed) <= answer_due THEN 1 ELSE 0 END) AS in_time
                FROM data_requests
                WHERE organization_id IS NOT NULL AND answer_due IS NOT NULL
                  AND (answer_due < \(bind: now) OR COALESCE(accepted, closed) IS NOT NULL)
                GROUP BY organization_id
                """)
        }) {
            requests[try row.decode(column: "organization_id", as: String.self)] =
                (try row.decode(column: "due", as: Int.self), try row.decode(column: "in_time", as: Int?.self) ?? 0)
        }
        let ids = Set(timeliness.keys).union(quality.keys).union(requests.keys)
        return ids.map { id in
            OpennessIndex(organisationID: id, timeliness: timeliness[id] ?? nil, quality: quality[id] ?? nil,
                          requestsDue: requests[id]?.due ?? 0, requestsAnsweredInTime: requests[id]?.inTime ?? 0)
        }
        .filter { $0.value != nil }
        .sorted { a, b in a.value! != b.value! ? a.value! > b.value! : a.organisationID < b.organisationID }
    }
}
