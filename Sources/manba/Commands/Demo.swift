import ArgumentParser
import ManbaHTTP
import OpenData

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the demo catalogue (organisations, themes, 500+ datasets with CSV files). Safe to re-run.")

    func run() async throws {
        try await ManbaCommand.withServices { services, _ in
            let loader = DemoLoader(catalogue: services.catalogue, organisations: services.organisations)
            let report = try await loader.load { print($0) }
            print("demo loaded: \(report.organisationsCreated) organisations, \(report.themesCreated) themes, \(report.datasetsCreated) datasets created (\(report.datasetsSkipped) already there), \(report.resourceVersions) file versions")
        }
    }
}
