import Foundation
import Logging
import ManbaCore
import NIOCore
import NIOPosix
import SQLiteKit

/// SQLite in WAL mode: one writer connection whose transactions `GroupCommit` runs one at a time, and a
/// few reader connections that WAL lets read while the writer writes.
final class SQLiteBackend: DatabaseBackend {
    let kind = DatabaseKind.sqlite
    private let writer: SQLiteConnection
    private let readers: [SQLiteConnection]
    private let nextReader = Locked(0)
    private let commits: GroupCommit
    private let logger: Logger

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], logger: Logger) {
        self.writer = writer
        self.readers = readers
        self.logger = logger
        let db = writer.sql(queryLogLevel: nil)
        commits = GroupCommit { jobs in
            try await Self.transaction(on: db, begin: ["BEGIN IMMEDIATE"]) { db in try await Self.runJobs(jobs, on: db) }
        }
    }

    static func open(path: String, logger: Logger) async throws -> SQLiteBackend {
        let threadPool = NIOThreadPool.singleton
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        func connect() async throws -> SQLiteConnection {
            do {
                return try await SQLiteConnection.open(storage: .file(path: path), threadPool: threadPool, logger: logger, on: loop)
            } catch {
                throw StoreError.connectionFailed("\(path): \(error)")
            }
        }
        let writer = try await connect()
        let writerSQL = writer.sql(queryLogLevel: nil)
        try await writerSQL.raw("PRAGMA journal_mode=WAL").run()
        try await tune(writerSQL)
        // Checkpoint every 64 MiB of WAL instead of every 4 MiB: each checkpoint ends with an fsync of the
        // database file, which an import of a million MARC records otherwise waits on a hundred times.
        try await writerSQL.raw("PRAGMA wal_autocheckpoint=16384").run()
        var readers: [SQLiteConnection] = []
        for _ in 0..<max(2, System.coreCount) {
            let reader = try await connect()
            try await tune(reader.sql(queryLogLevel: nil))
            readers.append(reader)
        }
        return SQLiteBackend(writer: writer, readers: readers, logger: logger)
    }

    private static func tune(_ db: any SQLDatabase) async throws {
        // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
        try await db.raw("PRAGMA synchronous=NORMAL").run()
        try await db.raw("PRAGMA foreign_keys=ON").run()
        try await db.raw("PRAGMA busy_timeout=10000").run()
        // 16 MiB of page cache per connection: enough for the hot pages, small enough for four connections.
        try await db.raw("PRAGMA cache_size=-16384").run()
        try await db.raw("PRAGMA temp_store=MEMORY").run()
    }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        let index = nextReader.withLock { i -> Int in i = (i + 1) % readers.count; return i }
        return try await body(readers[index].sql(queryLogLevel: nil))
    }

    func write<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await commits.submit { db in try await body(db) } as! R
    }

    /// Another process writing the same file cannot be noticed without a query, so readers ask.
    var changes: ChangeSignal? { nil }

    func shutdown() async {
        for reader in readers { try? await reader.close() }
        try? await writer.close()
    }
}
