import Foundation
import Logging
import ManbaCore
import ManbaStore
import OpenData

/// Everything governance needs, opened once beside the catalogue.
public final class GovernanceServices: Sendable {
    public let access: GovernanceAccess
    public let obligations: ObligationStore
    public let monitoring: MonitoringService
    public let noticeSettings: NoticeSettings
    public let notices: NoticeStore
    public let mailer: Mailer
    /// Dataset quality scores, 5-star levels and the periodic link check.
    public let quality: QualityService
    /// The openness index per organisation: timeliness, quality and answers to data requests.
    public let openness: OpennessService
    /// Demand (A3): usage counts, the search log, data requests, feedback and the demand score.
    public let usage: UsageCounter
    public let searches: SearchLog
    public let requests: DataRequestStore
    public let feedback: FeedbackStore
    public let demand: DemandReport
    /// Writes the buffered usage and search counts: `manba serve` runs it every 10 s, and at shutdown.
    public let demandCounts: DemandFlusher

    public init(database: any DatabaseBackend, catalogue: CatalogueService, organisations: OrganisationStore, users: UserStore,
                clock: any ManbaClock, logger: Logger,
                monitoringOrganisation: String = ProcessInfo.processInfo.environment["MANBA_MONITORING_ORG"]
                    ?? GovernanceAccess.defaultMonitoringOrganisation,
                noticeSettings: NoticeSettings = .fromEnvironment()) {
        access = GovernanceAccess(organisations: organisations, monitoringOrganisation: monitoringOrganisation)
        obligations = ObligationStore(database: database, organisations: organisations, catalogue: catalogue, access: access, clock: clock)
        self.noticeSettings = noticeSettings
        notices = NoticeStore(database: database, organisations: organisations, access: access, settings: noticeSettings, clock: clock)
        mailer = Mailer(database: database, transport: noticeSettings.smtp.map { SMTPClient(settings: $0) }, clock: clock, logger: logger)
        monitoring = MonitoringService(database: database, obligations: obligations, updates: DataUpdateLog(database: database),
                                       access: access, clock: clock, logger: logger)
        quality = QualityService(database: database, catalogue: catalogue, organisations: organisations, clock: clock, logger: logger)
        openness = OpennessService(database: database, monitoring: monitoring, quality: quality, clock: clock)
        let demandNotices = DemandNotices(notices: notices, logger: logger)
        usage = UsageCounter(database: database, clock: clock, logger: logger)
        searches = SearchLog(database: database, clock: clock, access: access, logger: logger)
        requests = DataRequestStore(database: database, organisations: organisations, catalogue: catalogue, access: access, clock: clock,
                                    notices: demandNotices)
        feedback = FeedbackStore(database: database, catalogue: catalogue, access: access, clock: clock, notices: demandNotices)
        demand = DemandReport(database: database, usage: usage, searches: searches, requests: requests, feedback: feedback, clock: clock)
        demandCounts = DemandFlusher(usage: usage, searches: searches, logger: logger)
    }

    /// Runs the monitoring, stores the snapshot and, when the day is today, sends the notices due. A run
    /// for a past day is a report: it must not send reminders for periods long gone, nor use up the
    /// keys that keep the right notices from being sent twice.
    public func runMonitoring(asOf day: Date, trigger: String, by principal: Principal, clock: any ManbaClock = SystemClock())
        async throws -> (snapshot: MonitoringSnapshot, states: [ObligationState], notices: Int) {
        let (snapshot, states) = try await monitoring.run(asOf: day, trigger: trigger, by: principal)
        let isToday = CalendarDay.string(day) == CalendarDay.string(clock.now())
        let sent = isToday ? try await notices.notify(asOf: day, states: states) : 0
        return (snapshot, states, sent)
    }
}
