import Foundation

/// CSV (RFC 4180) as spreadsheets write it, for importing and exporting obligation lists and monitoring
/// snapshots.
///
/// Our own codec rather than a CSV package, because imports are reported row by row: every record and
/// every error carries the line it starts on (a quoted field may span lines, so record N is not line N).
/// And the files come from Excel in ru/uz locales, which separates fields with ";" and, in older
/// versions, saves in Windows-1251; the reader detects both.
public enum CSVTable {
    /// Larger files are refused before anything is decoded: 50 MB is far beyond any obligation list.
    public static let defaultSizeLimit = 50 * 1024 * 1024

    /// One record and the 1-based line it starts on.
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            /// Neither UTF-8 nor Windows-1251 text.
            case notText
            case unterminatedQuotedField
            case quoteInUnquotedField
            case textAfterClosingQuote
            case tooLarge(limit: Int)
        }

        public let reason: Reason
        /// The 1-based line of the problem; nil when it concerns the file as a whole (its size).
        public let line: Int?
        /// A sentence for the person who made the file, without the line number.
        public let message: String

        public var description: String {
            guard let line else { return message }
            return "line \(line): \(message)"
        }
    }

    /// The rows of `data`. A blank line is a row with one empty field, as RFC 4180 has it.
    public static func parse(_ data: Data, sizeLimit: Int = defaultSizeLimit) throws(ParseError) -> [[String]] {
        try records(data, sizeLimit: sizeLimit).map(\.fields)
    }

    /// The rows of `data` with the line each starts on, for import reports.
    public static func records(_ data: Data, sizeLimit: Int = defaultSizeLimit) throws(ParseError) -> [Record] {
        guard data.count <= sizeLimit else {
            throw ParseError(reason: .tooLarge(limit: sizeLimit), line: nil,
                             message: "the file is \(data.count) bytes; at most \(sizeLimit) bytes are accepted")
        }
        var parser = CSVRecordParser(utf8: try CSVRecordParser.decode(data))
        return try parser.records()
    }

    /// `rows` as UTF-8 CSV with a byte order mark (without one, Excel reads UTF-8 as the locale's code page
    /// and shows Cyrillic as mojibake), CRLF line ends, and quotes only where a field needs them.
    public static func write(_ rows: [[String]]) -> Data {
        var output = "\u{FEFF}"
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { output += "," }
                appendField(field, to: &output)
            }
            output += "\r\n"
        }
        return Data(output.utf8)
    }

    private static func appendField(_ field: String, to output: inout String) {
        let value = neutralisingFormula(field)
        // ";" too: Excel in ru/uz locales splits on it when opening the file.
        let needsQuotes = value.utf8.contains { byte in
            byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
        }
        guard needsQuotes else {
            output += value
            return
        }
        output += "\""
        output += value.replacingOccurrences(of: "\"", with: "\"\"")
        output += "\""
    }

    /// A cell that starts with = + - @ (or tab or carriage return, which Excel skips before them) is run
    /// as a formula when the file is opened in a spreadsheet, so a dataset title like `=HYPERLINK(...)`
    /// typed by anyone would act on the machine of the staff member who opens the export (CSV injection,
    /// OWASP). A leading apostrophe makes the spreadsheet show it as text. Plain numbers such as -5 or
    /// -3.2 are left alone: they are no formula, and an apostrophe would turn them into text.
    static func neutralisingFormula(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
              !isSignedNumber(field) else { return field }
        return "'" + field
    }

    /// `-5`, `+7`, `-3.2`, `-3,2` (the decimal comma of ru/uz locales).
    private static func isSignedNumber(_ field: String) -> Bool {
        guard let sign = field.utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return false }
        var bytes = field.utf8.dropFirst()[...]
        let integer = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !integer.isEmpty else { return false }
        bytes = bytes.dropFirst(integer.count)
        guard let separator = bytes.first else { return true }
        guard separator == UInt8(ascii: ".") || separator == UInt8(ascii: ",") else { return false }
        let fraction = bytes.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
