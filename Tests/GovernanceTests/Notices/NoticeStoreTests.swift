import Foundation
import ManbaCore
import Testing
@testable import Governance

@Suite("Notices: inboxes and outbox") struct NoticeStoreTests {
    func states(_ f: NoticeFixture, on day: String) -> [ObligationState] {
        [NoticeStates.state(NoticeStates.obligation("ob-1", org: f.finance.id), on: day, updates: NoticeStates.decemberPublished)]
    }

    func plan(_ f: NoticeFixture, _ day: String) -> [NoticeDraft] {
        NoticePlanner.plan(asOf: CalendarDay.parse(day)!, states: states(f, on: day), settings: NoticeSettings())
    }

    @Test func deliveringTwiceStoresAndQueuesNothingTheSecondTime() async throws {
        try await NoticeFixture.with { f in
            #expect(try await f.notices.deliver(plan(f, "2025-02-16")) == 2)
            let outbox = try await f.outbox()
            #expect(try await f.notices.deliver(plan(f, "2025-02-16")) == 0)
            #expect(try await f.notices.deliver(plan(f, "2025-02-16") + plan(f, "2025-02-16")) == 0)
            #expect(try await f.noticeCount() == 2)
            #expect(try await f.outbox() == outbox)
            // The next day brings a new digest and nothing else; a week later the first reminder.
            #expect(try await f.notices.deliver(plan(f, "2025-02-17")) == 1)
            #expect(try await f.notices.deliver(plan(f, "2025-02-22")) == 2)
            #expect(try await f.notices.deliver(plan(f, "2025-02-23")) == 1)
        }
    }

    @Test func mailsGoToEditorsAndAdminsWithAnAddressAndTheDigestToItsRecipients() async throws {
        try await NoticeFixture.with { f in
            try await f.notices.deliver(plan(f, "2025-02-16"))
            let outbox = try await f.outbox()
            #expect(outbox.map(\.recipient) == ["admin@moliya.uz", "editor@moliya.uz", NoticeFixture.digestRecipient])
            #expect(outbox.allSatisfy { $0.attempts == 0 && !$0.sent && $0.nextAttempt == "2025-02-16T06:00:00.000000" })
            #expect(outbox[0].subject.hasPrefix("Muddat oʻtdi"))
            #expect(outbox[2].subject.hasPrefix("Monitoring 16.02.2025"))
        }
    }

    @Test func notifyPlansWithOrganisationTitlesAndDelivers() async throws {
        try await NoticeFixture.with { f in
            #expect(try await f.notices.notify(asOf: CalendarDay.parse("2025-02-16")!, states: states(f, on: "2025-02-16")) == 2)
            #expect(try await f.notices.notify(asOf: CalendarDay.parse("2025-02-16")!, states: states(f, on: "2025-02-16")) == 0)
            let digest = try #require(try await f.notices.staffInbox(principal: f.officer).first)
            #expect(digest.kind == .digest)
            #expect(digest.body.contains("- Moliya vazirligi: 1, 0"))
        }
    }

    @Test func inboxesAreForTheOrganisationsEditorsAndTheMonitoringStaff() async throws {
        try await NoticeFixture.with { f in
            f.at("2025-02-08T06:00:00")
            try await f.notices.deliver(plan(f, "2025-02-08"))
            f.at("2025-02-16T06:00:00")
            try await f.notices.deliver(plan(f, "2025-02-16"))
            let inbox = try await f.notices.inbox(organisationID: f.finance.id, principal: f.financeEditor)
            #expect(inbox.map(\.kind) == [.missed, .upcoming])
            #expect(inbox.allSatisfy { $0.organisationID == f.finance.id && $0.obligationID == "ob-1" && !$0.isRead })
            #expect(try await f.notices.inbox(organisationID: f.finance.id, principal: f.officer).count == 2)
            #expect(try await f.notices.inbox(organisationID: f.finance.id, principal: f.financeEditor, limit: 1).map(\.kind) == [.missed])
            for stranger in [f.outsider, f.financeMember, .anonymous] {
                await #expect(throws: ManbaError.self) { try await f.notices.inbox(organisationID: f.finance.id, principal: stranger) }
                await #expect(throws: ManbaError.self) { try await f.notices.unreadCount(organisationID: f.finance.id, principal: stranger) }
            }
            await #expect(throws: ManbaError.forbidden("Only the organization's editors and the monitoring staff may read these notices")) {
                try await f.notices.staffInbox(principal: f.financeEditor)
            }
            #expect(try await f.notices.staffInbox(principal: f.officer).map(\.kind) == [.digest, .digest])
            #expect(try await f.notices.staffInbox(principal: .system).count == 2)
        }
    }

    @Test func markingReadIsSharedAndGuarded() async throws {
        try await NoticeFixture.with { f in
            try await f.notices.deliver(plan(f, "2025-02-16"))
            #expect(try await f.notices.unreadCount(organisationID: f.finance.id, principal: f.financeEditor) == 1)
            let notice = try #require(try await f.notices.inbox(organisationID: f.finance.id, principal: f.financeEditor).first)
            await #expect(throws: ManbaError.self) { try await f.notices.markRead(notice.id, principal: f.outsider) }
            await #expect(throws: ManbaError.notFound("Notice not found")) { try await f.notices.markRead("no-such-notice", principal: f.financeEditor) }
            f.clock.advance(by: 3600)
            try await f.notices.markRead(notice.id, principal: f.financeEditor)
            f.clock.advance(by: 3600)
            try await f.notices.markRead(notice.id, principal: f.officer)
            #expect(try await f.notices.unreadCount(organisationID: f.finance.id, principal: f.officer) == 0)
            #expect(try await f.notices.inbox(organisationID: f.finance.id, principal: f.officer).first?.readAt == "2025-02-16T07:00:00.000000")
            #expect(try await f.notices.staffUnreadCount(principal: f.officer) == 1)
        }
    }

    @Test func otherPartsPostMessagesOnceByKey() async throws {
        try await NoticeFixture.with { f in
            #expect(try await f.notices.post(to: "moliya", subject: "Yangi maʼlumot soʻrovi / Новый запрос", body: "Soʻrov matni", dedupeKey: "data-request:1"))
            #expect(try await f.notices.post(to: f.finance.id, subject: "Yangi maʼlumot soʻrovi / Новый запрос", body: "Soʻrov matni", dedupeKey: "data-request:1") == false)
            await #expect(throws: ManbaError.notFound("Organization not found")) {
                try await f.notices.post(to: "no-such-org", subject: "x", body: "y", dedupeKey: "k")
            }
            await #expect(throws: ManbaError.self) { try await f.notices.post(to: "moliya", subject: " ", body: "y", dedupeKey: "k") }
            let inbox = try await f.notices.inbox(organisationID: f.finance.id, principal: f.financeEditor)
            #expect(inbox.map(\.kind) == [.message])
            #expect(inbox.first?.dedupeKey == "message:data-request:1")
            #expect(try await f.outbox().map(\.recipient) == ["admin@moliya.uz", "editor@moliya.uz"])
        }
    }
}
