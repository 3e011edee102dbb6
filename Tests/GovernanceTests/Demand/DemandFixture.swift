import Foundation
import Logging
import ManbaCore
import ManbaStore
import ManbaTestSupport
import OpenData
@testable import Governance

/// A catalogue with the monitoring department, two ministries, an officer (monitoring staff), a health
/// ministry editor, a requester and an outsider, and the demand services on a clock the test moves.
struct DemandFixture {
    let database: any DatabaseBackend
    let clock: FixedClock
    let catalogue: CatalogueService
    let organisations: OrganisationStore
    let governance: GovernanceServices
    let officer: Principal
    let healthEditor: Principal
    let requester: Principal
    let outsider: Principal
    let health: Organisation
    let finance: Organisation

    static func with(_ body: (DemandFixture) async throws -> Void) async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + CatalogueMigrations.all + GovernanceMigrations.all)
        let clock = FixedClock(Timestamp.parse("2025-03-03T09:00:00")!)
        let organisations = OrganisationStore(database: database, clock: clock)
        let users = UserStore(database: database, clock: clock)
        let catalogue = CatalogueService(database: database, files: FileStore(directory: configuration.filesDirectory), clock: clock,
                                         organisations: organisations, uploadLimit: 100_000)
        let governance = GovernanceServices(database: database, catalogue: catalogue, organisations: organisations, users: users,
                                            clock: clock, logger: TestStore.logger, monitoringOrganisation: "statistika-agentligi")
        do {
            let stat = try await organisations.create(.init(name: "statistika-agentligi", title: LocalizedText(.uzLatn, "Statistika agentligi")), kind: .organization, by: .system)
            let health = try await organisations.create(.init(name: "sogliqni-saqlash", title: LocalizedText(.uzLatn, "Sogʻliqni saqlash vazirligi")), kind: .organization, by: .system)
            let finance = try await organisations.create(.init(name: "moliya", title: LocalizedText(.uzLatn, "Moliya vazirligi")), kind: .organization, by: .system)
            let officer = try await users.create(name: "officer", password: "long enough pass")
            try await organisations.setMember(userID: officer.id, organisationID: stat.id, role: .editor, by: .system)
            let editor = try await users.create(name: "health-editor", password: "long enough pass")
            try await organisations.setMember(userID: editor.id, organisationID: health.id, role: .editor, by: .system)
            let requester = try await users.create(name: "citizen", password: "long enough pass")
            let outsider = try await users.create(name: "outsider", password: "long enough pass")
            let f = DemandFixture(database: database, clock: clock, catalogue: catalogue, organisations: organisations, governance: governance,
                                  officer: try await users.principal(for: officer), healthEditor: try await users.principal(for: editor),
                                  requester: try await users.principal(for: requester), outsider: try await users.principal(for: outsider),
                                  health: health, finance: finance)
            try await body(f)
        } catch {
            await TestStore.close(database, configuration)
            throw error
        }
        await TestStore.close(database, configuration)
    }

    /// A public dataset with one linked resource; returns it.
    @discardableResult
    func publish(_ name: String, title: LocalizedText, org: String = "sogliqni-saqlash", isPrivate: Bool = false) async throws -> Dataset {
        var d = DatasetDraft()
        d.name = name; d.title = title; d.ownerOrg = org; d.licenseID = "cc-by-4.0"; d.frequency = "monthly"; d.isPrivate = isPrivate
        var r = ResourceDraft()
        r.url = "https://example.uz/\(name).csv"
        r.format = "CSV"
        d.resources = [r]
        return try await catalogue.create(d, by: .system)
    }

    func at(_ text: String) { clock.set(Timestamp.parse(text)!) }
}

