import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// A snapshot sent to a named body (Cabinet of Ministers, a Senate committee, the Anti-Corruption
/// Agency) under an outgoing letter number and date. Recorded, so the register of what was sent to
/// whom can be shown and the same file produced again.
public struct SnapshotExport: Sendable, Codable, Equatable {
    public let id: String
    public var snapshotID: String
    public var recipient: String
    public var letterNumber: String
    /// yyyy-MM-dd.
    public var letterDate: String
    public var created: String
    public var createdBy: String
}

extension MonitoringService {
    public func recordExport(of snapshotID: String, recipient: String, letterNumber: String, letterDate: String,
                             by principal: Principal) async throws -> SnapshotExport {
        try await access.requireMonitoringStaff(principal)
        var problems: [String: [String]] = [:]
        let recipient = recipient.trimmingCharacters(in: .whitespacesAndNewlines)
        let letterNumber = letterNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        if recipient.isEmpty || recipient.count > 300 { problems["recipient", default: []].append("Name the recipient body (up to 300 characters)") }
        if letterNumber.isEmpty || letterNumber.count > 100 { problems["letter_number", default: []].append("Give the outgoing letter number") }
        let date = CalendarDay.parse(letterDate)
        if date == nil { problems["letter_date", default: []].append("Give the letter date as yyyy-mm-dd") }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        _ = try await snapshot(snapshotID)
        let export = SnapshotExport(id: Identifier.make(), snapshotID: snapshotID, recipient: recipient, letterNumber: letterNumber,
                                    letterDate: CalendarDay.string(date!), created: Timestamp.string(clock.now()),
                                    createdBy: principal.userName ?? "system")
        try await database.write { db in
            try await db.run("""
                INSERT INTO monitoring_exports (id, snapshot_id, recipient, letter_number, letter_date, created, created_by)
                VALUES (\(bind: export.id), \(bind: export.snapshotID), \(bind: export.recipient), \(bind: export.letterNumber),
                        \(bind: export.letterDate), \(bind: export.created), \(bind: export.createdBy))
                """)
        }
        return export
    }

    public func exports(of snapshotID: String) async throws -> [SnapshotExport] {
        try await database.read { db in
            try await db.rows("SELECT * FROM monitoring_exports WHERE snapshot_id = \(bind: snapshotID) ORDER BY created")
                .map(Self.export(from:))
        }
    }

    public func export(_ id: String) async throws -> SnapshotExport {
        guard let row = try await database.read({ db in try await db.first("SELECT * FROM monitoring_exports WHERE id = \(bind: id)") }) else {
            throw ManbaError.notFound("Export not found")
        }
        return try Self.export(from: row)
    }

    static func export(from row: any SQLRow) throws -> SnapshotExport {
        SnapshotExport(id: try row.decode(column: "id", as: String.self), snapshotID: try row.decode(column: "snapshot_id", as: String.self),
                       recipient: try row.decode(column: "recipient", as: String.self),
                       letterNumber: try row.decode(column: "letter_number", as: String.self),
                       letterDate: try row.decode(column: "letter_date", as: String.self), created: try row.decode(column: "created", as: String.self),
                       createdBy: try row.decode(column: "created_by", as: String.self))
    }

    /// Socially significant data by quarter of a year, summed over organisations. A quarter's result
    /// is the first snapshot taken on or after its last day (monthly snapshots are taken early in the
    /// month, so the one of early April tells how the first quarter ended); for a quarter not yet
    /// followed by one, the latest snapshot within it.
    public func significantByQuarter(year: Int) async throws -> [(quarter: Int, snapshot: MonitoringSnapshot, counts: ComplianceCounts)] {
        let oldestFirst = try await snapshots(limit: 10_000).reversed()
        var result: [(Int, MonitoringSnapshot, ComplianceCounts)] = []
        for quarter in 1...4 {
            let start = String(format: "%04d-%02d-01", year, (quarter - 1) * 3 + 1)
            let lastDay = String(format: "%04d-%02d-%02d", year, quarter * 3, quarter == 1 || quarter == 4 ? 31 : 30)
            let after = quarter == 4 ? String(format: "%04d-03-31", year + 1) : String(format: "%04d-%02d-31", year, quarter * 3 + 3)
            guard let chosen = oldestFirst.first(where: { $0.asOf >= lastDay && $0.asOf <= after })
                ?? oldestFirst.last(where: { $0.asOf >= start && $0.asOf < lastDay }) else { continue }
            var counts = ComplianceCounts()
            for line in try await organisationResults(chosen.id) {
                counts.obligations += line.significant.obligations
                counts.onTime += line.significant.onTime
                counts.late += line.significant.late
                counts.overdue += line.significant.overdue
                counts.missing += line.significant.missing
            }
            result.append((quarter, chosen, counts))
        }
        return result
    }
}
