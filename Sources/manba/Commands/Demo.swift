import ArgumentParser
import Governance
import Library
import ManbaHTTP
import OpenData

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the demo data: the open data catalogue (organisations, themes, 500+ datasets with CSV files) and the union library catalogue (member libraries, books held by several of them). Safe to re-run.")

    func run() async throws {
        try await ManbaCommand.withServices { services, _ in
            let loader = DemoLoader(catalogue: services.catalogue, organisations: services.organisations)
            let report = try await loader.load { print($0) }
            let library = try await LibraryDemoLoader(catalogue: services.library).load()
            print("library demo loaded: \(library.libraries) member libraries; records \(library.report.summary)")
            let governance = try await GovernanceDemoLoader(governance: services.governance, catalogue: services.catalogue,
                                                            database: services.database).load()
            if governance.skipped {
                print("governance demo already loaded")
            } else {
                print("governance demo loaded: \(governance.obligations) obligations, \(governance.updates) past data updates, \(governance.snapshots) monitoring snapshots, \(governance.notices) notices")
            }
            print("demo loaded: \(report.organisationsCreated) organisations, \(report.themesCreated) themes, \(report.datasetsCreated) datasets created (\(report.datasetsSkipped) already there), \(report.resourceVersions) file versions")
        }
    }
}
