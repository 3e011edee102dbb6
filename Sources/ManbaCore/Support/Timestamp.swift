import Foundation

/// Times are kept in UTC and written as CKAN writes them: ISO 8601 with microseconds and no zone.
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        // Rounded to the microsecond, not truncated: 0.000001 is held as 0.00000099999… in a Double.
        let total = Int((date.timeIntervalSince1970 * 1_000_000).rounded())
        let micros = ((total % 1_000_000) + 1_000_000) % 1_000_000
        let c = civil(Date(timeIntervalSince1970: Double((total - micros) / 1_000_000)))
        // Written digit by digit: String(format:) costs microseconds a call, and a monitoring run writes
        // a hundred thousand of these.
        return String(unsafeUninitializedCapacity: 26) { buffer in
            var i = 0
            func put(_ value: Int, _ width: Int) {
                var v = value, p = i + width - 1
                while p >= i { buffer[p] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; p -= 1 }
                i += width
            }
            func put(_ separator: Character) { buffer[i] = separator.asciiValue!; i += 1 }
            put(max(0, min(c.year, 9999)), 4); put("-"); put(c.month, 2); put("-"); put(c.day, 2); put("T")
            put(c.hour, 2); put(":"); put(c.minute, 2); put(":"); put(c.second, 2); put("."); put(micros, 6)
            return i
        }
    }

    /// Midnight UTC at the start of the moment's day, by arithmetic: Calendar's startOfDay costs a
    /// few microseconds, and the monitoring asks for it several times per obligation.
    public static func startOfDay(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }

    /// The calendar fields of a moment in UTC, computed by hand (H. Hinnant's civil_from_days).
    /// Why not DateFormatter: on Linux, formatters created on several threads at once have crashed the
    /// process inside ICU's locale code (seen in this project's tests), and pages format many times.
    public static func civil(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        let total = Int(floor(date.timeIntervalSince1970))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        // 1970-01-01 was a Thursday; weekday 0 is Sunday.
        let weekday = ((days % 7) + 11) % 7
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60, weekday)
    }

    /// Reads what `string(_:)` writes and the shorter forms clients send (date only, no fraction, a `Z`).
    /// Parsed by hand rather than through Calendar: the monitoring reads hundreds of thousands of
    /// update times per run, and Calendar's date arithmetic costs microseconds each.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The same over bytes, without building substrings: one pass, digits read in place.
    static func parse(utf8 all: UnsafeBufferPointer<UInt8>) -> Date? {
        var start = all.startIndex, end = all.endIndex
        while start < end, all[start] == UInt8(ascii: " ") || all[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, all[end - 1] == UInt8(ascii: " ") || all[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        if end > start, all[end - 1] == UInt8(ascii: "Z") { end -= 1 }
        var i = start
        /// `width` digits at the cursor (from `least` on, for the 2024-1-5 some clients write).
        func number(_ width: Int, least: Int? = nil) -> Int? {
            var value = 0, count = 0
            while count < width, i < end, (48...57).contains(all[i]) { value = value * 10 + Int(all[i] - 48); i += 1; count += 1 }
            return count >= (least ?? width) ? value : nil
        }
        func skip(_ separator: Character) -> Bool {
            guard i < end, all[i] == separator.asciiValue! else { return false }
            i += 1; return true
        }
        guard let year = number(4), skip("-"), let month = number(2, least: 1), skip("-"), let day = number(2, least: 1) else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction = 0.0
        if i < end {
            guard skip("T"), let h = number(2, least: 1), skip(":"), let m = number(2, least: 1) else { return nil }
            hour = h; minute = m
            if skip(":") { guard let s = number(2, least: 1) else { return nil }; second = s }
            if skip(".") {
                // Digits as one integer over a power of ten: the same correctly rounded value as reading "0.123456".
                var digits = 0, scale = 1.0
                let digitsStart = i
                while i < end, (48...57).contains(all[i]) {
                    if i - digitsStart < 15 { digits = digits * 10 + Int(all[i] - 48); scale *= 10 }
                    i += 1
                }
                guard i > digitsStart else { return nil }
                fraction = Double(digits) / scale
            }
            guard i == end else { return nil }
        }
        // A date that does not exist (2024-13-45, 2023-02-29) is an error, not rolled over.
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let seconds = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// The calendar day of a count of days since 1970-01-01, proleptic Gregorian (H. Hinnant's civil_from_days).
    /// The one copy of this arithmetic: timestamps, spreadsheet serial dates and OAI-PMH datestamps use it.
    public static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
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
