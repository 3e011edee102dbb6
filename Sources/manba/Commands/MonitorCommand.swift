import ArgumentParser
import Foundation
import Governance
import ManbaCore
import ManbaHTTP

struct MonitorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Compute every obligation's status on a day, store a monitoring snapshot and send the notices due.",
        discussion: "The statuses come from the history of data updates. Runs as the system; nothing partial is stored if it is interrupted.")

    @Option(name: .customLong("as-of"), help: "The day (yyyy-mm-dd); default today (UTC).") var asOf: String?
    @Flag(name: .customLong("no-notices"), help: "Store the snapshot without sending notices (runs for past days never send any).") var noNotices = false

    func run() async throws {
        let day: Date
        if let asOf {
            guard let parsed = CalendarDay.parse(asOf) else { throw CommandFailure("--as-of: give a date as yyyy-mm-dd, not \(asOf)") }
            day = parsed
        } else {
            day = Calendar.utc.startOfDay(for: Date())
        }
        try await ManbaCommand.withServices { services, _ in
            let started = Date()
            // Only a run for today sends notices (see GovernanceServices.runMonitoring).
            let snapshot: MonitoringSnapshot, notices: Int
            if noNotices {
                snapshot = try await services.governance.monitoring.run(asOf: day, trigger: "command", by: .system).snapshot
                notices = 0
            } else {
                let run = try await services.governance.runMonitoring(asOf: day, trigger: "command", by: .system)
                (snapshot, notices) = (run.snapshot, run.notices)
            }
            let t = snapshot.totals
            print("monitoring as of \(snapshot.asOf): \(t.obligations) obligations, \(t.due) due: \(t.onTime) on time, \(t.late) late, \(t.overdue) overdue, \(t.missing) missing; compliance \(t.compliance.map { "\($0)%" } ?? "-")")
            print("snapshot \(snapshot.id) stored in \(String(format: "%.2f", Date().timeIntervalSince(started))) s; \(notices) new notices")
        }
    }
}
