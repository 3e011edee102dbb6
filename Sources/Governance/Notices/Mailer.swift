import Foundation
import Logging
import ManbaCore
import ManbaStore
import SQLKit

/// Sends the mails waiting in the outbox, and keeps every one that fails for a later try.
///
/// A mail is claimed before it is sent (its `next_attempt` moves a lease ahead, in a write
/// transaction, which both backends serialise), so two drains, in one process or two, never send
/// the same mail at once; a process that dies while sending leaves the mail to be retried when the
/// lease ends. A failure counts an attempt, records the error and waits 1 minute, then 2, 4, ...
/// up to 6 hours; a mail is never dropped. With no transport (no SMTP host) nothing is sent and
/// everything stays queued.
public final class Mailer: Sendable {
    public static let firstRetryDelay: TimeInterval = 60
    public static let maximumRetryDelay: TimeInterval = 6 * 3600
    /// Longer than one send can take (connect timeout plus a handful of reply timeouts).
    static let lease: TimeInterval = 15 * 60
    /// After this many failures in a row the server is taken to be down, and the rest wait for the
    /// next drain instead of each waiting for their own timeout.
    static let consecutiveFailuresToStop = 3

    let database: any DatabaseBackend
    let transport: (any MailTransport)?
    let clock: any ManbaClock
    let logger: Logger
    /// Mails sent at most per drain, so one drain ends even when mail keeps arriving.
    let batchSize: Int

    public init(database: any DatabaseBackend, transport: (any MailTransport)?, clock: any ManbaClock, logger: Logger, batchSize: Int = 200) {
        self.database = database; self.transport = transport; self.clock = clock; self.logger = logger; self.batchSize = batchSize
    }

    /// Sends the mails that are due now; returns how many went and how many failed (and wait).
    /// Never throws: a database error ends the drain, and what was not sent stays queued.
    public func deliverDue() async -> (sent: Int, failed: Int) {
        guard let transport else { return (0, 0) }
        var sent = 0, failed = 0, failuresInARow = 0
        do {
            while sent + failed < batchSize, failuresInARow < Self.consecutiveFailuresToStop, let mail = try await claimNext() {
                do {
                    try await transport.send(mail.message)
                    try await markSent(mail)
                    sent += 1
                    failuresInARow = 0
                } catch {
                    try await markFailed(mail, error: error)
                    failed += 1
                    failuresInARow += 1
                }
            }
        } catch {
            logger.error("mail outbox: \(String(describing: error))")
        }
        if sent + failed > 0 { logger.info("mail outbox: \(sent) sent, \(failed) failed") }
        return (sent, failed)
    }

    /// Drains the outbox every `interval` until the task is cancelled: what `serve` runs, so that
    /// failed mails are retried when their time comes.
    public func run(every interval: Duration = .seconds(60)) async {
        guard transport != nil else {
            logger.notice("no SMTP host configured (MANBA_SMTP_HOST): notices stay in the inboxes and their mails stay queued")
            return
        }
        while !Task.isCancelled {
            _ = await deliverDue()
            try? await Task.sleep(for: interval)
        }
    }

    /// Mails not yet sent, due or waiting for a retry.
    public func queuedCount() async throws -> Int {
        try await database.read { db in
            try await db.first("SELECT COUNT(*) AS n FROM mail_outbox WHERE sent_at IS NULL")!.decode(column: "n", as: Int.self)
        }
    }

    /// The wait after `attempts` failed attempts: 1 minute doubling, at most 6 hours.
    public static func retryDelay(afterAttempts attempts: Int) -> TimeInterval {
        let exponent = Double(min(max(attempts - 1, 0), 30))
        return min(firstRetryDelay * pow(2, exponent), maximumRetryDelay)
    }

    // MARK: Outbox rows

    private struct ClaimedMail: Sendable {
        let message: MailMessage
        let attempts: Int
    }

    private func claimNext() async throws -> ClaimedMail? {
        let now = clock.now()
        let nowText = Timestamp.string(now), leaseEnd = Timestamp.string(now.addingTimeInterval(Self.lease))
        return try await database.write { db in
            guard let row = try await db.first("""
                SELECT mail_outbox.id, recipient, mail_outbox.subject, mail_outbox.body, attempts, notices.created
                FROM mail_outbox JOIN notices ON notices.id = mail_outbox.notice_id
                WHERE sent_at IS NULL AND next_attempt <= \(bind: nowText) ORDER BY next_attempt, mail_outbox.id LIMIT 1
                """) else { return nil }
            let id = try row.decode(column: "id", as: String.self)
            try await db.run("UPDATE mail_outbox SET next_attempt = \(bind: leaseEnd) WHERE id = \(bind: id)")
            let message = MailMessage(id: id, recipient: try row.decode(column: "recipient", as: String.self),
                                      subject: try row.decode(column: "subject", as: String.self),
                                      body: try row.decode(column: "body", as: String.self),
                                      date: Timestamp.parse(try row.decode(column: "created", as: String.self)) ?? now)
            return ClaimedMail(message: message, attempts: try row.decode(column: "attempts", as: Int.self))
        }
    }

    private func markSent(_ mail: ClaimedMail) async throws {
        let now = Timestamp.string(clock.now())
        try await database.write { db in
            try await db.run("""
                UPDATE mail_outbox SET sent_at = \(bind: now), attempts = \(bind: mail.attempts + 1), last_error = NULL
                WHERE id = \(bind: mail.message.id)
                """)
        }
    }

    private func markFailed(_ mail: ClaimedMail, error: any Error) async throws {
        let attempts = mail.attempts + 1
        let now = clock.now()
        let next = Timestamp.string(now.addingTimeInterval(Self.retryDelay(afterAttempts: attempts)))
        let reason = String(String(describing: error).prefix(1000))
        logger.warning("mail \(mail.message.id) failed (attempt \(attempts)), retried at \(next): \(reason)")
        try await database.write { db in
            try await db.run("""
                UPDATE mail_outbox SET attempts = \(bind: attempts), last_error = \(bind: reason), next_attempt = \(bind: next)
                WHERE id = \(bind: mail.message.id)
                """)
        }
    }
}
