import Foundation
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
        try await GovernanceWorld.with(clockAt: "2025-03-03T09:00:00") { w in
            try await body(DemandFixture(database: w.database, clock: w.clock, catalogue: w.catalogue, organisations: w.organisations,
                                         governance: w.governance, officer: try await w.person("officer", editorOf: w.stat),
                                         healthEditor: try await w.person("health-editor", editorOf: w.health),
                                         requester: try await w.person("citizen"), outsider: try await w.person("outsider"),
                                         health: w.health, finance: w.finance))
        }
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

