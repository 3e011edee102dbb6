import ManbaCore

private typealias P = DemoPhrase

/// A table before it is written out in one language.
struct DemoTable {
    enum ValueType {
        case text, integer, decimal, date, coordinate

        var phrase: DemoPhrase {
            switch self {
            case .text: return P("matn", "текст", "text")
            case .integer: return P("butun son", "целое число", "integer")
            case .decimal: return P("kasr son", "дробное число", "decimal")
            case .date: return P("sana (YYYY-MM-DD)", "дата (ГГГГ-ММ-ДД)", "date (YYYY-MM-DD)")
            case .coordinate: return P("koordinata (WGS 84)", "координата (WGS 84)", "coordinate (WGS 84)")
            }
        }
    }

    struct Column {
        let header: DemoPhrase
        let type: ValueType
        let unit: DemoPhrase?

        init(_ header: DemoPhrase, _ type: ValueType = .text, unit: DemoPhrase? = nil) {
            self.header = header
            self.type = type
            self.unit = unit
        }
    }

    enum Cell {
        case text(DemoPhrase)
        case int(Int)
        /// A fixed-point number: `value` in units of 10^-places.
        case decimal(Int, places: Int)
        /// Written the same in every language (dates, codes, phone numbers).
        case raw(String)
        case empty
    }

    var columns: [Column]
    var rows: [[Cell]]

    /// The table as CSV in `language`: header row, then data rows; RFC 4180 quoting.
    func csv(_ language: Language) -> String {
        var out = ""
        out.reserveCapacity(64 * (rows.count + 1) * max(1, columns.count / 2))
        out += columns.map { column -> String in
            let header = column.header.text(language)
            guard let unit = column.unit else { return DemoCSV.field(header) }
            return DemoCSV.field("\(header) (\(unit.text(language)))")
        }.joined(separator: ",")
        out += "\n"
        // Text cells repeat (areas, kinds, statuses); transliterate each once.
        var rendered: [String: String] = [:]
        for row in rows {
            var first = true
            for cell in row {
                if !first { out += "," }
                first = false
                if case .text(let phrase) = cell, language == .uzCyrl {
                    if let done = rendered[phrase.uz] {
                        out += done
                    } else {
                        let done = DemoCSV.field(phrase.text(language))
                        rendered[phrase.uz] = done
                        out += done
                    }
                } else {
                    out += DemoCSV.field(Self.render(cell, language))
                }
            }
            out += "\n"
        }
        return out
    }

    private static func render(_ cell: Cell, _ language: Language) -> String {
        switch cell {
        case .text(let phrase): return phrase.text(language)
        case .int(let value): return String(value)
        case .decimal(let value, let places): return DemoNumbers.fixed(value, places: places)
        case .raw(let text): return text
        case .empty: return ""
        }
    }

    /// A second table describing this one's columns: name, type, unit.
    var dictionary: DemoTable {
        DemoTable(
            columns: [
                Column(P("Ustun", "Столбец", "Column")),
                Column(P("Maʼlumot turi", "Тип данных", "Data type")),
                Column(P("Oʻlchov birligi", "Единица измерения", "Unit")),
            ],
            rows: columns.map { [.text($0.header), .text($0.type.phrase), $0.unit.map(Cell.text) ?? .empty] })
    }
}

enum DemoCSV {
    /// One field, quoted when it holds a comma, a quote, or a line break.
    static func field(_ text: String) -> String {
        var needsQuotes = false
        for scalar in text.unicodeScalars where scalar == "," || scalar == "\"" || scalar == "\n" || scalar == "\r" {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

enum DemoNumbers {
    private static let powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000]

    /// `value` × 10^-places with exactly `places` digits after the point.
    static func fixed(_ value: Int, places: Int) -> String {
        guard places > 0 else { return String(value) }
        let p = powers[places]
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let fraction = String(magnitude % p)
        return sign + String(magnitude / p) + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// Degrees as a 6-place fixed-point integer.
    static func micro(_ degrees: Double) -> Int { Int((degrees * 1_000_000).rounded()) }
}
