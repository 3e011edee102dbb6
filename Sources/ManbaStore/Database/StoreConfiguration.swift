import Foundation

/// Where Manba keeps its data: SQLite under the data directory unless a PostgreSQL URL is given.
/// Uploaded files always live under the data directory, whichever database holds the records.
public struct StoreConfiguration: Sendable {
    /// An absolute path. Kept as a string, not a URL: paths are built from it on many threads, and
    /// Foundation URLs shared across threads were seen to corrupt memory on Linux (swift-foundation).
    public var dataDirectory: String
    public var databaseURL: String?
    /// A PostgreSQL schema to keep Manba's tables in (`MANBA_DATABASE_SCHEMA`); created when missing.
    /// Lets several instances, or test runs, share one database without touching each other.
    public var postgresSchema: String?

    public init(dataDirectory: String, databaseURL: String? = nil, postgresSchema: String? = nil) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.postgresSchema = postgresSchema
    }

    /// `MANBA_DATA_DIR` (default `./manba-data`) and `MANBA_DATABASE_URL`.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> StoreConfiguration {
        var dir = env["MANBA_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "manba-data"
        // Resolved here to an absolute path, so the URL carries no base URL to resolve on every use.
        if !dir.hasPrefix("/") { dir = FileManager.default.currentDirectoryPath + "/" + dir }
        let url = env["MANBA_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let schema = env["MANBA_DATABASE_SCHEMA"].flatMap { $0.isEmpty ? nil : $0 }
        return StoreConfiguration(dataDirectory: dir, databaseURL: url, postgresSchema: schema)
    }

    public var usesPostgres: Bool {
        guard let databaseURL else { return false }
        return databaseURL.hasPrefix("postgres://") || databaseURL.hasPrefix("postgresql://")
    }

    public var sqlitePath: String { dataDirectory + "/manba.sqlite" }
    public var filesDirectory: String { dataDirectory + "/files" }
}
