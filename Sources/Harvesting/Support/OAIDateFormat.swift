import Foundation
import ManbaCore

/// OAI-PMH's UTCdatetime (§3.3): `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`, always UTC.
///
/// Written by hand rather than with `ISO8601DateFormatter`: requests must be checked strictly (the
/// formatter accepts forms the protocol does not), the calendar arithmetic is a few lines, and a value
/// type with no shared formatter has nothing to lock.
public enum OAIDateFormat {
    /// `date` at `granularity`, truncated (never rounded) so that a datestamp is never later than the
    /// change it records.
    public static func string(from date: Date, granularity: OAIGranularity) -> String {
        let seconds = Int64(floor(date.timeIntervalSince1970))
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let (year, month, day) = Timestamp.civilDate(daysSince1970: Int(days))
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if granularity == .seconds {
            let hour = secondOfDay / 3600, minute = secondOfDay % 3600 / 60, second = secondOfDay % 60
            text += "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) + "Z"
        }
        return text
    }

    /// Parses exactly `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ` with valid calendar values; `nil` for
    /// anything else (other offsets, fractions, missing `Z`, 2023-02-29).
    public static func parse(_ text: String) -> OAIDateValue? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || bytes.count == 20 else { return nil }
        guard let date = parseDatePart(bytes) else { return nil }
        if bytes.count == 10 {
            return OAIDateValue(date: date, granularity: .day)
        }
        guard bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
              let seconds = parseTimePart(bytes[11..<19]) else { return nil }
        return OAIDateValue(date: date.addingTimeInterval(TimeInterval(seconds)), granularity: .seconds)
    }

    /// What a harvester accepts in a datestamp: the two protocol forms, and the near misses real
    /// repositories send (fractions of a second, a numeric offset instead of `Z`).
    public static func parseLenient(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let value = parse(trimmed) { return value.date }
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 19, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let day = parseDatePart(bytes[0..<10]), let seconds = parseTimePart(bytes[11..<19]) else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index == bytes.count {
            offset = 0 // no designator: the protocol says UTC throughout
        } else if bytes[index] == UInt8(ascii: "Z"), index + 1 == bytes.count {
            offset = 0
        } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            let rest = Array(bytes[(index + 1)...]).filter { $0 != UInt8(ascii: ":") }
            guard rest.count == 4, let hours = number(rest[0..<2]), let minutes = number(rest[2..<4]),
                  hours < 24, minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            return nil
        }
        return day.addingTimeInterval(TimeInterval(seconds - offset) + fraction)
    }

    // MARK: - Parts

    private static func parseDatePart(_ bytes: some Collection<UInt8>) -> Date? {
        let bytes = Array(bytes)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
              year >= 1, (1...12).contains(month), day >= 1, day <= Timestamp.daysIn(month: month, year: year) else { return nil }
        let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days) * 86_400)
    }

    /// `hh:mm:ss` as seconds into the day.
    private static func parseTimePart(_ bytes: some Collection<UInt8>) -> Int? {
        let bytes = Array(bytes)
        guard bytes.count == 8, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":"),
              let hour = number(bytes[0..<2]), let minute = number(bytes[3..<5]), let second = number(bytes[6..<8]),
              hour < 24, minute < 60, second < 60 else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard let digit = digitValue(byte) else { return nil }
            value = value * 10 + digit
        }
        return bytes.isEmpty ? nil : value
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func pad(_ value: some BinaryInteger, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: - Proleptic Gregorian calendar arithmetic (days since 1970-01-01)

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
        return (quotient, value - quotient * divisor)
    }
}

/// A `from` or `until` as the harvester wrote it: the instant it starts at, and how fine it was.
public struct OAIDateValue: Sendable, Hashable {
    public var date: Date
    public var granularity: OAIGranularity

    public init(date: Date, granularity: OAIGranularity) {
        self.date = date
        self.granularity = granularity
    }

    /// The first instant the value no longer covers: the next day, or the next second. An inclusive
    /// `until` becomes this exclusive bound.
    public var end: Date {
        date.addingTimeInterval(granularity == .day ? 86_400 : 1)
    }
}
