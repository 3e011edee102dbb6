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

    static func load(listID: String, obligations: [Obligation], asOf: Date, in db: any SQLDatabase) async throws -> UpdateWindows {
        var windows = UpdateWindows()
        let end = Timestamp.string(asOf)
        var graceByPeriodicity: [Frequency: Set<Int>] = [:]
        for o in obligations { graceByPeriodicity[o.periodicity, default: []].insert(o.deadlineDays) }
        for (periodicity, graces) in graceByPeriodicity {
            for start in windowStarts(periodicity, graceDays: graces, asOf: asOf) {
                var found: [String: Date] = [:]
                for row in try await db.rows("""
                    SELECT o.dataset_id AS dataset_id, MIN(u.updated) AS first
                    FROM obligations o JOIN data_updates u ON u.dataset_id = o.dataset_id
                    WHERE o.list_id = \(bind: listID) AND o.periodicity = \(bind: periodicity.rawValue)
                      AND u.updated >= \(bind: Timestamp.string(start)) AND u.updated < \(bind: end)
                    GROUP BY o.dataset_id
                    """) {
                    if let date = Timestamp.parse(try row.decode(column: "first", as: String.self)) {
                        found[try row.decode(column: "dataset_id", as: String.self)] = date
                    }
                }
                windows.first[periodicity, default: [:]][start] = found
            }
        }
        if graceByPeriodicity[.irregular] != nil || graceByPeriodicity[.onChange] != nil {
            for row in try await db.rows("""
                SELECT o.id AS obligation_id, MIN(u.updated) AS first
                FROM obligations o JOIN data_updates u ON u.dataset_id = o.dataset_id
                WHERE o.list_id = \(bind: listID) AND o.periodicity IN ('irregular', 'on_change')
                  AND u.updated >= o.starts_on AND u.updated < \(bind: end)
                GROUP BY o.id
                """) {
                windows.firstSinceStart[try row.decode(column: "obligation_id", as: String.self)] =
                    Timestamp.parse(try row.decode(column: "first", as: String.self))
            }
            for row in try await db.rows("""
                SELECT o.dataset_id AS dataset_id, MAX(u.updated) AS latest
                FROM obligations o JOIN data_updates u ON u.dataset_id = o.dataset_id
                WHERE o.list_id = \(bind: listID) AND o.periodicity IN ('irregular', 'on_change') AND u.updated < \(bind: end)
                GROUP BY o.dataset_id
                """) {
                windows.latest[try row.decode(column: "dataset_id", as: String.self)] =
                    Timestamp.parse(try row.decode(column: "latest", as: String.self))
            }
        }
        return windows
    }
}
