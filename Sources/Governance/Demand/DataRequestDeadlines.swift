import Foundation
import ManbaCore

/// How long an organisation has to deal with a data request, and whether it is late.
///
/// - The organisation answers (accepts or declines) within `answerDays` days of the request reaching it:
///   from submission when the requester named it, from routing when the monitoring staff had to find the
///   organisation responsible first (the organisation cannot answer what it has not received).
/// - It publishes within `publishDays` days of accepting.
/// Deadlines are exact instants (the same time of day, `answerDays` × 24 h later), computed on the
/// store's `ManbaClock`, so tests move time instead of waiting.
public enum DataRequestDeadlines {
    public static let answerDays = 15
    public static let publishDays = 30

    static func due(_ start: Date, days: Int) -> Date { start.addingTimeInterval(Double(days) * 86_400) }

    /// Which deadline a request has missed at `now`, and by how many days (a day started counts), or nil.
    public static func overdue(_ request: DataRequest, at now: Date) -> DataRequestOverdue? {
        let pending: (DataRequestOverdue.Stage, String?)
        switch request.status {
        case .submitted: pending = (.answer, request.answerDue)
        case .accepted, .inProgress: pending = (.publication, request.publishDue)
        case .published, .declined: return nil
        }
        guard let text = pending.1, let due = Timestamp.parse(text), now > due else { return nil }
        let days = Int((now.timeIntervalSince(due) / 86_400).rounded(.up))
        return DataRequestOverdue(stage: pending.0, due: text, days: max(days, 1))
    }
}

/// A missed deadline: the answer or the publication, when it was due, and how many days ago.
public struct DataRequestOverdue: Sendable, Equatable {
    public enum Stage: String, Sendable, Codable { case answer, publication }
    public let stage: Stage
    public let due: String
    public let days: Int
}
