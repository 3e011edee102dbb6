import Foundation
import ManbaCore
import OpenData

/// The rules that decide whether an obligation is met, written down in docs/monitoring.md.
///
/// Periodic obligations (daily to annual) follow calendar periods. With `graceDays` > 0, the data for a
/// period is published after the period ends and by `graceDays` days later ("within 15 days after the
/// month ends"); with 0 grace days it must be published during the period itself ("by the end of each
/// month"). The status on a day is decided by the most recent period that has ended: published in its
/// window → on time (or late by N days); its deadline passed with nothing published → overdue by N
/// days; still within its grace days and unpublished → the period before it decides. Periods that
/// began before the obligation did are not counted: with none left, the obligation is not yet due.
///
/// Irregular and on-change obligations have no periods: the first publication is due within `graceDays`
/// days of the day the obligation begins. An irregular dataset must then show an update at least once
/// every 365 days;
/// an on-change dataset, once published, is on time until a change is reported by other means.
///
/// A status is decided only by data updates (`DataUpdateLog`), never by metadata edits.
public enum TimelinessRules {
    /// Irregular datasets left without any update for longer than this are overdue.
    public static let irregularMaximumGap: TimeInterval = 365 * 86_400

    /// What an obligation needs from the update history to be assessed: the updates in order.
    public static func assess(frequency: Frequency, graceDays: Int, startsOn: Date, hasDataset: Bool,
                              updates: [Date], asOf day: Date) -> ObligationAssessment {
        let sorted = updates.sorted()
        return assess(frequency: frequency, graceDays: graceDays, startsOn: startsOn, hasDataset: hasDataset, asOf: day) { from, before in
            sorted.first { $0 >= from && $0 < before }
        } lastUpdate: { before in
            sorted.last { $0 < before }
        }
    }

    /// The same rules over any history: `firstUpdate(from, before)` gives the earliest update in
    /// `[from, before)`, `lastUpdate(before)` the latest before a time. The monitoring run answers them
    /// from a few range queries for all obligations at once.
    public static func assess(frequency: Frequency, graceDays: Int, startsOn: Date, hasDataset: Bool, asOf day: Date,
                              firstUpdate: (Date, Date) -> Date?, lastUpdate: (Date) -> Date?) -> ObligationAssessment {
        guard hasDataset else {
            // Without a dataset nothing can be published; once a deadline has passed, it is missing.
            let due = assess(frequency: frequency, graceDays: graceDays, startsOn: startsOn, hasDataset: true, asOf: day,
                             firstUpdate: { _, _ in nil }, lastUpdate: { _ in nil })
            return due.status == .notYetDue ? due : ObligationAssessment(status: .missing, period: due.period, deadline: due.deadline)
        }
        // Everything that happens on the as-of day counts: the day ends at the next midnight.
        let asOf = Timestamp.startOfDay(day).addingTimeInterval(86_400)
        let begins = Timestamp.startOfDay(startsOn)
        let grace = TimeInterval(max(0, graceDays)) * 86_400
        guard asOf > begins else { return ObligationAssessment(status: .notYetDue) }

        guard var period = ReportingPeriod(containing: asOf.addingTimeInterval(-1), frequency) else {
            return assessUnscheduled(frequency: frequency, grace: grace, begins: begins, asOf: asOf,
                                     firstUpdate: firstUpdate, lastUpdate: lastUpdate)
        }
        // The most recent period that has ended by the end of the as-of day.
        if period.end > asOf { period = period.previous }
        // Bounded: periods are walked back only while they are still within their grace days.
        while period.start >= begins {
            let deadline = period.end.addingTimeInterval(grace)
            let windowStart = graceDays > 0 ? period.end : period.start
            if let published = firstUpdate(windowStart, asOf) {
                let status: ObligationStatus = published < deadline ? .onTime : .late(days: max(1, deadline.daysUntil(published)))
                return ObligationAssessment(status: status, period: period, deadline: deadline, publishedAt: published)
            }
            if deadline < asOf {
                return ObligationAssessment(status: .overdue(days: deadline.daysUntil(asOf)), period: period, deadline: deadline)
            }
            period = period.previous
        }
        return ObligationAssessment(status: .notYetDue)
    }

    private static func assessUnscheduled(frequency: Frequency, grace: TimeInterval, begins: Date, asOf: Date,
                                          firstUpdate: (Date, Date) -> Date?, lastUpdate: (Date) -> Date?) -> ObligationAssessment {
        // "Within 30 days" of the first day: the 30th day after it is the last one allowed.
        let deadline = begins.addingTimeInterval(grace + 86_400)
        guard let last = lastUpdate(asOf) else {
            if deadline < asOf { return ObligationAssessment(status: .overdue(days: deadline.daysUntil(asOf)), deadline: deadline) }
            return ObligationAssessment(status: .notYetDue, deadline: deadline)
        }
        if frequency == .irregular {
            let stale = max(Timestamp.startOfDay(last).addingTimeInterval(irregularMaximumGap + 86_400), deadline)
            if stale < asOf {
                return ObligationAssessment(status: .overdue(days: stale.daysUntil(asOf)), deadline: stale, publishedAt: last)
            }
        }
        // Data published before the obligation began meets it from its first day.
        let first = firstUpdate(begins, asOf) ?? last
        let status: ObligationStatus = first < deadline ? .onTime : .late(days: max(1, deadline.daysUntil(first)))
        return ObligationAssessment(status: status, deadline: deadline, publishedAt: first)
    }

    /// The next deadline on or after the as-of day that still needs a publication, for the
    /// organisation's cabinet ("what is due next"). Nil when nothing is scheduled.
    public static func nextDeadline(frequency: Frequency, graceDays: Int, startsOn: Date, asOf day: Date,
                                    firstUpdate: (Date, Date) -> Date?) -> (period: ReportingPeriod?, deadline: Date)? {
        let asOf = Timestamp.startOfDay(day).addingTimeInterval(86_400)
        let begins = Timestamp.startOfDay(startsOn)
        let grace = TimeInterval(max(0, graceDays)) * 86_400
        guard var period = ReportingPeriod(containing: asOf.addingTimeInterval(-1), frequency) else {
            let deadline = begins.addingTimeInterval(grace + 86_400)
            return deadline >= asOf && firstUpdate(begins, asOf) == nil ? (nil, deadline) : nil
        }
        // Back to the oldest period whose deadline has not passed, then forward to the first one unpublished.
        while period.previous.start >= begins, period.previous.end.addingTimeInterval(grace) >= asOf { period = period.previous }
        for _ in 0..<800 {
            let deadline = period.end.addingTimeInterval(grace)
            let windowStart = graceDays > 0 ? period.end : period.start
            if period.start >= begins, deadline >= asOf, firstUpdate(windowStart, asOf) == nil { return (period, deadline) }
            period = period.next
        }
        return nil
    }
}
