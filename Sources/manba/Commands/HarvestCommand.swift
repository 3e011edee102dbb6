import ArgumentParser
import Foundation
import Library
import ManbaCore
import ManbaHTTP

struct HarvestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest", abstract: "Bring records in from other catalogues.",
        subcommands: [HarvestOAI.self])
}

struct HarvestOAI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oai",
        abstract: "Harvest a member library's catalogue over OAI-PMH into the union catalogue.",
        discussion: """
        Each page is committed with the resumption token reached, so a run that is interrupted continues
        where it stopped when started again. A run that completes remembers when it began, and the next
        run asks only for records changed since then (unless --from says otherwise). Deleted records are
        taken out of the union catalogue. Records are read as MARCXML (metadata formats marc21, marcxml,
        marc21_withholdings).
        """)

    @Argument(help: "The repository's base URL, e.g. http://library.example/oai") var url: String
    @Option(help: "Code of the member library the records belong to.") var library: String
    @Option(help: "Harvest only this set.") var set: String?
    @Option(help: "Harvest records changed from this date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).") var from: String?
    @Option(help: "Metadata format to ask for.") var prefix: String = "marc21"

    func run() async throws {
        guard let base = URL(string: url), base.scheme == "http" || base.scheme == "https" else {
            throw CommandFailure("not an http(s) URL: \(url)")
        }
        var since: Date?
        if let from {
            guard let date = Datestamp.parse(from) ?? Datestamp.parse(from + "T00:00:00Z") else { throw CommandFailure("--from: not a date: \(from)") }
            since = date
        }
        try await ManbaCommand.withServices { services, _ in
            let started = Date()
            let request = CatalogueHarvester.Request(baseURL: base, library: library, set: set, metadataPrefix: prefix, from: since)
            let report = try await CatalogueHarvester(catalogue: services.library).harvest(request) { progress in
                ProgressLine.show("\(url): \(progress.read) records, \(Int(Double(progress.read) / max(Date().timeIntervalSince(started), 0.001))) records/s")
            }
            ProgressLine.finish()
            print("\(url): \(report.summary)")
            print(String(format: "%.1f s", Date().timeIntervalSince(started)))
        }
    }
}
