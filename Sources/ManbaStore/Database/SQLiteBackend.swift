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
    private let checkpointer: WALCheckpointer
    private let logger: Logger
    /// Bulk writers running now; the writer has the larger cache while there is any.
    private let bulkWriters = Locked(0)

    private init(writer: SQLiteConnection, readers: [SQLiteConnection], checkpointer: WALCheckpointer, logger: Logger) {
        self.writer = writer
        self.readers = readers
        self.checkpointer = checkpointer
        self.logger = logger
        let db = writer.sql(queryLogLevel: nil)
        commits = GroupCommit { jobs in
            let results = try await Self.transaction(on: db, begin: ["BEGIN IMMEDIATE"]) { db in try await Self.runJobs(jobs, on: db) }
            checkpointer.committed()
            return results
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
        // The writer's own checkpoint only bounds the log (256 MiB): WALCheckpointer copies it meanwhile.
        try await writerSQL.raw("PRAGMA wal_autocheckpoint=65536").run()
        var readers: [SQLiteConnection] = []
        for _ in 0..<max(2, System.coreCount) {
            let reader = try await connect()
            try await tune(reader.sql(queryLogLevel: nil))
            readers.append(reader)
        }
        let checkpointer = WALCheckpointer(connection: try await connect())
        return SQLiteBackend(writer: writer, readers: readers, checkpointer: checkpointer, logger: logger)
    }

    /// A bulk writer's batch dirties pages all over the indexes of a large catalogue (match keys, holdings
    /// by library); with the usual 16 MiB the writer spilled them to the log mid-transaction and read
    /// them back. 128 MiB took a million-record import from 71 to 62 s. The cache is set back afterwards,
    /// so a server that ran an import does not keep the memory.
    func bulkWriting<R: Sendable>(_ body: () async throws -> R) async throws -> R {
        if bulkWriters.withLock({ count in count += 1; return count == 1 }) {
            try? await setWriterCache(kibibytes: 131_072)
        }
        do {
            let result = try await body()
            await endBulkWriting()
            return result
        } catch {
            await endBulkWriting()
            throw error
        }
    }

    private func endBulkWriting() async {
        if bulkWriters.withLock({ count in count -= 1; return count == 0 }) {
            try? await setWriterCache(kibibytes: Self.cacheKibibytes)
        }
    }

    private func setWriterCache(kibibytes: Int) async throws {
        _ = try await commits.submit { db in try await db.raw("PRAGMA cache_size=-\(unsafeRaw: String(kibibytes))").run() }
    }

    /// Page cache per connection: enough for the hot pages, small enough for four connections.
    static let cacheKibibytes = 16_384

    private static func tune(_ db: any SQLDatabase) async throws {
        // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
        try await db.raw("PRAGMA synchronous=NORMAL").run()
        try await db.raw("PRAGMA foreign_keys=ON").run()
        try await db.raw("PRAGMA busy_timeout=10000").run()
        try await db.raw("PRAGMA cache_size=-\(unsafeRaw: String(cacheKibibytes))").run()
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
        await checkpointer.close()
        for reader in readers { try? await reader.close() }
        try? await writer.close()
    }
}
