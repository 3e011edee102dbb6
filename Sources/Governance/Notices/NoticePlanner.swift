import Foundation
import ManbaCore

/// Decides which notices are due on a day from what the monitoring found. Pure: the same day and
/// states give the same notices, with the same dedupe keys, so running the monitoring twice, or on a
/// later day while an event still holds, delivers nothing new (the store keeps one notice per key).
///
/// The rules, for each obligation:
/// - upcoming: the next deadline's last day is `daysBefore` days away or less; once per obligation
///   and period. Planned on every such day, so a day the monitoring did not run loses nothing.
/// - missed: the deadline has passed with nothing published (status overdue, fewer than 7 days);
///   once per obligation and period.
/// - overdue: a reminder every 7 days while still overdue (days 7, 14, 21, ...), keyed by the week
///   counted from the deadline. A first run long after a deadline sends the reminder only, not both.
/// - digest: one a day for the monitoring staff, with each organisation's overdue and missing counts.
///
/// "The last day" is the day before the (exclusive) deadline instant: the last day on which a
/// publication is on time, which is the date people are told.
public enum NoticePlanner {
    public static let reminderInterval = 7

    public static func plan(asOf day: Date, states: [ObligationState], settings: NoticeSettings,
                            organisationTitles: [String: String] = [:]) -> [NoticeDraft] {
        let today = Timestamp.startOfDay(day)
        var notices: [NoticeDraft] = []
        for state in states {
            if let upcoming = upcoming(state, today: today, daysBefore: settings.daysBefore) { notices.append(upcoming) }
            if let overdue = overdue(state, today: today) { notices.append(overdue) }
        }
        if !states.isEmpty { notices.append(digest(today: today, states: states, titles: organisationTitles)) }
        return notices
    }

    static func upcoming(_ state: ObligationState, today: Date, daysBefore: Int) -> NoticeDraft? {
        guard let deadline = state.nextDeadline else { return nil }
        let last = lastDay(deadline)
        let daysLeft = Int((last.timeIntervalSince(today) / 86_400).rounded())
        guard (0...daysBefore).contains(daysLeft) else { return nil }
        let obligation = state.obligation
        let text = NoticeTexts.upcoming(title: obligation.title, period: state.nextPeriod?.label, lastDay: last, daysLeft: daysLeft)
        return NoticeDraft(organisationID: obligation.organisationID, obligationID: obligation.id, kind: .upcoming,
                           dedupeKey: "upcoming:\(stableKey(obligation)):\(eventKey(state.nextPeriod, last))",
                           subject: text.subject, body: text.body)
    }

    /// The same obligation keeps its key across list versions (a revision copies items with new ids),
    /// so a revision does not send every notice again.
    static func stableKey(_ o: Obligation) -> String {
        "\(o.organisationID):\(o.datasetID ?? ScriptFolding.matchKey(o.title))"
    }

    static func overdue(_ state: ObligationState, today: Date) -> NoticeDraft? {
        guard let deadline = state.assessment.deadline else { return nil }
        let days: Int
        switch state.assessment.status {
        case .overdue(let d): days = d
        // No dataset at all is the worst case of a missed deadline, and is reminded of the same way.
        case .missing: days = max(1, deadline.daysUntil(today.addingTimeInterval(86_400)))
        default: return nil
        }
        let obligation = state.obligation, period = state.assessment.period
        let last = lastDay(deadline)
        let event = "\(stableKey(obligation)):\(eventKey(period, last))"
        if days < reminderInterval {
            let text = NoticeTexts.missed(title: obligation.title, period: period?.label, lastDay: last)
            return NoticeDraft(organisationID: obligation.organisationID, obligationID: obligation.id, kind: .missed,
                               dedupeKey: "missed:\(event)", subject: text.subject, body: text.body)
        }
        let text = NoticeTexts.overdue(title: obligation.title, period: period?.label, lastDay: last, days: days)
        return NoticeDraft(organisationID: obligation.organisationID, obligationID: obligation.id, kind: .overdue,
                           dedupeKey: "overdue:\(event):w\(days / reminderInterval)", subject: text.subject, body: text.body)
    }

    static func digest(today: Date, states: [ObligationState], titles: [String: String]) -> NoticeDraft {
        var counts: [String: (overdue: Int, missing: Int)] = [:]
        for state in states {
            let org = state.obligation.organisationID
            switch state.assessment.status {
            case .overdue: counts[org, default: (0, 0)].overdue += 1
            case .missing: counts[org, default: (0, 0)].missing += 1
            default: break
            }
        }
        let lines = counts.map { NoticeTexts.DigestLine(organisation: titles[$0.key] ?? $0.key, overdue: $0.value.overdue, missing: $0.value.missing) }
            .sorted { ($0.overdue + $0.missing, $1.organisation) > ($1.overdue + $1.missing, $0.organisation) }
        let text = NoticeTexts.digest(day: today, lines: lines)
        return NoticeDraft(organisationID: nil, kind: .digest, dedupeKey: "digest:\(CalendarDay.string(today))",
                           subject: text.subject, body: text.body)
    }

    /// The last day on which publishing is on time: the deadline is the first instant that is late.
    static func lastDay(_ deadline: Date) -> Date {
        Timestamp.startOfDay(deadline.addingTimeInterval(-1))
    }

    /// What names one deadline of an obligation: its period, or for unscheduled obligations (irregular,
    /// on change) the deadline's last day.
    private static func eventKey(_ period: ReportingPeriod?, _ last: Date) -> String {
        period?.label ?? CalendarDay.string(last)
    }
}
