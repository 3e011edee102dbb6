import Foundation

/// Times are kept in UTC and written as CKAN writes them: ISO 8601 with microseconds and no zone.
public enum Timestamp {
    public static func string(_ date: Date) -> String {
        let seconds = floor(date.timeIntervalSince1970)
        let micros = Int((date.timeIntervalSince1970 - seconds) * 1_000_000)
        let c = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!, micros)
    }

    /// Reads what `string(_:)` writes and the shorter forms clients send (date only, no fraction, a `Z`).
    public static func parse(_ text: String) -> Date? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("Z") { t.removeLast() }
        let parts = t.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return nil }
        let d = datePart.split(separator: "-").compactMap { Int($0) }
        guard d.count == 3 else { return nil }
        var comps = DateComponents(year: d[0], month: d[1], day: d[2], hour: 0, minute: 0, second: 0)
        var fraction = 0.0
        if parts.count == 2 {
            let timeAndFraction = parts[1].split(separator: ".", maxSplits: 1)
            let hms = timeAndFraction[0].split(separator: ":").compactMap { Int($0) }
            guard hms.count >= 2 else { return nil }
            comps.hour = hms[0]; comps.minute = hms[1]; comps.second = hms.count > 2 ? hms[2] : 0
            if timeAndFraction.count == 2 { fraction = Double("0." + timeAndFraction[1]) ?? 0 }
        }
        // Calendar would roll 2024-13-45 over into 2025; a date that does not exist is an error instead.
        guard (1...12).contains(comps.month!), (1...31).contains(comps.day!), (0...23).contains(comps.hour!),
              (0...59).contains(comps.minute!), (0...60).contains(comps.second!),
              let date = Calendar.utc.date(from: comps),
              Calendar.utc.component(.day, from: date) == comps.day else { return nil }
        return date.addingTimeInterval(fraction)
    }
}

extension Calendar {
    public static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
