import Foundation
import ManbaCore
import ManbaStore
import OpenData
import SQLKit

/// The update history the timeliness rules ask about, fetched for every obligation of a list at once.
///
/// The rules only ever ask "the first update in [window start, end of the as-of day)" where the window
/// starts at a calendar period boundary, and periods are the same for every obligation of one
/// periodicity. So the questions a run can ask are known before it starts: for each periodicity, the
/// boundaries of the periods still within their grace days, and one more. Each is one grouped range
/// query, instead of a query (or the whole history) per obligation.
struct UpdateWindows: Sendable {
    /// periodicity → window start → dataset → first update in the window.
    private var first: [Frequency: [Date: [String: Date]]] = [:]
    /// Irregular and on-change obligations: obligation → first update since it began, and dataset → latest update.
    private var firstSinceStart: [String: Date] = [:]
    private var latest: [String: Date] = [:]

    func firstUpdate(_ obligation: Obligation, from: Date) -> Date? {
        guard let datasetID = obligation.datasetID else { return nil }
        return first[obligation.periodicity]?[from]?[datasetID]
    }

    func firstSinceStart(_ obligation: Obligation) -> Date? { firstSinceStart[obligation.id] }
    func latest(_ obligation: Obligation) -> Date? { obligation.datasetID.flatMap { latest[$0] } }

    /// The window starts the rules may ask about for `periodicity` with up to `maxGraceDays` of grace.
    static func windowStarts(_ periodicity: Frequency, graceDays: Set<Int>, asOf: Date) -> Set<Date> {
        guard var period = ReportingPeriod(containing: asOf.addingTimeInterval(-1), periodicity) else { return [] }
        var starts: Set<Date> = []
        // The current period, for "what is due next" when data is due within the period itself.
        if graceDays.contains(0) { starts.insert(period.start) }
        if period.end > asOf { period = period.previous }
        let maxGrace = TimeInterval(graceDays.max() ?? 0) * 86_400
        // Walk back as the rules do: while a period is within the longest grace, the one before may decide.
        for _ in 0..<5000 {
            if graceDays.contains(0) { starts.insert(period.start) }
            if graceDays.contains(where: { $0 > 0 }) { starts.insert(period.end) }
            if period.end.addingTimeInterval(maxGrace) < asOf { break }
            period = period.previous
        }
        return starts
    }

    /// Loads every window the list's obligations can ask about. The queries are independent, so they
    /// run side by side on the backend's reader connections; the grace days come from one grouped
    /// query, so the caller can fetch the obligations themselves at the same time.
    static func load(listID: String, asOf: Date, from database: any DatabaseBackend) async throws -> UpdateWindows {
        let end = Timestamp.string(asOf)
        let graceByPeriodicity = try await database.read { db in
            var graces: [Frequency: Set<Int>] = [:]
            for row in try await db.rows("""
                SELECT periodicity, deadline_days FROM obligations WHERE list_id = \(bind: listID) GROUP BY periodicity, deadline_days
                """) {
                let periodicity = Frequency(rawValue: try row.decode(column: "periodicity", as: String.self)) ?? .irregular
                graces[periodicity, default: []].insert(try row.decode(column: "deadline_days", as: Int.self))
            }
            return graces
        }
        var windows = UpdateWindows()
        try await withThrowingTaskGroup(of: Part.self) { group in
            for (periodicity, graces) in graceByPeriodicity where periodicity != .irregular && periodicity != .onChange {
                for start in windowStarts(periodicity, graceDays: graces, asOf: asOf) {
                    group.addTask {
                        .window(periodicity, start, try await database.read { db in
                            try await dates(db.rows("""
                                SELECT o.dataset_id AS key, MIN(u.updated) AS at
                                FROM obligations o JOIN data_updates u ON u.dataset_id = o.dataset_id
                                WHERE o.list_id = \(bind: listID) AND o.periodicity = \(bind: periodicity.rawValue)
                                  AND u.updated >= \(bind: Timestamp.string(start)) AND u.updated < \(bind: end)
                                GROUP BY o.dataset_id
                                """))
                        })
                    }
                }
            }
            if graceByPeriodicity[.irregular] != nil || graceByPeriodicity[.onChange] != nil {
                group.addTask {
                    .firstSinceStart(try await database.read { db in
                        try await dates(db.rows("""
                            SELECT o.id AS key, MIN(u.updated) AS at
                            FROM obligations o JOIN data_updates u ON u.dataset_id = o.dataset_id
                            WHERE o.list_id = \(bind: listID) AND o.periodicity IN ('irregular', 'on_change')
                              AND u.updated >= o.starts_on AND u.updated < \(bind: end)
                            GROUP BY o.id
                            """))
                    })
                }
                group.addTask {
                    .latest(try await database.read { db in
                        try await dates(db.rows("""
                            SELECT o.dataset_id AS key, MAX(u.updated) AS at
                            FROM obligations o JOIN data_updates u ON u.dataset_id = o.dataset_id
                            WHERE o.list_id = \(bind: listID) AND o.periodicity IN ('irregular', 'on_change') AND u.updated < \(bind: end)
                            GROUP BY o.dataset_id
                            """))
                    })
                }
            }
            for try await part in group {
                switch part {
                case let .window(periodicity, start, found): windows.first[periodicity, default: [:]][start] = found
                case let .firstSinceStart(found): windows.firstSinceStart = found
                case let .latest(found): windows.latest = found
                }
            }
        }
        return windows
    }

    private enum Part: Sendable {
        case window(Frequency, Date, [String: Date])
        case firstSinceStart([String: Date])
        case latest([String: Date])
    }

    /// Rows of (key, at) as a dictionary; a time that does not parse is left out.
    private static func dates(_ rows: [any SQLRow]) throws -> [String: Date] {
        var found: [String: Date] = [:]
        found.reserveCapacity(rows.count)
        for row in rows {
            if let date = Timestamp.parse(try row.decode(column: "at", as: String.self)) {
                found[try row.decode(column: "key", as: String.self)] = date
            }
        }
        return found
    }
}
