import Foundation
import ManbaCore
import ManbaTestSupport
import SQLKit
import Testing
@testable import ManbaStore

/// The SQLite writer's tuning around bulk writes and checkpoints.
@Suite("SQLite writer") struct SQLiteWriterTests {
    static func writerCache(_ database: any DatabaseBackend) async throws -> Int {
        try await database.write { db in try await db.first("PRAGMA cache_size")!.decode(column: "cache_size", as: Int.self) }
    }

    /// A bulk writer gets the larger cache for as long as any bulk writer runs, and the writer gets its
    /// usual cache back after the last one, whether it finished or failed.
    @Test func bulkWritersGetTheLargerCacheOnlyWhileTheyRun() async throws {
        try await TestStore.with(CoreMigrations.all) { database in
            guard database.kind == .sqlite else { return }
            #expect(try await Self.writerCache(database) == -SQLiteBackend.cacheKibibytes)
            struct Failure: Error {}
            let (during, afterInner) = try await database.bulkWriting { () async throws -> (Int, Int) in
                let during = try await Self.writerCache(database)
                let failed: Bool
                do { _ = try await database.bulkWriting { () async throws -> Int in throw Failure() }; failed = false } catch { failed = error is Failure }
                #expect(failed)
                // The inner writer's end does not take the cache from the outer one.
                return (during, try await Self.writerCache(database))
            }
            #expect(during == -131_072 && afterInner == -131_072)
            #expect(try await Self.writerCache(database) == -SQLiteBackend.cacheKibibytes)
        }
    }

    /// Commits leave their pages to the background checkpointer: after a burst of writes far below the
    /// writer's own checkpoint threshold, the pages reach the database file itself (which grows only when
    /// the log is copied into it).
    @Test func theLogIsCheckpointedBesideTheWriter() async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + [Migration(971, "log test", ["CREATE TABLE log_test (n INTEGER PRIMARY KEY, t TEXT)"])])
        func fileSize() -> Int { ((try? FileManager.default.attributesOfItem(atPath: configuration.sqlitePath)[.size]) as? Int) ?? 0 }
        func check() async throws {
            guard database.kind == .sqlite else { return }
            try await Task.sleep(for: .milliseconds(500))
            let before = fileSize()
            for n in 0..<20 {
                try await database.write { db in try await db.run("INSERT INTO log_test (n, t) VALUES (\(bind: n), \(bind: String(repeating: "x", count: 20_000)))") }
            }
            for _ in 0..<100 where fileSize() < before + 20 * 20_000 { try await Task.sleep(for: .milliseconds(50)) }
            #expect(fileSize() >= before + 20 * 20_000)
        }
        do { try await check() } catch { await TestStore.close(database, configuration); throw error }
        await TestStore.close(database, configuration)
    }
}
