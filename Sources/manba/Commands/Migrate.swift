import ArgumentParser
import ManbaHTTP
import ManbaStore

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date (every command also does this on start).")

    func run() async throws {
        try await ManbaCommand.withServices { services, _ in
            let version = try await Migrator.appliedVersion(services.database)
            print("database (\(services.database.kind.rawValue)) is at schema version \(version)")
        }
    }
}
