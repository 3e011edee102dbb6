import Foundation
import ManbaCore
import ManbaStore
import ManbaTestSupport
@testable import OpenData

/// A catalogue with two organisations, one theme, and an editor in the first organisation.
struct CatalogueFixture {
    let database: any DatabaseBackend
    let catalogue: CatalogueService
    let organisations: OrganisationStore
    let users: UserStore
    let editor: Principal
    let outsider: Principal
    let clock: FixedClock
    let dataDirectory: String
    let configuration: StoreConfiguration

    static func make() async throws -> CatalogueFixture {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + CatalogueMigrations.all)
        let clock = FixedClock(Date(timeIntervalSince1970: 1_760_000_000))
        let organisations = OrganisationStore(database: database, clock: clock)
        let users = UserStore(database: database, clock: clock)
        let catalogue = CatalogueService(database: database, files: FileStore(directory: configuration.filesDirectory), clock: clock,
                                         organisations: organisations, uploadLimit: 1000)
        let stat = try await organisations.create(.init(name: "stat", title: LocalizedText([.uzLatn: "Statistika agentligi", .ru: "Агентство статистики"])), kind: .organization, by: .system)
        _ = try await organisations.create(.init(name: "moliya", title: LocalizedText(.uzLatn, "Moliya vazirligi")), kind: .organization, by: .system)
        _ = try await organisations.create(.init(name: "talim", title: LocalizedText(.uzLatn, "Taʼlim")), kind: .group, by: .system)
        let editorUser = try await users.create(name: "editor", password: "long enough pass")
        try await organisations.setMember(userID: editorUser.id, organisationID: stat.id, role: .editor, by: .system)
        let outsiderUser = try await users.create(name: "outsider", password: "long enough pass")
        return CatalogueFixture(database: database, catalogue: catalogue, organisations: organisations, users: users,
                                editor: try await users.principal(for: editorUser), outsider: try await users.principal(for: outsiderUser), clock: clock,
                                dataDirectory: configuration.dataDirectory, configuration: configuration)
    }

    /// Runs `body` on a fresh fixture and always closes the store, also when the test fails.
    static func with(seed: (CatalogueFixture) async throws -> Void = { _ in }, _ body: (CatalogueFixture) async throws -> Void) async throws {
        let f = try await make()
        do {
            try await seed(f)
            try await body(f)
        } catch {
            await f.close()
            throw error
        }
        await f.close()
    }

    func close() async {
        await database.shutdown()
        try? FileManager.default.removeItem(atPath: dataDirectory)
    }

    func draft(_ name: String, title: LocalizedText, org: String = "stat") -> DatasetDraft {
        var d = DatasetDraft()
        d.name = name
        d.title = title
        d.ownerOrg = org
        d.licenseID = "cc-by-4.0"
        d.frequency = "monthly"
        return d
    }

    func datasetCount() async throws -> Int {
        try await database.read { try await $0.first("SELECT COUNT(*) AS n FROM datasets")!.decode(column: "n", as: Int.self) }
    }
}
