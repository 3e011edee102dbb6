import Foundation
import ManbaCore
import ManbaStore
import ManbaTestSupport
import OpenData
@testable import Governance

/// A catalogue with two organisations, an editor of the first and an outsider, and the quality service
/// on a clock the test moves. Only the catalogue's and quality's tables are created, so these tests do
/// not depend on the rest of governance.
struct QualityFixture {
    let database: any DatabaseBackend
    let clock: FixedClock
    let catalogue: CatalogueService
    let organisations: OrganisationStore
    let updates: DataUpdateLog
    let quality: QualityService
    let editor: Principal
    let outsider: Principal
    let stat: Organisation
    let moliya: Organisation

    static let start = Timestamp.parse("2025-03-01T09:00:00")!

    static func with(probe: any LinkProbe = URLSessionLinkProbe(), _ body: (QualityFixture) async throws -> Void) async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + CatalogueMigrations.all + QualityMigrations.all)
        let clock = FixedClock(start)
        let organisations = OrganisationStore(database: database, clock: clock)
        let users = UserStore(database: database, clock: clock)
        let catalogue = CatalogueService(database: database, files: FileStore(directory: configuration.filesDirectory), clock: clock,
                                         organisations: organisations, uploadLimit: 100_000)
        do {
            let stat = try await organisations.create(.init(name: "stat", title: LocalizedText(.uzLatn, "Statistika agentligi")), kind: .organization, by: .system)
            let moliya = try await organisations.create(.init(name: "moliya", title: LocalizedText(.uzLatn, "Moliya vazirligi")), kind: .organization, by: .system)
            let editor = try await users.create(name: "editor", password: "long enough pass")
            try await organisations.setMember(userID: editor.id, organisationID: stat.id, role: .editor, by: .system)
            let outsider = try await users.create(name: "outsider", password: "long enough pass")
            let quality = QualityService(database: database, catalogue: catalogue, organisations: organisations, clock: clock,
                                         logger: TestStore.logger, probe: probe)
            let f = QualityFixture(database: database, clock: clock, catalogue: catalogue, organisations: organisations,
                                   updates: DataUpdateLog(database: database), quality: quality,
                                   editor: try await users.principal(for: editor), outsider: try await users.principal(for: outsider),
                                   stat: stat, moliya: moliya)
            try await body(f)
        } catch {
            await TestStore.close(database, configuration)
            throw error
        }
        await TestStore.close(database, configuration)
    }

    /// A link resource.
    static func link(_ url: String, format: String = "CSV", name: String = "Maʼlumotlar") -> ResourceDraft {
        var r = ResourceDraft()
        r.url = url
        r.format = format
        r.name = LocalizedText(.uzLatn, name)
        return r
    }

    /// A draft that meets every quality criterion; tests take things away from it.
    static func complete(_ name: String, org: String = "stat", links: [String]? = nil) -> DatasetDraft {
        var d = DatasetDraft()
        d.name = name
        d.title = LocalizedText(.uzLatn, "Maktablar roʻyxati")
        d.notes = LocalizedText(.uzLatn, "Respublikadagi barcha umumtaʼlim maktablari roʻyxati: nomi, manzili, oʻquvchilar soni, oʻqituvchilar soni va taʼlim tili boʻyicha har oy yangilanadi.")
        d.ownerOrg = org
        d.licenseID = "cc-by-4.0"
        d.frequency = "monthly"
        d.temporalStart = "2020-01-01"
        d.spatial = "Oʻzbekiston"
        d.maintainerEmail = "data@stat.uz"
        let urls = links ?? ["https://data.example.org/\(name).csv", "https://data.example.org/\(name)-docs.pdf"]
        d.resources = urls.enumerated().map { n, url in
            n == 1 ? link(url, format: "PDF", name: "Hujjatlar") : link(url)
        }
        return d
    }

    @discardableResult
    func create(_ draft: DatasetDraft, by principal: Principal? = nil) async throws -> Dataset {
        try await catalogue.create(draft, by: principal ?? editor)
    }

    func advance(days: Double) { clock.advance(by: days * 86_400) }

    func storedChecks() async throws -> [LinkCheck] {
        try await database.read { db in
            try await db.rows("SELECT * FROM link_checks ORDER BY url").map(LinkCheckStore.decode)
        }
    }
}
