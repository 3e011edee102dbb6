import Foundation
import Logging
import ManbaCore
import ManbaStore
import ManbaTestSupport
import OpenData
@testable import Governance

/// A store with the monitoring department and the finance ministry, whose editors and admin have
/// e-mail addresses (and one editor has none, and a plain member is no recipient), a notice store
/// and a clock the test moves.
struct NoticeFixture {
    static let digestRecipient = "monitoring@stat.uz"

    let database: any DatabaseBackend
    let configuration: StoreConfiguration
    let clock: FixedClock
    let organisations: OrganisationStore
    let notices: NoticeStore
    let stat: Organisation
    let finance: Organisation
    let financeEditor: Principal
    let financeMember: Principal
    let officer: Principal
    let outsider: Principal

    static func with(settings: NoticeSettings = NoticeSettings(digestRecipients: [digestRecipient]),
                     _ body: (NoticeFixture) async throws -> Void) async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + CatalogueMigrations.all + GovernanceMigrations.all)
        do {
            let f = try await make(database, configuration, settings)
            try await body(f)
        } catch {
            await TestStore.close(database, configuration)
            throw error
        }
        await TestStore.close(database, configuration)
    }

    private static func make(_ database: any DatabaseBackend, _ configuration: StoreConfiguration, _ settings: NoticeSettings) async throws -> NoticeFixture {
        let clock = FixedClock(Timestamp.parse("2025-02-16T06:00:00")!)
        let organisations = OrganisationStore(database: database, clock: clock)
        let users = UserStore(database: database, clock: clock)
        let access = GovernanceAccess(organisations: organisations, monitoringOrganisation: "statistika-agentligi")
        let stat = try await organisations.create(.init(name: "statistika-agentligi", title: LocalizedText(.uzLatn, "Statistika agentligi")), kind: .organization, by: .system)
        let finance = try await organisations.create(.init(name: "moliya", title: LocalizedText([.uzLatn: "Moliya vazirligi", .ru: "Министерство финансов"])), kind: .organization, by: .system)
        func member(_ name: String, email: String, of org: Organisation, _ role: Role) async throws -> Principal {
            let user = try await users.create(name: name, password: "long enough pass", email: email)
            try await organisations.setMember(userID: user.id, organisationID: org.id, role: role, by: .system)
            return try await users.principal(for: user)
        }
        let financeEditor = try await member("moliya-editor", email: "editor@moliya.uz", of: finance, .editor)
        _ = try await member("moliya-admin", email: "admin@moliya.uz", of: finance, .admin)
        _ = try await member("moliya-no-mail", email: "", of: finance, .editor)
        let financeMember = try await member("moliya-member", email: "member@moliya.uz", of: finance, .member)
        let officer = try await member("officer", email: "officer@stat.uz", of: stat, .editor)
        let outsiderUser = try await users.create(name: "outsider", password: "long enough pass", email: "outsider@example.uz")
        return NoticeFixture(database: database, configuration: configuration, clock: clock, organisations: organisations,
                             notices: NoticeStore(database: database, organisations: organisations, access: access, settings: settings, clock: clock),
                             stat: stat, finance: finance, financeEditor: financeEditor, financeMember: financeMember, officer: officer,
                             outsider: try await users.principal(for: outsiderUser))
    }

    func mailer(_ transport: (any MailTransport)?) -> Mailer {
        var logger = Logger(label: "manba.test.mailer")
        logger.logLevel = .critical
        return Mailer(database: database, transport: transport, clock: clock, logger: logger)
    }

    func at(_ text: String) { clock.set(Timestamp.parse(text)!) }

    struct OutboxRow: Equatable {
        let recipient: String
        let subject: String
        let attempts: Int
        let nextAttempt: String
        let sent: Bool
        let lastError: String?
    }

    /// The outbox, by recipient.
    func outbox() async throws -> [OutboxRow] {
        try await database.read { db in
            try await db.rows("SELECT * FROM mail_outbox ORDER BY recipient, id").map { row in
                OutboxRow(recipient: try row.decode(column: "recipient", as: String.self), subject: try row.decode(column: "subject", as: String.self),
                          attempts: try row.decode(column: "attempts", as: Int.self),
                          nextAttempt: try row.decode(column: "next_attempt", as: String.self),
                          sent: try row.optional("sent_at", as: String.self) != nil,
                          lastError: try row.optional("last_error", as: String.self))
            }
        }
    }

    func noticeCount() async throws -> Int {
        try await database.read { try await $0.first("SELECT COUNT(*) AS n FROM notices")!.decode(column: "n", as: Int.self) }
    }
}

/// Obligations and their states on a day, computed by the monitoring's own rules from an update history.
enum NoticeStates {
    static func obligation(_ id: String, org: String, title: String = "Davlat byudjeti ijrosi", periodicity: Frequency = .monthly,
                           deadlineDays: Int = 15, startsOn: String = "2024-01-01", hasDataset: Bool = true) -> Obligation {
        Obligation(id: id, listID: "list-1", number: 1, organisationID: org, datasetID: hasDataset ? "dataset-\(id)" : nil, title: title,
                   periodicity: periodicity, deadlineDays: deadlineDays, sociallySignificant: false, legalReference: nil, startsOn: startsOn)
    }

    static func state(_ obligation: Obligation, on day: String, updates: [String]) -> ObligationState {
        let asOf = CalendarDay.parse(day)!, starts = CalendarDay.parse(obligation.startsOn)!
        let times = updates.map { Timestamp.parse($0)! }.sorted()
        let assessment = TimelinessRules.assess(frequency: obligation.periodicity, graceDays: obligation.deadlineDays, startsOn: starts,
                                                hasDataset: obligation.datasetID != nil, updates: times, asOf: asOf)
        let next = TimelinessRules.nextDeadline(frequency: obligation.periodicity, graceDays: obligation.deadlineDays, startsOn: starts,
                                                asOf: asOf) { from, before in times.first { $0 >= from && $0 < before } }
        return ObligationState(obligation: obligation, assessment: assessment, nextDeadline: next?.deadline, nextPeriod: next?.period ?? nil)
    }

    /// December 2024's data published on 10 January 2025, nothing after: January's data is due by
    /// 15 February 2025.
    static let decemberPublished = ["2024-12-05T10:00:00", "2025-01-10T10:00:00"]
}
