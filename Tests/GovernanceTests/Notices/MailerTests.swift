import Foundation
import ManbaCore
import Testing
@testable import Governance

/// A transport that fails while told to, and records what it was given.
final class ScriptedTransport: MailTransport {
    let failing = Locked(true)
    let attempts = Locked<[MailMessage]>([])

    func send(_ message: MailMessage) async throws {
        attempts.withLock { $0.append(message) }
        if failing.withLock({ $0 }) { throw SMTPError.rejected(command: "RCPT TO", code: 451, text: "4.3.0 try again later") }
    }
}

@Suite("Notices: mailer") struct MailerTests {
    /// The missed-deadline notice of 16 February 2025: two mails (admin, editor) and the digest's one.
    func queueNotices(_ f: NoticeFixture) async throws {
        let states = [NoticeStates.state(NoticeStates.obligation("ob-1", org: f.finance.id), on: "2025-02-16", updates: NoticeStates.decemberPublished)]
        try await f.notices.notify(asOf: CalendarDay.parse("2025-02-16")!, states: states)
    }

    func smtp(_ port: Int) -> SMTPClient {
        SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: port, from: "noreply@data.gov.uz", heloName: "manba.test",
                                          replyTimeout: .seconds(5)))
    }

    @Test func retryDelaysDoubleFromAMinuteUpToSixHours() {
        #expect((1...10).map { Mailer.retryDelay(afterAttempts: $0) } == [60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600])
        #expect(Mailer.retryDelay(afterAttempts: 1000) == 21600)
    }

    @Test func failedMailsWaitWithBackoffAndAreNeverDropped() async throws {
        try await NoticeFixture.with { f in
            try await queueNotices(f)
            let transport = ScriptedTransport()
            let mailer = f.mailer(transport)
            // Three failures in a row: the server is taken to be down and the rest wait.
            #expect(await mailer.deliverDue() == (sent: 0, failed: 3))
            var outbox = try await f.outbox()
            #expect(outbox.map(\.attempts) == [1, 1, 1])
            #expect(outbox.allSatisfy { $0.nextAttempt == "2025-02-16T06:01:00.000000" && !$0.sent })
            #expect(outbox[0].lastError == "the SMTP server answered RCPT TO with 451 4.3.0 try again later")
            // Not due yet: nothing is tried.
            f.clock.advance(by: 59)
            #expect(await mailer.deliverDue() == (sent: 0, failed: 0))
            f.clock.advance(by: 1)
            #expect(await mailer.deliverDue() == (sent: 0, failed: 3))
            outbox = try await f.outbox()
            #expect(outbox.map(\.attempts) == [2, 2, 2])
            #expect(outbox.allSatisfy { $0.nextAttempt == "2025-02-16T06:03:00.000000" })
            #expect(try await mailer.queuedCount() == 3)
            // The server is back: everything goes, once.
            transport.failing.withLock { $0 = false }
            f.clock.advance(by: 120)
            #expect(await mailer.deliverDue() == (sent: 3, failed: 0))
            #expect(await mailer.deliverDue() == (sent: 0, failed: 0))
            outbox = try await f.outbox()
            #expect(outbox.allSatisfy { $0.sent && $0.attempts == 3 && $0.lastError == nil })
            #expect(try await mailer.queuedCount() == 0)
            // The same Message-ID on every attempt of a mail.
            let ids = transport.attempts.withLock { $0.map(\.id) }
            #expect(ids.count == 9)
            #expect(Set(ids).count == 3)
        }
    }

    @Test func withoutATransportMailsStayQueued() async throws {
        try await NoticeFixture.with { f in
            try await queueNotices(f)
            #expect(await f.mailer(nil).deliverDue() == (sent: 0, failed: 0))
            #expect(try await f.outbox().allSatisfy { $0.attempts == 0 && !$0.sent })
        }
    }

    @Test func noticesReachARealSMTPServer() async throws {
        try await NoticeFixture.with { f in
            try await queueNotices(f)
            let sink = try await SMTPSink.start()
            let result = await f.mailer(smtp(sink.port)).deliverDue()
            try await sink.stop()
            #expect(result == (sent: 3, failed: 0))
            let mails = sink.received.sorted { $0.recipients[0] < $1.recipients[0] }
            #expect(mails.map(\.recipients) == [["admin@moliya.uz"], ["editor@moliya.uz"], [NoticeFixture.digestRecipient]])
            let inbox = try await f.notices.inbox(organisationID: f.finance.id, principal: f.financeEditor)
            #expect(mails[1].subject == inbox.first?.subject)
            #expect(mails[1].body == inbox.first?.body)
            #expect(mails[1].body.contains("«Davlat byudjeti ijrosi» maʼlumotlar toʻplami 2025-01 davri uchun belgilangan muddatda (15.02.2025) eʼlon qilinmadi"))
            #expect(mails[2].subject.hasPrefix("Monitoring 16.02.2025"))
            #expect(try await f.outbox().allSatisfy { $0.sent && $0.attempts == 1 })
        }
    }

    @Test func aServerThatIsDownDelaysMailsWithoutLosingThem() async throws {
        try await NoticeFixture.with { f in
            try await f.notices.post(to: f.finance.id, subject: "Yangi fikr / Новый отзыв", body: "Fikr matni", dedupeKey: "feedback:1")
            let port = try await SMTPSink.closedPort()
            let mailer = f.mailer(smtp(port))
            #expect(await mailer.deliverDue() == (sent: 0, failed: 2))
            var outbox = try await f.outbox()
            #expect(outbox.map(\.attempts) == [1, 1])
            #expect(outbox.allSatisfy { !$0.sent && $0.lastError?.hasPrefix("cannot connect to the SMTP server: 127.0.0.1:\(port)") == true })
            let sink = try await SMTPSink.start(port: port)
            // The server is up again, but the mails wait for their retry time.
            #expect(await mailer.deliverDue() == (sent: 0, failed: 0))
            f.clock.advance(by: 60)
            let result = await mailer.deliverDue()
            try await sink.stop()
            #expect(result == (sent: 2, failed: 0))
            #expect(sink.received.map(\.subject).sorted() == ["Yangi fikr / Новый отзыв", "Yangi fikr / Новый отзыв"])
            outbox = try await f.outbox()
            #expect(outbox.allSatisfy { $0.sent && $0.attempts == 2 && $0.lastError == nil })
        }
    }
}
