import Foundation
import ManbaCore
import ManbaStore
import ManbaTestSupport
import OpenData
@testable import Governance

/// The store most governance tests start from: the monitoring department ("statistika-agentligi"),
/// two ministries, and governance on a clock the test moves. Fixtures add the people they need.
struct GovernanceWorld {
    let database: any DatabaseBackend
    let configuration: StoreConfiguration
    let clock: FixedClock
    let users: UserStore
    let organisations: OrganisationStore
    let catalogue: CatalogueService
    let governance: GovernanceServices
    let stat: Organisation
    let health: Organisation
    let finance: Organisation

    /// Opens a fresh store with the world in it, runs `body`, and always closes the store.
    static func with(clockAt start: String, _ body: (GovernanceWorld) async throws -> Void) async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + CatalogueMigrations.all + GovernanceMigrations.all)
        do {
            let clock = FixedClock(Timestamp.parse(start)!)
            let organisations = OrganisationStore(database: database, clock: clock)
            let users = UserStore(database: database, clock: clock)
            let catalogue = CatalogueService(database: database, files: FileStore(directory: configuration.filesDirectory), clock: clock,
                                             organisations: organisations, uploadLimit: 100_000)
            let governance = GovernanceServices(database: database, catalogue: catalogue, organisations: organisations, users: users,
                                                clock: clock, logger: TestStore.logger, monitoringOrganisation: "statistika-agentligi")
            func organisation(_ name: String, _ title: String) async throws -> Organisation {
                try await organisations.create(.init(name: name, title: LocalizedText(.uzLatn, title)), kind: .organization, by: .system)
            }
            let world = GovernanceWorld(database: database, configuration: configuration, clock: clock, users: users,
                                        organisations: organisations, catalogue: catalogue, governance: governance,
                                        stat: try await organisation("statistika-agentligi", "Statistika agentligi"),
                                        health: try await organisation("sogliqni-saqlash", "Sogʻliqni saqlash vazirligi"),
                                        finance: try await organisation("moliya", "Moliya vazirligi"))
            try await body(world)
        } catch {
            await TestStore.close(database, configuration)
            throw error
        }
        await TestStore.close(database, configuration)
    }

    /// A user, an editor of `organisation` when one is given.
    func person(_ name: String, editorOf organisation: Organisation? = nil) async throws -> Principal {
        let user = try await users.create(name: name, password: "long enough pass")
        if let organisation { try await organisations.setMember(userID: user.id, organisationID: organisation.id, role: .editor, by: .system) }
        return try await users.principal(for: user)
    }
}
