import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet's `<sheetData>` as rows of text. Cells and rows are placed by their references
/// (`<row r="7">`, `<c r="C7">`), since writers leave empty ones out; one without a reference follows
/// the one before, as the specification allows.
final class XLSXSheetHandler: XLSXPartHandler {
    private(set) var rows: [[String]] = []
    private(set) var failure: XLSXWorkbook.ReadError?

    private let part: String
    private let sharedStrings: [String]
    private let styles: XLSXStylesPart?
    private let uses1904Dates: Bool
    /// Cells held, counting the empty ones that fill gaps: `<c r="XFD1048576">` is a few bytes of XML
    /// but millions of strings, so memory is bounded here, not only by the XML read.
    private var cellBudget: Int
    private let limit: Int

    private var rowIndex = -1
    private var row: [String] = []
    private var inSheetData = false
    private var inRow = false
    private var column = -1
    private var type = ""
    private var style = 0
    private var value = ""
    private var inlineText = ""
    private var collecting: Collecting = .nothing
    private var phoneticDepth = 0

    private enum Collecting { case nothing, value, inlineText }

    init(part: String, sharedStrings: [String], styles: XLSXStylesPart?, uses1904Dates: Bool, cellLimit: Int, limit: Int) {
        self.part = part
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904Dates = uses1904Dates
        self.cellBudget = cellLimit
        self.limit = limit
    }

    func start(_ element: Substring, attributes: [String: String], parser: XMLParser) {
        // Only cells count: other parts of a worksheet (extension lists, validations) reuse some names.
        guard inSheetData else {
            if element == "sheetData" { inSheetData = true }
            return
        }
        switch element {
        case "row":
            startRow(reference: attributes["r"], parser)
        case "c":
            startCell(attributes, parser)
        case "v":
            collecting = .value
        case "rPh":
            phoneticDepth += 1
        case "t" where type == "inlineStr" && phoneticDepth == 0:
            collecting = .inlineText
        default:
            break
        }
    }

    func end(_ element: Substring, parser: XMLParser) {
        guard inSheetData else { return }
        switch element {
        case "sheetData": inSheetData = false
        case "row": endRow(parser)
        case "c": endCell(parser)
        case "v", "t": collecting = .nothing
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func characters(_ text: String) {
        switch collecting {
        case .nothing: break
        case .value: value += text
        case .inlineText: inlineText += text
        }
    }

    private func startRow(reference: String?, _ parser: XMLParser) {
        let index = reference.flatMap { Int($0) }.map { $0 - 1 } ?? rowIndex + 1
        guard (0..<XLSXWorkbook.maximumRows).contains(index) else {
            return fail(.malformed(part: part, reason: "row number \(reference ?? "") is out of range"), parser)
        }
        rowIndex = index
        row = []
        inRow = true
        column = -1
    }

    private func endRow(_ parser: XMLParser) {
        inRow = false
        guard !row.isEmpty else { return }
        guard spend(max(0, rowIndex + 1 - rows.count), parser) else { return }
        while rows.count <= rowIndex { rows.append([]) }
        rows[rowIndex] = row
    }

    private func startCell(_ attributes: [String: String], _ parser: XMLParser) {
        if !inRow { startRow(reference: nil, parser) }
        if let reference = attributes["r"] {
            guard let index = Self.columnIndex(of: reference) else {
                return fail(.malformed(part: part, reason: "cell reference \"\(reference)\" is not valid"), parser)
            }
            column = index
        } else {
            column += 1
        }
        type = attributes["t"] ?? "n"
        style = attributes["s"].flatMap { Int($0) } ?? 0
        value = ""
        inlineText = ""
    }

    private func endCell(_ parser: XMLParser) {
        guard let text = cellText(parser), !text.isEmpty else { return }
        if column >= row.count {
            guard spend(column + 1 - row.count, parser) else { return }
            row.append(contentsOf: repeatElement("", count: column - row.count))
            row.append(text)
        } else {
            row[column] = text
        }
    }

    private func cellText(_ parser: XMLParser) -> String? {
        switch type {
        case "s":
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                fail(.malformed(part: part, reason: "cell \(XLSXWorkbook.cellReference(row: rowIndex, column: column)) refers to a missing shared string"), parser)
                return nil
            }
            return sharedStrings[index]
        case "inlineStr":
            return XLSXPartParser.unescapingExcelCodes(inlineText)
        case "b":
            return value.isEmpty ? "" : (value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE")
        case "n":
            guard let number = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
            let format = styles?.format(ofStyle: style) ?? .general
            return format.text(for: number, uses1904Dates: uses1904Dates)
        default:
            // "str" (a formula's text result), "e" (an error such as #DIV/0!), "d" (an ISO date).
            return XLSXPartParser.unescapingExcelCodes(value)
        }
    }

    private func spend(_ cells: Int, _ parser: XMLParser) -> Bool {
        cellBudget -= cells
        guard cellBudget >= 0 else {
            fail(.tooLarge(limit: limit), parser)
            return false
        }
        return true
    }

    private func fail(_ error: XLSXWorkbook.ReadError, _ parser: XMLParser) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }

    /// The 0-based column of "C7" (2), up to XFD, Excel's last column.
    static func columnIndex(of reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z": index = index * 26 + Int(scalar.value - 64)
            case "a"..."z": index = index * 26 + Int(scalar.value - 96)
            case "$" where letters == 0: continue
            default:
                guard letters > 0 else { return nil }
                return index <= XLSXWorkbook.maximumColumns ? index - 1 : nil
            }
            letters += 1
            if letters > 3 { return nil }
        }
        guard letters > 0, index <= XLSXWorkbook.maximumColumns else { return nil }
        return index - 1
    }
}
