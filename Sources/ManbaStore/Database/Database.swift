import Foundation
import Logging
import ManbaCore
import SQLKit

/// The two databases Manba runs on. Everything above this layer writes one SQL for both; the few
/// differences (how a write transaction is serialised, how a connection is tuned) live in the backends.
public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}

/// A connection to Manba's database: reads go to a pool, writes run in serialised transactions.
public protocol DatabaseBackend: Sendable {
    var kind: DatabaseKind { get }
    /// Runs `body` with a database for reads. Consecutive queries may use different connections.
    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R
    /// Runs `body` in one transaction; it commits when `body` returns and rolls back when it throws,
    /// so a failed request never leaves a half-written record. Write transactions are serialised.
    func write<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R
    /// Moves when the database changes, where the backend can tell without a query (nil: ask the database).
    var changes: ChangeSignal? { get }
    /// Runs `body`, a long run of large write transactions (a MARC import), with the writer given the
    /// memory that makes such writes faster, and takes it back after.
    func bulkWriting<R: Sendable>(_ body: () async throws -> R) async throws -> R
    func shutdown() async
}

extension DatabaseBackend {
    /// PostgreSQL's server sizes its own buffers; nothing to give.
    public func bulkWriting<R: Sendable>(_ body: () async throws -> R) async throws -> R { try await body() }

    /// Runs `body` between `begin` and COMMIT on one connection, rolling back if it throws.
    /// The backends differ only in how they begin (and what they lock), not in this.
    static func transaction<R>(on db: any SQLDatabase, begin: [SQLQueryString], _ body: (any SQLDatabase) async throws -> R) async throws -> R {
        for statement in begin { try await db.raw(statement).run() }
        do {
            let result = try await body(db)
            try await db.raw("COMMIT").run()
            return result
        } catch {
            try? await db.raw("ROLLBACK").run()
            throw error
        }
    }
}

/// Opens the database the configuration names and brings its schema up to date.
public enum DatabaseOpener {
    public static func open(_ configuration: StoreConfiguration, logger: Logger) async throws -> any DatabaseBackend {
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        if configuration.usesPostgres, let url = configuration.databaseURL {
            return try await PostgresBackend.open(url: url, schema: configuration.postgresSchema, logger: logger)
        }
        if let url = configuration.databaseURL, !url.isEmpty {
            throw StoreError.unsupportedDatabaseURL(url)
        }
        return try await SQLiteBackend.open(path: configuration.sqlitePath, logger: logger)
    }
}

public enum StoreError: Error, CustomStringConvertible, Sendable {
    case unsupportedDatabaseURL(String)
    case connectionFailed(String)
    case migrationFailed(version: Int, reason: String)
    case schemaTooNew(found: Int, known: Int)

    public var description: String {
        switch self {
        case .unsupportedDatabaseURL(let url):
            return "MANBA_DATABASE_URL must start with postgres:// (got \"\(url.prefix(20))...\"); leave it unset for SQLite"
        case .connectionFailed(let reason): return "cannot open the database: \(reason)"
        case .migrationFailed(let version, let reason): return "migration \(version) failed: \(reason)"
        case .schemaTooNew(let found, let known):
            return "the database has schema version \(found) but this manba knows only up to \(known); upgrade manba"
        }
    }
}
