import Foundation
import Logging
import ManbaCore
import NIOCore
import NIOPosix
import PostgresKit

/// PostgreSQL through a connection pool. Write transactions take one advisory lock so that revision
/// numbers are handed out in commit order, which the search index relies on to catch up without gaps;
/// since they are serialised anyway, `GroupCommit` runs the writes that queue up in one transaction.
/// The pool guards its own state with a lock, which the compiler cannot see.
final class PostgresBackend: DatabaseBackend, @unchecked Sendable {
    let kind = DatabaseKind.postgres
    private let pool: EventLoopGroupConnectionPool<PostgresConnectionSource>
    private let logger: Logger
    private let commits: GroupCommit
    private let listener: PostgresChangeListener
    let changes: ChangeSignal?
    static let writeLockKey = 7_326_221

    private init(pool: EventLoopGroupConnectionPool<PostgresConnectionSource>, configuration: SQLPostgresConfiguration,
                 schema: String?, logger: Logger) {
        self.pool = pool
        self.logger = logger
        let signal = ChangeSignal()
        changes = signal
        // One channel per schema, so test schemas sharing a database do not wake each other.
        let channel = "manba_changes" + (schema.map { "_" + $0 } ?? "")
        listener = PostgresChangeListener(configuration: configuration.coreConfiguration, channel: channel, signal: signal, logger: logger)
        // The pool locks its own state (see the type's comment); the compiler cannot see that.
        nonisolated(unsafe) let pool = pool
        commits = GroupCommit { jobs in
            let connection = try await pool.requestConnection(logger: logger).get()
            defer { pool.releaseConnection(connection, logger: logger) }
            // The notice is delivered to the listeners of every process at commit, never for a rollback,
            // so it can go with the lock and spare the transaction a round trip at its end.
            let lockAndNotify: SQLQueryString = "SELECT pg_advisory_xact_lock(\(unsafeRaw: String(Self.writeLockKey))), pg_notify(\(literal: channel), '')"
            let results = try await Self.transaction(on: connection.sql(queryLogLevel: nil), begin: ["BEGIN", lockAndNotify]) { db in
                try await Self.runJobs(jobs, on: db)
            }
            signal.changed()
            return results
        }
    }

    static func open(url: String, schema: String?, logger: Logger) async throws -> PostgresBackend {
        var configuration: SQLPostgresConfiguration
        do { configuration = try SQLPostgresConfiguration(url: url) } catch {
            throw StoreError.connectionFailed("bad MANBA_DATABASE_URL: \(error)")
        }
        configuration.coreConfiguration.options.connectTimeout = .seconds(10)
        if let schema {
            guard NameRule(lengths: 1...63, extraCharacters: ["_"]).accepts(schema) else {
                throw StoreError.connectionFailed("MANBA_DATABASE_SCHEMA must be lowercase letters, digits and _")
            }
            configuration.searchPath = [schema]
        }
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: 4,
            requestTimeout: .seconds(30),
            pruneInterval: .seconds(60),
            logger: logger,
            on: MultiThreadedEventLoopGroup.singleton)
        let backend = PostgresBackend(pool: pool, configuration: configuration, schema: schema, logger: logger)
        do {
            try await backend.read { try await $0.raw("SELECT 1").run() }
            if let schema { try await backend.write { try await $0.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run() } }
        } catch {
            await backend.shutdown()
            throw StoreError.connectionFailed("\(url.replacingPasswordInURL()): \(String(reflecting: error))")
        }
        return backend
    }

    func read<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await body(pool.database(logger: logger).sql(queryLogLevel: nil))
    }

    func write<R: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await commits.submit { db in try await body(db) } as! R
    }

    func shutdown() async {
        listener.stop()
        try? await pool.shutdownAsync()
    }
}

extension String {
    /// Hides a password in a database URL before it reaches a log or an error message.
    func replacingPasswordInURL() -> String {
        guard var components = URLComponents(string: self), components.password != nil else { return self }
        components.password = "***"
        return components.string ?? self
    }
}
