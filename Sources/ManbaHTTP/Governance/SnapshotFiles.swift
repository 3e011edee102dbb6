import Foundation
import Governance
import Hummingbird
import ManbaCore

/// A snapshot as a CSV or XLSX file, headed with the letter it was sent with.
enum SnapshotFiles {
    static func make(_ snapshot: MonitoringSnapshot, export: SnapshotExport?, format: String, services: Services, page: PageContext) async throws -> Response {
        guard export == nil || export?.snapshotID == snapshot.id else { throw ManbaError.notFound("Export not found") }
        let names = try await MonitoringViews.organisationNames(services, page).mapValues(\.title)
        let results = try await services.governance.monitoring.organisationResults(snapshot.id)
        let headings = MonitoringViews.headings(page)
        let letter = SnapshotTable.letter(snapshot, export: export, headings)
        let rows = SnapshotTable.rows(results, names: names)
        let base = "monitoring-\(snapshot.asOf)\(export.map { "-\($0.letterNumber.filter { $0.isLetter || $0.isNumber })" } ?? "")"
        let data: Data, type: String, fileName: String
        switch format {
        case "xlsx":
            let cells: [[XLSXWorkbook.Cell]] = letter.map { [.bold($0.0), .text($0.1)] } + [[]]
                + [SnapshotTable.header(headings).map(XLSXWorkbook.Cell.bold)]
                + rows.map { $0.map { v in if case .number(let n) = v { return .number(n) } else { return .text(v.text) } } }
            do { data = try XLSXWorkbook.write(sheets: [(name: snapshot.asOf, rows: cells)]) } catch {
                throw ManbaError.badRequest("The spreadsheet could not be written: \(error)")
            }
            type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"; fileName = base + ".xlsx"
        case "csv":
            data = CSVTable.write(letter.map { [$0.0, $0.1] } + [[]] + [SnapshotTable.header(headings)] + rows.map { $0.map(\.text) })
            type = "text/csv; charset=utf-8"; fileName = base + ".csv"
        default:
            throw ManbaError.badRequest("format must be csv or xlsx")
        }
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(fileName)\""],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
