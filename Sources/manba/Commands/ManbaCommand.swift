import ArgumentParser
import Foundation
import Logging
import ManbaCore
import ManbaHTTP
import ManbaStore

/// The `manba` executable; every subcommand lives beside this file.
@main
struct ManbaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manba",
        abstract: "Manba: one server for open data, libraries, museums and industrial property.",
        discussion: """
        Every command uses the database that MANBA_DATABASE_URL names (postgres://user@host:port/db), or
        SQLite under MANBA_DATA_DIR (default ./manba-data) when it is unset. Uploaded files are kept under
        MANBA_DATA_DIR in both cases. Other settings: MANBA_UPLOAD_LIMIT (bytes, default 104857600),
        MANBA_SITE_URL (public address for links), MANBA_BCRYPT_COST (default 11), LOG_LEVEL.
        """,
        version: ManbaVersion.current,
        subcommands: [Serve.self, Demo.self, Migrate.self, ImportCommand.self, ExportCommand.self, HarvestCommand.self, LibraryCommand.self, MonitorCommand.self, UserCommand.self, TokenCommand.self])

    /// Runs a command body with opened services, and turns any failure into one line on standard error
    /// and a non-zero exit, as the README promises.
    static func withServices<R>(uploadLimit: Int? = nil, _ body: (Services, Logger) async throws -> R) async throws -> R {
        var logger = Logger(label: "manba")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let store = StoreConfiguration.fromEnvironment()
        let services: Services
        do {
            services = try await Services.open(store, uploadLimit: uploadLimit ?? 100 * 1024 * 1024, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        do {
            let result = try await body(services, logger)
            await services.shutdown()
            return result
        } catch let error as ManbaError {
            await services.shutdown()
            throw CommandFailure(error.message)
        } catch {
            await services.shutdown()
            throw error
        }
    }
}

/// A failure explained in one line; ArgumentParser prints it as "Error: ..." and exits with status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
