import ManbaCore
import ManbaTestSupport
import SQLKit
import Testing
@testable import ManbaStore

/// BulkRows binds cells (SQLite) or sends them as JSON (PostgreSQL): every value must come back exactly as given, on both backends.
@Suite("Bulk rows") struct BulkRowsTests {
    static let table = Migration(970, "bulk test", [
        "CREATE TABLE bulk_test (id TEXT PRIMARY KEY, name TEXT, n BIGINT, x DOUBLE PRECISION, flag INTEGER NOT NULL)"])

    @Test func valuesComeBackAsGivenInOrder() async throws {
        try await TestStore.with(CoreMigrations.all + [Self.table]) { database in
        let awkward = ["plain", "quote \" and backslash \\ and slash /", "line\nbreak\ttab\r", "control \u{01}\u{1F}",
                       "oʻzbek gʻalla", "ўзбек ғалла", "Тоҷикистон", "emoji 👩🏽‍🌾", "'; DROP TABLE bulk_test; --", "", "\u{2028}\u{2029}"]
        var rows = BulkRows(table: "bulk_test", columns: [("id", .text), ("name", .text), ("n", .integer), ("x", .real), ("flag", .integer)],
                            batchSize: 4)
        for (index, text) in awkward.enumerated() {
            rows.append([String(format: "%03d", index), text, index == 3 ? nil : Int.max - index, index == 5 ? nil : Double(index) / 3,
                         index % 2 == 0])
        }
        #expect(rows.count == awkward.count)
        let filled = rows
        try await database.write { db in try await filled.insert(in: db) }
        let stored = try await database.read { db in try await db.rows("SELECT * FROM bulk_test ORDER BY id") }
        #expect(stored.count == awkward.count)
        for (index, row) in stored.enumerated() {
            #expect(try row.decode(column: "name", as: String.self) == awkward[index])
            #expect(try row.decode(column: "n", as: Int?.self) == (index == 3 ? nil : Int.max - index))
            #expect(try row.decode(column: "x", as: Double?.self) == (index == 5 ? nil : Double(index) / 3))
            #expect(try row.decode(column: "flag", as: Int.self) == (index % 2 == 0 ? 1 : 0))
        }
        }
    }

    @Test func conflictsAreSkippedAndReturningNamesTheNewRows() async throws {
        try await TestStore.with(CoreMigrations.all + [Self.table]) { database in
        let first = try await database.write { db in try await Self.rows(["a", "b", "c"]).insertReturning("id", in: db, suffix: "ON CONFLICT (id) DO NOTHING") }
        #expect(Set(first) == ["a", "b", "c"])
        let second = try await database.write { db in try await Self.rows(["c", "d", "a"]).insertReturning("id", in: db, suffix: "ON CONFLICT (id) DO NOTHING") }
        #expect(second == ["d"])
        // Without a conflict clause a duplicate fails the whole transaction: nothing of it is kept.
        await #expect(throws: (any Error).self) { try await database.write { db in try await Self.rows(["e", "a"]).insert(in: db) } }
        let count = try await database.read { db in try await db.first("SELECT COUNT(*) AS n FROM bulk_test")!.decode(column: "n", as: Int.self) }
        #expect(count == 4)
        }
    }

    static func rows(_ ids: [String]) -> BulkRows {
        var rows = BulkRows(table: "bulk_test", columns: [("id", .text), ("flag", .integer)], batchSize: 2)
        for id in ids { rows.append([id, 0]) }
        return rows
    }
}
