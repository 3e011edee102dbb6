import Foundation
import Logging
import SQLKit

/// Applies migrations in order, each in its own transaction, and records what was applied, so that
/// starting any `manba` command on an older database brings it up to date and re-running is harmless.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    public init(_ migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.version < $1.version }
        precondition(Set(migrations.map(\.version)).count == migrations.count, "duplicate migration version")
    }

    /// The newest migration the database has applied (0 for an empty database).
    public static func appliedVersion(_ database: any DatabaseBackend) async throws -> Int {
        try await database.read { db in
            try await db.first("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations")?.decode(column: "v", as: Int.self) ?? 0
        }
    }

    /// Returns the versions applied by this call.
    @discardableResult
    public func migrate(_ database: any DatabaseBackend, logger: Logger) async throws -> [Int] {
        try await database.write { db in
            try await db.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        }
        let applied = Set(try await database.read { db in
            try await db.rows("SELECT version FROM schema_migrations").map { try $0.decode(column: "version", as: Int.self) }
        })
        if let newest = applied.max(), let known = migrations.last?.version, newest > known {
            throw StoreError.schemaTooNew(found: newest, known: known)
        }
        var done: [Int] = []
        for migration in migrations where !applied.contains(migration.version) {
            do {
                try await database.write { db in
                    for statement in migration.statements { try await db.raw(SQLQueryString(statement)).run() }
                    try await db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: ISO8601DateFormatter().string(from: Date())))")
                }
            } catch {
                throw StoreError.migrationFailed(version: migration.version, reason: String(reflecting: error))
            }
            logger.info("applied migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
            done.append(migration.version)
        }
        return done
    }
}
