import Foundation

/// Times are kept in UTC and written as CKAN writes them: ISO 8601 with microseconds and no zone.
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        let seconds = floor(date.timeIntervalSince1970)
        let micros = Int((date.timeIntervalSince1970 - seconds) * 1_000_000)
        let c = civil(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d", c.year, c.month, c.day, c.hour, c.minute, c.second, micros)
    }

    /// The calendar fields of a moment in UTC, computed by hand (H. Hinnant's civil_from_days).
    /// Why not DateFormatter: on Linux, formatters created on several threads at once have crashed the
    /// process inside ICU's locale code (seen in this project's tests), and pages format many times.
    public static func civil(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        let total = Int(floor(date.timeIntervalSince1970))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // 1970-01-01 was a Thursday; weekday 0 is Sunday.
        let weekday = ((days % 7) + 11) % 7
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60, weekday)
    }

    /// Reads what `string(_:)` writes and the shorter forms clients send (date only, no fraction, a `Z`).
    /// Parsed by hand rather than through Calendar: the monitoring reads hundreds of thousands of
    /// update times per run, and Calendar's date arithmetic costs microseconds each.
    public static func parse(_ text: String) -> Date? {
        var t = Substring(text.trimmingCharacters(in: .whitespaces))
        if t.hasSuffix("Z") { t.removeLast() }
        let parts = t.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        guard let datePart = parts.first else { return nil }
        let d = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard d.count == 3, d[0].count == 4, let year = Int(d[0]), let month = Int(d[1]), let day = Int(d[2]) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        if parts.count == 2 {
            let timeAndFraction = parts[1].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let hms = timeAndFraction[0].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard hms.count == 2 || hms.count == 3, !hms.contains(nil) else { return nil }
            hour = hms[0]!; minute = hms[1]!; second = hms.count > 2 ? hms[2]! : 0
            if timeAndFraction.count == 2 {
                guard let f = Double("0." + timeAndFraction[1]) else { return nil }
                fraction = f
            }
        }
        // A date that does not exist (2024-13-45, 2023-02-29) is an error, not rolled over.
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let seconds = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension Calendar {
    public static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
