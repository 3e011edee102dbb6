import Foundation

/// Where one obligation stands on a given day.
public enum ObligationStatus: Sendable, Equatable, Hashable {
    /// No period has reached its deadline since the obligation began.
    case notYetDue
    case onTime
    /// Published, but this many days after the deadline.
    case late(days: Int)
    /// The deadline passed this many days ago and nothing is published yet.
    case overdue(days: Int)
    /// No dataset exists for the obligation at all.
    case missing

    public var code: String {
        switch self {
        case .notYetDue: "not_yet_due"
        case .onTime: "on_time"
        case .late: "late"
        case .overdue: "overdue"
        case .missing: "missing"
        }
    }

    public var days: Int? {
        switch self {
        case .late(let days), .overdue(let days): days
        default: nil
        }
    }

    public init?(code: String, days: Int?) {
        switch code {
        case "not_yet_due": self = .notYetDue
        case "on_time": self = .onTime
        case "late": self = .late(days: days ?? 0)
        case "overdue": self = .overdue(days: days ?? 0)
        case "missing": self = .missing
        default: return nil
        }
    }

    /// Whether the obligation counts towards compliance figures on that day.
    public var isDue: Bool { self != .notYetDue }
}

/// The status with the period it was decided on and the deadline that applied.
public struct ObligationAssessment: Sendable, Equatable {
    public var status: ObligationStatus
    /// The period the status is about (nil for irregular and on-change obligations).
    public var period: ReportingPeriod?
    /// The deadline (exclusive: the first instant that is late) the status was measured against.
    public var deadline: Date?
    /// The update that settled the period, if any.
    public var publishedAt: Date?

    public init(status: ObligationStatus, period: ReportingPeriod? = nil, deadline: Date? = nil, publishedAt: Date? = nil) {
        self.status = status; self.period = period; self.deadline = deadline; self.publishedAt = publishedAt
    }
}
