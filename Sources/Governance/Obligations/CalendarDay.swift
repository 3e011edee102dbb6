import Foundation
import ManbaCore

/// Dates without a time, as lists and approving documents write them: 2021-04-02 or 02.04.2021.
public enum CalendarDay {
    public static func parse(_ text: String) -> Date? {
        // The stored form first, without trimming or splitting: a monitoring run reads one per obligation.
        if text.utf8.count == 10, let date = Timestamp.parse(text) { return date }
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.utf8.count == 10 else { return nil }
        let dotted = t.split(separator: ".").compactMap { Int($0) }
        if dotted.count == 3 {
            return Timestamp.parse(String(format: "%04d-%02d-%02d", dotted[2], dotted[1], dotted[0]))
        }
        return Timestamp.parse(t)
    }

    public static func string(_ date: Date) -> String { String(Timestamp.string(date).prefix(10)) }

    /// The last day allowed by a deadline kept as its first late instant (midnight after the last day).
    public static func lastDay(before deadline: Date) -> String { string(deadline.addingTimeInterval(-1)) }

    /// Today, at midnight UTC, on the given clock.
    public static func today(_ clock: any ManbaClock) -> Date { Timestamp.startOfDay(clock.now()) }
}
