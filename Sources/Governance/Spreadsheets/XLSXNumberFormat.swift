import ManbaCore

/// How a numeric cell is shown, as far as the reader cares: a spreadsheet stores a date as a day count
/// ("2 Apr 2021" is 44288) and only its number format says it is a date. An import of an approved list
/// needs "2021-04-02", not 44288.
enum XLSXNumberFormat: Equatable {
    case general
    case date
    case time
    case dateTime

    init(id: Int, code: String?) {
        if let code {
            self = Self.classify(code)
            return
        }
        switch id {
        case 14...17, 27...31, 36, 50...58: self = .date
        case 18...21, 32...35, 45...47: self = .time
        case 22: self = .dateTime
        default: self = .general
        }
    }

    /// Looks at the first section of a custom code with quoted text, escaped characters and bracketed
    /// parts (colours, locales) removed: y or d means a date, h or s a time, an m on its own a month
    /// (`mmm yyyy`). Elapsed time (`[h]:mm`) is a duration, not a moment, and stays a number.
    private static func classify(_ code: String) -> XLSXNumberFormat {
        var letters = Set<Character>()
        var quoted = false, escaped = false
        var bracket: String?
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            if var content = bracket {
                if character == "]" {
                    if !content.isEmpty, content.allSatisfy({ "hms".contains($0) }) { return .general }
                    bracket = nil
                } else {
                    content.append(character)
                    bracket = content
                }
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracket = ""
            case ";" where !quoted: return classify(letters)
            default: if !quoted { letters.insert(character) }
            }
        }
        return classify(letters)
    }

    private static func classify(_ letters: Set<Character>) -> XLSXNumberFormat {
        let hasDate = letters.contains("y") || letters.contains("d")
        let hasTime = letters.contains("h") || letters.contains("s")
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        case (false, false): return letters.contains("m") ? .date : .general
        }
    }

    /// `value` as text: ISO 8601 dates (`2021-04-02`, `2021-04-02 13:45:00`, `13:45:00`), whole numbers
    /// without ".0", other numbers in the shortest form that reads back the same.
    func text(for value: Double, uses1904Dates: Bool) -> String {
        guard self != .general, value >= 0, value < Self.firstSerialAfterYear9999 else {
            return XLSXWriter.formatted(value)
        }
        var day = Int(value.rounded(.down))
        var seconds = Int(((value - Double(day)) * 86_400).rounded())
        if seconds == 86_400 { day += 1; seconds = 0 }
        let time = Self.twoDigits(seconds / 3600) + ":" + Self.twoDigits(seconds / 60 % 60) + ":" + Self.twoDigits(seconds % 60)
        switch self {
        case .time: return time
        case .date: return Self.isoDate(serial: day, uses1904Dates: uses1904Dates)
        default: return Self.isoDate(serial: day, uses1904Dates: uses1904Dates) + " " + time
        }
    }

    private static let firstSerialAfterYear9999 = 2_958_466.0

    /// Days since 1970-01-01 of a serial day. In the 1900 system, day 1 is 1900-01-01 and day 60 the
    /// 29 February 1900 that never was (kept from Lotus 1-2-3), so from day 61 on one day less is counted.
    private static func isoDate(serial: Int, uses1904Dates: Bool) -> String {
        let daysSince1970 = uses1904Dates ? serial - 24_107 : serial - (serial >= 61 ? 25_569 : 25_568)
        let (year, month, day) = Timestamp.civilDate(daysSince1970: daysSince1970)
        return String(year) + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
