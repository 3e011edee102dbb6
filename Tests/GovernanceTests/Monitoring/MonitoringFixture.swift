import Foundation
import Logging
import ManbaCore
import ManbaStore
import ManbaTestSupport
import OpenData
@testable import Governance

/// A catalogue with the monitoring department ("statistika-agentligi"), two publishing ministries,
/// a monitoring officer, a ministry editor and governance on a clock the test moves.
struct MonitoringFixture {
    let database: any DatabaseBackend
    let configuration: StoreConfiguration
    let clock: FixedClock
    let catalogue: CatalogueService
    let organisations: OrganisationStore
    let governance: GovernanceServices
    let officer: Principal
    let ministryEditor: Principal
    let outsider: Principal
    let health: Organisation
    let finance: Organisation

    static func with(_ body: (MonitoringFixture) async throws -> Void) async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + CatalogueMigrations.all + GovernanceMigrations.all)
        let clock = FixedClock(Timestamp.parse("2025-01-10T08:00:00")!)
        let organisations = OrganisationStore(database: database, clock: clock)
        let users = UserStore(database: database, clock: clock)
        let catalogue = CatalogueService(database: database, files: FileStore(directory: configuration.filesDirectory), clock: clock,
                                         organisations: organisations, uploadLimit: 100_000)
        let governance = GovernanceServices(database: database, catalogue: catalogue, organisations: organisations, users: users,
                                            clock: clock, logger: Logger(label: "test"), monitoringOrganisation: "statistika-agentligi")
        do {
            let stat = try await organisations.create(.init(name: "statistika-agentligi", title: LocalizedText(.uzLatn, "Statistika agentligi")), kind: .organization, by: .system)
            let health = try await organisations.create(.init(name: "sogliqni-saqlash", title: LocalizedText(.uzLatn, "Sogʻliqni saqlash vazirligi")), kind: .organization, by: .system)
            let finance = try await organisations.create(.init(name: "moliya", title: LocalizedText(.uzLatn, "Moliya vazirligi")), kind: .organization, by: .system)
            let officerUser = try await users.create(name: "officer", password: "long enough pass")
            try await organisations.setMember(userID: officerUser.id, organisationID: stat.id, role: .editor, by: .system)
            let editorUser = try await users.create(name: "health-editor", password: "long enough pass")
            try await organisations.setMember(userID: editorUser.id, organisationID: health.id, role: .editor, by: .system)
            let outsiderUser = try await users.create(name: "outsider", password: "long enough pass")
            let f = MonitoringFixture(database: database, configuration: configuration, clock: clock, catalogue: catalogue,
                                      organisations: organisations, governance: governance,
                                      officer: try await users.principal(for: officerUser),
                                      ministryEditor: try await users.principal(for: editorUser),
                                      outsider: try await users.principal(for: outsiderUser), health: health, finance: finance)
            try await body(f)
        } catch {
            await database.shutdown()
            try? FileManager.default.removeItem(atPath: configuration.dataDirectory)
            throw error
        }
        await database.shutdown()
        try? FileManager.default.removeItem(atPath: configuration.dataDirectory)
    }

    /// Creates a dataset with one uploaded CSV, at the clock's time; returns its id.
    @discardableResult
    func publish(_ name: String, org: String, frequency: String = "monthly") async throws -> String {
        var d = DatasetDraft()
        d.name = name; d.title = LocalizedText(.uzLatn, name); d.ownerOrg = org; d.licenseID = "cc-by-4.0"; d.frequency = frequency
        var r = ResourceDraft()
        r.upload = UploadedFile(fileName: "\(name).csv", contentType: "text/csv", data: Data("a,b\n1,2\n".utf8))
        d.resources = [r]
        return try await catalogue.create(d, by: .system).id
    }

    /// Replaces the dataset's file with new content at the clock's time: a data update.
    func update(_ name: String, content: String) async throws {
        let dataset = try await catalogue.dataset(name, for: .system)
        var r = try await catalogue.resourceDraft(dataset.resources[0].id, for: .system)
        r.upload = UploadedFile(fileName: "\(name).csv", contentType: "text/csv", data: Data(content.utf8))
        _ = try await catalogue.updateResource(dataset.resources[0].id, r, by: .system)
    }

    func at(_ text: String) { clock.set(Timestamp.parse(text)!) }
}
