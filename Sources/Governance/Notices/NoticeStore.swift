import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// The cabinet inboxes and the mail outbox behind them.
///
/// Delivering is idempotent: a notice whose dedupe key is already stored is skipped, and only a
/// notice stored just now queues mails, so running the monitoring twice sends nothing twice. Mails
/// are queued in the same transaction as their notice and sent later by the `Mailer`, so a notice is
/// never in an inbox without its mails, nor a mail queued for a notice that was rolled back.
public final class NoticeStore: Sendable {
    let database: any DatabaseBackend
    let organisations: OrganisationStore
    let access: GovernanceAccess
    let settings: NoticeSettings
    let clock: any ManbaClock

    public init(database: any DatabaseBackend, organisations: OrganisationStore, access: GovernanceAccess,
                settings: NoticeSettings, clock: any ManbaClock) {
        self.database = database; self.organisations = organisations; self.access = access
        self.settings = settings; self.clock = clock
    }

    // MARK: Delivering

    /// Plans the notices due on `day` from the monitoring's states and delivers them: what the
    /// monitoring calls after each run. Returns the number of notices that are new.
    @discardableResult
    public func notify(asOf day: Date, states: [ObligationState]) async throws -> Int {
        var titles: [String: String] = [:]
        for organisation in try await organisations.all(kind: .organization) { titles[organisation.id] = organisation.title.resolved(for: .uzLatn) }
        return try await deliver(NoticePlanner.plan(asOf: day, states: states, settings: settings, organisationTitles: titles))
    }

    /// Stores the notices not stored before (by dedupe key) and queues one mail per recipient for
    /// each: the organisation's editors and admins with an e-mail address, or for the monitoring
    /// staff's notices the digest recipients. One transaction. Returns the number of new notices.
    /// Written in bulk: a daily run on a national list plans tens of thousands.
    @discardableResult
    public func deliver(_ notices: [NoticeDraft]) async throws -> Int {
        var seen: Set<String> = []
        let notices = notices.filter { seen.insert($0.dedupeKey).inserted }
        guard !notices.isEmpty else { return 0 }
        let now = Timestamp.string(clock.now())
        let staffRecipients = settings.digestRecipients
        return try await database.write { db in
            let identified = notices.map { (id: Identifier.make(), notice: $0) }
            var rows = BulkRows(table: "notices", columns: [
                ("id", .text), ("organization_id", .text), ("obligation_id", .text), ("kind", .text), ("dedupe_key", .text),
                ("subject", .text), ("body", .text), ("created", .text)])
            for (id, notice) in identified {
                rows.append([id, notice.organisationID, notice.obligationID, notice.kind.rawValue, notice.dedupeKey, notice.subject,
                             notice.body, now])
            }
            let stored = Set(try await rows.insertReturning("id", in: db, suffix: "ON CONFLICT (dedupe_key) DO NOTHING"))
            var recipients: [String: [String]] = [:]
            var mails = BulkRows(table: "mail_outbox", columns: [
                ("id", .text), ("notice_id", .text), ("recipient", .text), ("subject", .text), ("body", .text), ("attempts", .integer),
                ("next_attempt", .text)])
            for (id, notice) in identified where stored.contains(id) {
                let to: [String]
                if let recipients = notice.recipients {
                    to = recipients
                } else if let organisationID = notice.organisationID {
                    if recipients[organisationID] == nil { recipients[organisationID] = try await Self.editorAddresses(organisationID, in: db) }
                    to = recipients[organisationID]!
                } else {
                    to = staffRecipients
                }
                // An address SMTP cannot carry would only fail forever; the notice is in the inbox regardless.
                for address in to where MailFormat.isPlainAddress(address) {
                    mails.append([Identifier.make(), id, address, notice.subject, notice.body, 0, now])
                }
            }
            try await mails.insert(in: db)
            return stored.count
        }
    }

    /// Puts a message into an organisation's inbox (and its editors' mail), for other parts: a data
    /// request to answer, feedback on a dataset. The key names the event (say "data-request:<id>:
    /// submitted"); posting the same key again does nothing. Returns whether the message is new.
    @discardableResult
    public func post(to organisationID: String, subject: String, body: String, dedupeKey: String) async throws -> Bool {
        guard let organisation = try await organisations.find(organisationID) else { throw ManbaError.notFound("Organization not found") }
        var problems: [String: [String]] = [:]
        if subject.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems["subject"] = ["Missing value"] }
        if dedupeKey.isEmpty { problems["dedupe_key"] = ["Missing value"] }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        let draft = NoticeDraft(organisationID: organisation.id, kind: .message, dedupeKey: "message:" + dedupeKey, subject: subject, body: body)
        return try await deliver([draft]) == 1
    }

    /// Mails someone outside the portal's organisations, once per key (say "data-request:<id>:
    /// accepted"), through the same outbox and retries as every notice. Returns whether it is new.
    @discardableResult
    public func mail(to address: String, subject: String, body: String, dedupeKey: String) async throws -> Bool {
        guard MailFormat.isPlainAddress(address) else { return false }
        let draft = NoticeDraft(organisationID: nil, kind: .outside, dedupeKey: "outside:" + dedupeKey, subject: subject, body: body,
                                recipients: [address])
        return try await deliver([draft]) == 1
    }

    /// The addresses of the organisation's editors and admins, each once.
    private static func editorAddresses(_ organisationID: String, in db: any SQLDatabase) async throws -> [String] {
        try await db.rows("""
            SELECT DISTINCT users.email FROM memberships JOIN users ON users.id = memberships.user_id
            WHERE memberships.organization_id = \(bind: organisationID) AND memberships.role IN ('editor', 'admin')
              AND users.state = 'active' AND users.email <> '' ORDER BY users.email
            """).map { try $0.decode(column: "email", as: String.self) }
    }

    // MARK: Reading

    /// The organisation's notices, newest first: for its editors and admins and the monitoring staff.
    public func inbox(organisationID: String, principal: Principal, limit: Int = 50) async throws -> [Notice] {
        try await requireReader(of: organisationID, principal)
        return try await database.read { db in
            try await db.rows("""
                SELECT * FROM notices WHERE organization_id = \(bind: organisationID)
                ORDER BY created DESC, id LIMIT \(bind: Self.clamped(limit))
                """).map(Self.notice)
        }
    }

    /// The monitoring staff's own notices (the daily digests), newest first.
    public func staffInbox(principal: Principal, limit: Int = 50) async throws -> [Notice] {
        try await requireReader(of: nil, principal)
        return try await database.read { db in
            try await db.rows("SELECT * FROM notices WHERE organization_id IS NULL AND kind <> 'outside' ORDER BY created DESC, id LIMIT \(bind: Self.clamped(limit))").map(Self.notice)
        }
    }

    public func unreadCount(organisationID: String, principal: Principal) async throws -> Int {
        try await requireReader(of: organisationID, principal)
        return try await database.read { db in
            try await db.first("SELECT COUNT(*) AS n FROM notices WHERE organization_id = \(bind: organisationID) AND read_at IS NULL")!
                .decode(column: "n", as: Int.self)
        }
    }

    public func staffUnreadCount(principal: Principal) async throws -> Int {
        try await requireReader(of: nil, principal)
        return try await database.read { db in
            try await db.first("SELECT COUNT(*) AS n FROM notices WHERE organization_id IS NULL AND kind <> 'outside' AND read_at IS NULL")!.decode(column: "n", as: Int.self)
        }
    }

    /// Marks a notice read for everyone who shares its inbox. Marking it again keeps the first time.
    public func markRead(_ noticeID: String, principal: Principal) async throws {
        let row = try await database.read { db in try await db.first("SELECT organization_id FROM notices WHERE id = \(bind: noticeID)") }
        guard let row else { throw ManbaError.notFound("Notice not found") }
        try await requireReader(of: try row.optional("organization_id", as: String.self), principal)
        let now = Timestamp.string(clock.now())
        try await database.write { db in
            try await db.run("UPDATE notices SET read_at = \(bind: now) WHERE id = \(bind: noticeID) AND read_at IS NULL")
        }
    }

    /// An organisation's inbox is for those who may act for it; the staff's inbox for the staff.
    private func requireReader(of organisationID: String?, _ principal: Principal) async throws {
        let allowed = if let organisationID { try await access.mayActFor(organisationID, principal) }
                      else { try await access.isMonitoringStaff(principal) }
        guard allowed else { throw ManbaError.forbidden("Only the organization's editors and the monitoring staff may read these notices") }
    }

    private static func clamped(_ limit: Int) -> Int { min(max(limit, 1), 500) }

    static func notice(_ row: any SQLRow) throws -> Notice {
        Notice(id: try row.decode(column: "id", as: String.self),
               organisationID: try row.optional("organization_id"),
               obligationID: try row.optional("obligation_id"),
               kind: Notice.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .message,
               dedupeKey: try row.decode(column: "dedupe_key", as: String.self),
               subject: try row.decode(column: "subject", as: String.self),
               body: try row.decode(column: "body", as: String.self),
               created: try row.decode(column: "created", as: String.self),
               readAt: try row.optional("read_at"))
    }
}
