import Foundation
import Logging
import ManbaCore
import ManbaStore

/// A fresh, empty store for one test: a new SQLite file, or a new schema in the PostgreSQL database
/// that `MANBA_TEST_DATABASE_URL` names. The same tests run on both (scripts/test runs them twice).
public enum TestStore {
    public static var backendName: String { postgresURL == nil ? "sqlite" : "postgres" }
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["MANBA_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public static func configuration() -> StoreConfiguration {
        let directory = NSTemporaryDirectory() + "/manba-test-\(Identifier.make())"
        guard let url = postgresURL else { return StoreConfiguration(dataDirectory: directory) }
        let schema = "t_" + Identifier.make().replacingOccurrences(of: "-", with: "").prefix(20)
        return StoreConfiguration(dataDirectory: directory, databaseURL: url, postgresSchema: String(schema))
    }

    public static var logger: Logger {
        var logger = Logger(label: "manba.test")
        logger.logLevel = .warning
        return logger
    }

    /// Opens and migrates a fresh store with the given migrations.
    public static func open(_ migrations: [Migration] = CoreMigrations.all) async throws -> (any DatabaseBackend, StoreConfiguration) {
        // Tests create many users; the cheapest bcrypt cost keeps them fast without changing the code path.
        setenv("MANBA_BCRYPT_COST", "4", 0)
        let configuration = configuration()
        let database = try await DatabaseOpener.open(configuration, logger: logger)
        try await Migrator(migrations).migrate(database, logger: logger)
        return (database, configuration)
    }
}

extension TestStore {
    /// Runs `body` on a fresh store and closes it afterwards, also when `body` throws (a connection
    /// pool left open traps when it is freed, which would hide the error that left it open).
    public static func with<R>(_ migrations: [Migration] = CoreMigrations.all,
                               _ body: (any DatabaseBackend) async throws -> R) async throws -> R {
        let (database, configuration) = try await open(migrations)
        do {
            let result = try await body(database)
            await close(database, configuration)
            return result
        } catch {
            await close(database, configuration)
            throw error
        }
    }

    /// Closes the store and removes its files.
    public static func close(_ database: any DatabaseBackend, _ configuration: StoreConfiguration) async {
        await database.shutdown()
        try? FileManager.default.removeItem(atPath: configuration.dataDirectory)
    }
}
