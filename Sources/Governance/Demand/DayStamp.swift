import Foundation
import ManbaCore

/// The UTC day (yyyy-MM-dd) a count belongs to, remembered with its bounds: counters ask for the day on
/// every download and API read, and formatting a date each time would cost more than the count itself.
/// Days are UTC, as every stored time is; a report for Tashkent's day is five hours off at its edges.
struct DayStamp: Sendable {
    private var start = Date.distantPast
    private var end = Date.distantPast
    private var text = ""

    mutating func day(of date: Date) -> String {
        if date >= start && date < end { return text }
        start = Calendar.utc.startOfDay(for: date)
        end = start.addingTimeInterval(86_400)
        text = CalendarDay.string(start)
        return text
    }

    /// The first and last day of the `days` days that end today, both included.
    static func window(days: Int, endingOn today: Date) -> (from: String, to: String) {
        let first = Calendar.utc.date(byAdding: .day, value: -(max(days, 1) - 1), to: Calendar.utc.startOfDay(for: today))!
        return (CalendarDay.string(first), CalendarDay.string(today))
    }
}
