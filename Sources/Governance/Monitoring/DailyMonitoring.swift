import Foundation
import Logging
import ManbaCore
import ManbaStore

/// The monitoring `manba serve` runs every day at a configured hour (`MANBA_MONITOR_HOUR`, UTC,
/// default 2, that is 07:00 in Tashkent): statuses are computed and notices sent every day; a
/// snapshot is stored on the first run of each month (the "about monthly" snapshots the monitoring
/// department reports), while manual and command-line runs always store one.
public struct DailyMonitoring: Sendable {
    let governance: GovernanceServices
    let clock: any ManbaClock
    let logger: Logger
    public let hour: Int

    public init(governance: GovernanceServices, clock: any ManbaClock = SystemClock(), logger: Logger,
                hour: Int = ProcessInfo.processInfo.environment["MANBA_MONITOR_HOUR"].flatMap(Int.init) ?? 2) {
        self.governance = governance; self.clock = clock; self.logger = logger; self.hour = min(max(hour, 0), 23)
    }

    /// The next time the run is due, after `now`.
    public func nextRun(after now: Date) -> Date {
        let today = Calendar.utc.startOfDay(for: now).addingTimeInterval(TimeInterval(hour) * 3600)
        return today > now ? today : today.addingTimeInterval(86_400)
    }

    /// One day's run: notices always, a snapshot when this month has none yet. Returns whether a snapshot was stored.
    @discardableResult
    public func runOnce(asOf day: Date) async throws -> Bool {
        let month = String(CalendarDay.string(day).prefix(7))
        let hasSnapshot = try await governance.monitoring.snapshots(limit: 40).contains { $0.asOf.hasPrefix(month) }
        let states: [ObligationState]
        if hasSnapshot {
            states = try await governance.monitoring.evaluate(asOf: day).states
        } else {
            states = try await governance.monitoring.run(asOf: day, trigger: "scheduled", by: .system).states
        }
        let sent = try await governance.notices.notify(asOf: day, states: states)
        // Data requests whose answer or publication deadline passed: one notice each to the organisation.
        _ = try await governance.requests.remindOverdue()
        logger.info("daily monitoring done", metadata: ["as_of": "\(CalendarDay.string(day))", "obligations": "\(states.count)",
                                                        "notices": "\(sent)", "snapshot": "\(!hasSnapshot)"])
        return !hasSnapshot
    }

    /// Runs until cancelled. A failed day is logged and tried again at the next run.
    public func run() async {
        while !Task.isCancelled {
            let now = clock.now()
            let next = nextRun(after: now)
            do { try await Task.sleep(for: .seconds(next.timeIntervalSince(now))) } catch { return }
            do { try await runOnce(asOf: clock.now()) } catch {
                logger.error("daily monitoring failed", metadata: ["error": "\(error)"])
            }
        }
    }
}
