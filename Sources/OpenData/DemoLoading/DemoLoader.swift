import Foundation
import ManbaCore
import ManbaStore

/// Loads the demo catalogue through the same services people and programs use, so the demo data
/// passes every rule real data must pass. Re-running skips what is already there.
public struct DemoLoader {
    let catalogue: CatalogueService
    let organisations: OrganisationStore

    public init(catalogue: CatalogueService, organisations: OrganisationStore) {
        self.catalogue = catalogue
        self.organisations = organisations
    }

    public struct Report: Sendable {
        public var organisationsCreated = 0
        public var themesCreated = 0
        public var datasetsCreated = 0
        public var datasetsSkipped = 0
        public var resourceVersions = 0
    }

    public func load(progress: (String) -> Void = { _ in }) async throws -> Report {
        let demo = DemoCatalogue.make()
        var report = Report()
        let system = Principal.system
        // Parents first, so children can name them.
        let roots: [DemoOrganisation] = demo.organisations.filter { $0.parentName == nil }
        let children: [DemoOrganisation] = demo.organisations.filter { $0.parentName != nil }
        let ordered = roots + children
        for org in ordered where try await organisations.find(org.name) == nil {
            _ = try await organisations.create(.init(name: org.name, title: org.title, description: org.description,
                                                     parentName: org.parentName, region: org.region), kind: .organization, by: system)
            report.organisationsCreated += 1
        }
        for theme in demo.themes where try await organisations.find(theme.name) == nil {
            _ = try await organisations.create(.init(name: theme.name, title: theme.title, description: theme.description), kind: .group, by: system)
            report.themesCreated += 1
        }
        progress("organisations: \(report.organisationsCreated) new, themes: \(report.themesCreated) new")
        for (n, d) in demo.datasets.enumerated() {
            if (try? await catalogue.dataset(d.name, for: system)) != nil { report.datasetsSkipped += 1; continue }
            var draft = DatasetDraft()
            draft.name = d.name; draft.title = d.title; draft.notes = d.notes; draft.ownerOrg = d.organisationName
            draft.groups = d.themeNames; draft.tags = d.tags; draft.licenseID = d.licenseID; draft.frequency = d.frequency
            draft.temporalStart = d.temporalStart; draft.temporalEnd = d.temporalEnd; draft.spatial = d.spatial
            draft.maintainer = d.maintainer; draft.maintainerEmail = d.maintainerEmail
            draft.sociallySignificant = d.sociallySignificant; draft.legalReference = d.legalReference
            draft.resources = d.resources.enumerated().map { i, r in
                var resource = ResourceDraft()
                resource.name = r.name
                resource.format = r.format
                resource.language = r.language.rawValue
                resource.upload = UploadedFile(fileName: "\(d.name)-\(i + 1).csv", contentType: "text/csv", data: Data(r.csv.utf8))
                return resource
            }
            let created = try await catalogue.create(draft, by: system)
            report.datasetsCreated += 1
            // Every seventh dataset gets a second version of its first file, so history pages have something to show.
            if n % 7 == 0, let first = created.resources.first, let original = d.resources.first {
                var replacement = try await catalogue.resourceDraft(first.id, for: system)
                let updated = original.csv + Self.extraRow(original.csv)
                replacement.upload = UploadedFile(fileName: "\(d.name)-1.csv", contentType: "text/csv", data: Data(updated.utf8))
                _ = try await catalogue.updateResource(first.id, replacement, by: system)
                report.resourceVersions += 1
            }
            if (n + 1) % 100 == 0 { progress("datasets: \(n + 1)/\(demo.datasets.count)") }
        }
        return report
    }

    /// A copy of the last data row, standing in for the next period's figures.
    static func extraRow(_ csv: String) -> String {
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count > 1, let last = lines.last else { return "" }
        return (csv.hasSuffix("\n") ? "" : "\n") + last + "\n"
    }
}
