import Foundation

/// Simple .xlsx workbooks (Office Open XML SpreadsheetML): written for exports of obligation lists and
/// monitoring snapshots, read for imports of lists kept in Excel or LibreOffice.
///
/// Only values travel: text, numbers, booleans, dates (as ISO text). Formulas are read as their cached
/// results; formatting, merged cells and charts are ignored.
public enum XLSXWorkbook {
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        /// Text in a bold font, for header rows.
        case bold(String)
    }

    public enum WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        case noSheets
        /// Excel refuses a workbook with more rows or columns than it has.
        case sheetTooLarge(sheet: String, rows: Int, columns: Int)
        /// Excel refuses a cell longer than 32,767 characters.
        case cellTooLong(sheet: String, row: Int, column: Int)
        /// An xlsx cell cannot hold NaN or infinity.
        case notFinite(sheet: String, row: Int, column: Int)
        case archive(String)

        public var description: String {
            switch self {
            case .noSheets: "a workbook needs at least one sheet"
            case .sheetTooLarge(let sheet, let rows, let columns):
                "sheet \"\(sheet)\" has \(rows) rows and \(columns) columns; a spreadsheet holds at most \(maximumRows) and \(maximumColumns)"
            case .cellTooLong(let sheet, let row, let column):
                "sheet \"\(sheet)\" cell \(cellReference(row: row, column: column)) is longer than \(maximumTextLength) characters"
            case .notFinite(let sheet, let row, let column):
                "sheet \"\(sheet)\" cell \(cellReference(row: row, column: column)) is not a finite number"
            case .archive(let reason): "the workbook could not be zipped: \(reason)"
            }
        }
    }

    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case notAZip
        /// A zip, but without the workbook part a spreadsheet has.
        case noWorkbook
        case missingSheet(index: Int, sheetCount: Int)
        /// The parts read would uncompress to more than `limit` bytes (or the sheet to too many cells).
        case tooLarge(limit: Int)
        /// A part that is not the XML it should be.
        case malformed(part: String, reason: String)

        public var description: String {
            switch self {
            case .notAZip: "the file is not an .xlsx workbook (not a zip archive)"
            case .noWorkbook: "the zip archive holds no spreadsheet workbook"
            case .missingSheet(let index, let count): "the workbook has \(count) sheet(s); sheet \(index + 1) does not exist"
            case .tooLarge(let limit): "the workbook is too large to read (more than \(limit) bytes uncompressed)"
            case .malformed(let part, let reason): "the workbook is damaged (\(part): \(reason))"
            }
        }
    }

    /// A guard against zip bombs: a tiny file may claim or inflate to gigabytes.
    public static let defaultUncompressedLimit = 200 * 1024 * 1024

    public static let maximumRows = 1_048_576
    public static let maximumColumns = 16_384
    public static let maximumTextLength = 32_767

    /// A workbook with one worksheet per entry of `sheets`, in order. Sheet names are made valid for
    /// Excel (at most 31 characters, none of []:*?/\, unique): export code passes titles as they are.
    public static func write(sheets: [(name: String, rows: [[Cell]])]) throws(WriteError) -> Data {
        try XLSXWriter(sheets: sheets).data()
    }

    /// The cells of worksheet `sheet` (0-based, in the workbook's tab order) as text. Each row is as long as
    /// its last cell that has a value; rows and cells missing in between come back empty.
    public static func read(_ data: Data, sheet: Int = 0,
                            uncompressedLimit: Int = defaultUncompressedLimit) throws(ReadError) -> [[String]] {
        var reader = try XLSXReader(data: data, uncompressedLimit: uncompressedLimit)
        return try reader.rows(ofSheet: sheet)
    }

    /// "A1"-style reference; `row` and `column` are 0-based.
    static func cellReference(row: Int, column: Int) -> String {
        var letters: [Character] = []
        var remaining = column + 1
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: 0)
            remaining = (remaining - 1) / 26
        }
        return String(letters) + String(row + 1)
    }
}
