import ArgumentParser
import Foundation
import Library
import ManbaCore
import ManbaHTTP

struct HarvestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest", abstract: "Bring records in from other catalogues.",
        subcommands: [HarvestOAI.self, HarvestSchedule.self, HarvestUnschedule.self, HarvestSchedulesList.self])
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

    @OptionGroup var target: HarvestTarget
    @Option(help: "Harvest records changed from this date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).") var from: String?

    func run() async throws {
        var request = try target.request()
        var since: Date?
        if let from {
            guard let date = Datestamp.parse(from) ?? Datestamp.parse(from + "T00:00:00Z") else { throw CommandFailure("--from: not a date: \(from)") }
            since = date
        }
        try await ManbaCommand.withServices { services, _ in
            let started = Date()
            request.from = since
            let report = try await CatalogueHarvester(catalogue: services.library).harvest(request) { progress in
                ProgressLine.show("\(target.url): \(progress.read) records, \(Int(Double(progress.read) / max(Date().timeIntervalSince(started), 0.001))) records/s")
            }
            ProgressLine.finish()
            print("\(target.url): \(report.summary)")
            print(String(format: "%.1f s", Date().timeIntervalSince(started)))
        }
    }
}

/// The options that name one harvest: repository, library, set and format.
struct HarvestTarget: ParsableArguments {
    @Argument(help: "The repository's base URL, e.g. http://library.example/oai") var url: String
    @Option(help: "Code of the member library the records belong to.") var library: String
    @Option(help: "Harvest only this set.") var set: String?
    @Option(help: "Metadata format to ask for.") var prefix: String = "marc21"

    func request() throws -> CatalogueHarvester.Request {
        guard let base = URL(string: url), base.scheme == "http" || base.scheme == "https" else { throw CommandFailure("not an http(s) URL: \(url)") }
        return CatalogueHarvester.Request(baseURL: base, library: library, set: set, metadataPrefix: prefix)
    }
}

struct HarvestSchedule: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schedule", abstract: "Harvest a repository regularly while `manba serve` runs (first run at once).")
    @OptionGroup var target: HarvestTarget
    @Option(name: .customLong("every-hours"), help: "Hours between runs.") var everyHours: Int = 24

    func run() async throws {
        let request = try target.request()
        try await ManbaCommand.withServices { services, _ in
            try await HarvestSchedules(catalogue: services.library).save(request, everyHours: everyHours)
            print("scheduled: \(target.url) for \(target.library) every \(everyHours) h")
        }
    }
}

struct HarvestUnschedule: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unschedule", abstract: "Stop harvesting a repository regularly.")
    @OptionGroup var target: HarvestTarget

    func run() async throws {
        let request = try target.request()
        try await ManbaCommand.withServices { services, _ in
            guard try await HarvestSchedules(catalogue: services.library).remove(request) else { throw CommandFailure("no such schedule") }
            print("unscheduled: \(target.url) for \(target.library)")
        }
    }
}

struct HarvestSchedulesList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schedules", abstract: "List the scheduled harvests.")

    func run() async throws {
        try await ManbaCommand.withServices { services, _ in
            for s in try await HarvestSchedules(catalogue: services.library).all() {
                print("\(s.request.library)\t\(s.request.baseURL.absoluteString)\tset=\(s.request.set ?? "-")\t\(s.request.metadataPrefix)\tevery \(s.everyHours) h\tnext \(s.nextRun)\t\(s.lastResult)")
            }
        }
    }
}
