import ManbaCore
import ManbaTestSupport
import SQLKit
import Testing
@testable import ManbaStore

@Suite("Migrations") struct MigratorTests {
    @Test func appliesOnceAndRerunsHarmlessly() async throws {
        let (database, configuration) = try await TestStore.open()
        let again = try await Migrator(CoreMigrations.all).migrate(database, logger: TestStore.logger)
        #expect(again.isEmpty)
        let more = try await Migrator(CoreMigrations.all + [Migration(901, "extra", ["CREATE TABLE extra_test (id TEXT PRIMARY KEY)"])]).migrate(database, logger: TestStore.logger)
        #expect(more == [901])
        await TestStore.close(database, configuration)
    }

    @Test func refusesAnOlderProgramOnANewerSchema() async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + [Migration(950, "future", ["CREATE TABLE future_test (id TEXT)"])])
        await #expect(throws: StoreError.self) { try await Migrator(CoreMigrations.all).migrate(database, logger: TestStore.logger) }
        await TestStore.close(database, configuration)
    }

    @Test func failedMigrationLeavesNothingBehind() async throws {
        let (database, configuration) = try await TestStore.open()
        let broken = Migration(960, "broken", ["CREATE TABLE half_done (id TEXT)", "THIS IS NOT SQL"])
        await #expect(throws: StoreError.self) { try await Migrator(CoreMigrations.all + [broken]).migrate(database, logger: TestStore.logger) }
        let applied = try await database.read { try await $0.rows("SELECT version FROM schema_migrations WHERE version = 960") }
        #expect(applied.isEmpty)
        // The first statement was rolled back with the second, so re-running a fixed migration works.
        let fixed = Migration(960, "fixed", ["CREATE TABLE half_done (id TEXT)"])
        #expect(try await Migrator(CoreMigrations.all + [fixed]).migrate(database, logger: TestStore.logger) == [960])
        await TestStore.close(database, configuration)
    }
}
