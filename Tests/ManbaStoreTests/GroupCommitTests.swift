import ManbaCore
import ManbaTestSupport
import SQLKit
import Testing
@testable import ManbaStore

@Suite("Group commit") struct GroupCommitTests {
    /// Many writers at once share transactions, yet each gets its own result, and one that fails
    /// leaves nothing behind and takes nobody else's write with it.
    @Test func concurrentWritesKeepTheirOwnOutcome() async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + [Migration(970, "numbers", ["CREATE TABLE numbers_test (n INTEGER PRIMARY KEY, note TEXT)"])])
        let outcomes = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for n in 0..<40 {
                group.addTask {
                    do {
                        let written = try await database.write { db -> Int in
                            try await db.run("INSERT INTO numbers_test (n, note) VALUES (\(bind: n), 'first')")
                            // Every seventh writer then breaks the primary key: its first insert must vanish too.
                            if n % 7 == 3 { try await db.run("INSERT INTO numbers_test (n, note) VALUES (\(bind: n), 'again')") }
                            return n
                        }
                        return (written, true)
                    } catch {
                        return (n, false)
                    }
                }
            }
            var all: [Int: Bool] = [:]
            for try await (n, ok) in group { all[n] = ok }
            return all
        }
        let stored = Set(try await database.read { db in
            try await db.rows("SELECT n FROM numbers_test").map { try $0.decode(column: "n", as: Int.self) }
        })
        for n in 0..<40 {
            #expect(outcomes[n] == (n % 7 != 3), "writer \(n)")
            #expect(stored.contains(n) == (n % 7 != 3), "row \(n)")
        }
        await TestStore.close(database, configuration)
    }
}
