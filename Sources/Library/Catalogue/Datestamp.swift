import Foundation

/// UTC times to the second as OAI-PMH writes them (2025-02-04T10:00:00Z); they sort as text.
public enum Datestamp {
    public static func string(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Reads `YYYY-MM-DDThh:mm:ssZ` by hand: OAI-PMH lists parse one per record, and a date formatter
    /// made per call cost more than the rest of a ListRecords page.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range { guard (0x30...0x39).contains(b[i]) else { return nil }; value = value * 10 + Int(b[i] - 0x30) }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), let h = number(11..<13), let mi = number(14..<16),
              let s = number(17..<19), (1...12).contains(m), (1...31).contains(d), h < 24, mi < 60, s < 61 else { return nil }
        // Days from 1970-01-01 to the civil date (Howard Hinnant's algorithm), valid for the Gregorian calendar.
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Date(timeIntervalSince1970: Double(days * 86_400 + h * 3_600 + mi * 60 + s))
    }
}
