import Foundation
import ManbaCore

/// Obligation lists as files: CSV or XLSX with a header row naming the columns of
/// `ObligationDraft.columns`, in any order. The monitoring department keeps its lists in spreadsheets,
/// so import takes what Excel and LibreOffice write, and export writes the same layout back.
public enum ObligationListFile {
    /// Column names accepted beside the codes, as people title them in Uzbek and Russian.
    static let synonyms: [String: String] = [
        "no": "number", "№": "number", "t/r": "number", "organisation": "organization", "tashkilot": "organization", "организация": "organization",
        "maʼlumotlar toʻplami": "dataset", "набор данных": "dataset", "nomi": "title", "название": "title",
        "davriyligi": "periodicity", "периодичность": "periodicity", "deadline": "deadline_days", "muddat": "deadline_days", "срок": "deadline_days",
        "ijtimoiy ahamiyatli": "socially_significant", "социально значимые": "socially_significant",
        "huquqiy asos": "legal_reference", "правовое основание": "legal_reference", "boshlanish sanasi": "starts_on", "действует с": "starts_on",
    ]

    public static func drafts(from data: Data) throws -> [ObligationDraft] {
        let rows: [[String]]
        do {
            // XLSX files are ZIP archives, which start with "PK".
            rows = data.starts(with: [0x50, 0x4B]) ? try XLSXWorkbook.read(data) : try CSVTable.parse(data)
        } catch {
            throw ManbaError.validation(["file": ["The file could not be read: \(error)"]])
        }
        let nonEmpty = rows.enumerated().filter { !$0.element.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard let header = nonEmpty.first?.element else { throw ManbaError.validation(["file": ["The file is empty"]]) }
        var position: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            let column = ObligationDraft.columns.contains(key) ? key : synonyms[key]
            if let column, position[column] == nil { position[column] = index }
        }
        let missing = ["organization", "title", "periodicity", "deadline_days"].filter { position[$0] == nil }
        guard missing.isEmpty else {
            throw ManbaError.validation(["file": ["The header row lacks the column(s) \(missing.joined(separator: ", ")); expected \(ObligationDraft.columns.joined(separator: ", "))"]])
        }
        return nonEmpty.dropFirst().map { _, row in
            func cell(_ column: String) -> String {
                guard let i = position[column], i < row.count else { return "" }
                return row[i].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return ObligationDraft(number: cell("number"), organisation: cell("organization"), dataset: cell("dataset"), title: cell("title"),
                                   periodicity: cell("periodicity"), deadline: cell("deadline_days"),
                                   sociallySignificant: cell("socially_significant"), legalReference: cell("legal_reference"),
                                   startsOn: cell("starts_on"))
        }
    }

    public static func csv(_ drafts: [ObligationDraft]) -> Data {
        CSVTable.write([ObligationDraft.columns] + drafts.map(\.row))
    }

    public static func xlsx(_ drafts: [ObligationDraft], sheetName: String) throws -> Data {
        let header = ObligationDraft.columns.map(XLSXWorkbook.Cell.bold)
        let rows = drafts.map { d in d.row.enumerated().map { i, value -> XLSXWorkbook.Cell in
            // Numbers stay numbers, so the spreadsheet can sort and sum them.
            if i == 0 || i == 5, let n = Double(value) { return .number(n) }
            return .text(value)
        } }
        return try XLSXWorkbook.write(sheets: [(name: sheetName, rows: [header] + rows)])
    }
}

extension ObligationStore {
    /// Replaces a draft's items with those of a CSV or XLSX file; nothing is stored if any row is wrong.
    public func importFile(_ data: Data, into listID: String, by principal: Principal) async throws -> [Obligation] {
        try await access.requireMonitoringStaff(principal)
        return try await replaceItems(in: listID, with: try ObligationListFile.drafts(from: data), by: principal)
    }
}
