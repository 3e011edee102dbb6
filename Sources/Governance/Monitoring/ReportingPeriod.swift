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
        let calendar = Calendar.utc
        let day = calendar.startOfDay(for: date)
        let c = calendar.dateComponents([.year, .month], from: day)
        let year = c.year!, month = c.month!
        func first(_ y: Int, _ m: Int) -> Date { calendar.date(from: DateComponents(year: y, month: m, day: 1))! }
        switch frequency {
        case .daily:
            start = day
            end = calendar.date(byAdding: .day, value: 1, to: day)!
        case .weekly:
            // ISO weeks start on Monday; Calendar's weekday is 1 for Sunday.
            let weekday = calendar.component(.weekday, from: day)
            start = calendar.date(byAdding: .day, value: -((weekday + 5) % 7), to: day)!
            end = calendar.date(byAdding: .day, value: 7, to: start)!
        case .monthly:
            start = first(year, month)
            end = calendar.date(byAdding: .month, value: 1, to: start)!
        case .quarterly:
            start = first(year, (month - 1) / 3 * 3 + 1)
            end = calendar.date(byAdding: .month, value: 3, to: start)!
        case .semiannual:
            start = first(year, month <= 6 ? 1 : 7)
            end = calendar.date(byAdding: .month, value: 6, to: start)!
        case .annual:
            start = first(year, 1)
            end = first(year + 1, 1)
        case .irregular, .onChange:
            return nil
        }
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
        let calendar = Calendar.utc
        let c = calendar.dateComponents([.year, .month, .day], from: start)
        switch frequency {
        case .daily: return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
        case .weekly:
            let iso = Calendar(identifier: .iso8601)
            var utc = iso; utc.timeZone = TimeZone(identifier: "UTC")!
            let w = utc.dateComponents([.yearForWeekOfYear, .weekOfYear], from: start)
            return String(format: "%04d-W%02d", w.yearForWeekOfYear!, w.weekOfYear!)
        case .monthly: return String(format: "%04d-%02d", c.year!, c.month!)
        case .quarterly: return "\(c.year!)-Q\((c.month! - 1) / 3 + 1)"
        case .semiannual: return "\(c.year!)-H\(c.month! <= 6 ? 1 : 2)"
        default: return "\(c.year!)"
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
