import Foundation
import ManbaCore
import OpenData

/// One calendar period of a periodic obligation: a day, an ISO week (Monday to Sunday), a month, a
/// quarter, a half-year or a year. `end` is the first instant after the period, so "15 days after the
/// period ends" is `end + 15 days`, and an update at `end` exactly belongs to the next period's window.
public struct ReportingPeriod: Sendable, Equatable, Hashable {
    public let start: Date
    public let end: Date
    public let frequency: Frequency

    /// The period of `frequency` that contains `date`; nil for frequencies without calendar periods
    /// (irregular, on change).
    public init?(containing date: Date, _ frequency: Frequency) {
        // Calendar arithmetic by hand: a monitoring run asks for hundreds of thousands of periods, and
        // Foundation's Calendar was the largest single cost of a run (benchmark profile).
        let c = Timestamp.civil(date)
        func day(_ y: Int, _ m: Int, _ d: Int) -> Int { Timestamp.daysFromCivil(year: y, month: m, day: d) }
        func firstOfMonth(_ y: Int, _ m: Int) -> Int { m > 12 ? day(y + 1, m - 12, 1) : day(y, m, 1) }
        let today = day(c.year, c.month, c.day)
        let (first, last): (Int, Int)
        switch frequency {
        case .daily: (first, last) = (today, today + 1)
        // ISO weeks start on Monday; civil weekday 0 is Sunday.
        case .weekly: first = today - (c.weekday + 6) % 7; last = first + 7
        case .monthly: (first, last) = (day(c.year, c.month, 1), firstOfMonth(c.year, c.month + 1))
        case .quarterly:
            let month = (c.month - 1) / 3 * 3 + 1
            (first, last) = (day(c.year, month, 1), firstOfMonth(c.year, month + 3))
        case .semiannual:
            let month = c.month <= 6 ? 1 : 7
            (first, last) = (day(c.year, month, 1), firstOfMonth(c.year, month + 6))
        case .annual: (first, last) = (day(c.year, 1, 1), day(c.year + 1, 1, 1))
        case .irregular, .onChange: return nil
        }
        start = Date(timeIntervalSince1970: Double(first) * 86_400)
        end = Date(timeIntervalSince1970: Double(last) * 86_400)
        self.frequency = frequency
    }

    /// The period just before this one.
    public var previous: ReportingPeriod {
        ReportingPeriod(containing: start.addingTimeInterval(-1), frequency)!
    }

    /// The period just after this one.
    public var next: ReportingPeriod {
        ReportingPeriod(containing: end, frequency)!
    }

    /// A short label for pages and exports: 2025-01-31, 2025-W05, 2025-01, 2025-Q1, 2025-H1, 2025.
    public var label: String {
        // By hand, as Timestamp does: a snapshot writes a label per obligation.
        let c = Timestamp.civil(start)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch frequency {
        case .daily: return "\(c.year)-\(two(c.month))-\(two(c.day))"
        case .weekly:
            // ISO 8601: a week belongs to the year of its Thursday and is numbered from that year's first Thursday.
            let mondayBased = (c.weekday + 6) % 7
            let thursday = Timestamp.civil(start.addingTimeInterval(TimeInterval(3 - mondayBased) * 86_400))
            let dayOfYear = Timestamp.daysFromCivil(year: thursday.year, month: thursday.month, day: thursday.day)
                - Timestamp.daysFromCivil(year: thursday.year, month: 1, day: 1)
            return "\(thursday.year)-W\(two(dayOfYear / 7 + 1))"
        case .monthly: return "\(c.year)-\(two(c.month))"
        case .quarterly: return "\(c.year)-Q\((c.month - 1) / 3 + 1)"
        case .semiannual: return "\(c.year)-H\(c.month <= 6 ? 1 : 2)"
        default: return "\(c.year)"
        }
    }
}

extension Date {
    /// Whole days from `self` to `later`, counting a started day as a day (`later` after `self`).
    func daysUntil(_ later: Date) -> Int {
        let seconds = later.timeIntervalSince(self)
        return seconds <= 0 ? 0 : Int((seconds / 86_400).rounded(.up))
    }
}
