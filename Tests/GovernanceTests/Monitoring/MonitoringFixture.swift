import Foundation
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
        try await GovernanceWorld.with(clockAt: "2025-01-10T08:00:00") { w in
            try await body(MonitoringFixture(database: w.database, configuration: w.configuration, clock: w.clock, catalogue: w.catalogue,
                                             organisations: w.organisations, governance: w.governance,
                                             officer: try await w.person("officer", editorOf: w.stat),
                                             ministryEditor: try await w.person("health-editor", editorOf: w.health),
                                             outsider: try await w.person("outsider"), health: w.health, finance: w.finance))
        }
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
