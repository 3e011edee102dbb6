import Foundation

/// Where Manba keeps its data: SQLite under the data directory unless a PostgreSQL URL is given.
/// Uploaded files always live under the data directory, whichever database holds the records.
public struct StoreConfiguration: Sendable {
    public var dataDirectory: URL
    public var databaseURL: String?
    /// A PostgreSQL schema to keep Manba's tables in (`MANBA_DATABASE_SCHEMA`); created when missing.
    /// Lets several instances, or test runs, share one database without touching each other.
    public var postgresSchema: String?

    public init(dataDirectory: URL, databaseURL: String? = nil, postgresSchema: String? = nil) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.postgresSchema = postgresSchema
    }

    /// `MANBA_DATA_DIR` (default `./manba-data`) and `MANBA_DATABASE_URL`.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> StoreConfiguration {
        let dir = env["MANBA_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "manba-data"
        let url = env["MANBA_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let schema = env["MANBA_DATABASE_SCHEMA"].flatMap { $0.isEmpty ? nil : $0 }
        return StoreConfiguration(dataDirectory: URL(fileURLWithPath: dir, isDirectory: true), databaseURL: url, postgresSchema: schema)
    }

    public var usesPostgres: Bool {
        guard let databaseURL else { return false }
        return databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://")
    }

    public var sqlitePath: String { dataDirectory.appendingPathComponent("manba.sqlite").path }
    public var filesDirectory: URL { dataDirectory.appendingPathComponent("files", isDirectory: true) }
}
