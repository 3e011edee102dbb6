import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

@Suite("Data requests") struct DataRequestStoreTests {
    static func draft(_ title: String = "Shifoxonalar yuklamasi", organisation: String = "sogliqni-saqlash") -> DataRequestDraft {
        DataRequestDraft(title: title, description: "Har bir shifoxonadagi oʻrinlar soni, oylar boʻyicha.", organisation: organisation,
                         requesterName: "Dilnoza Karimova", requesterEmail: "dilnoza@example.uz")
    }

    @Test func aRequestGoesFromSubmittedToPublishedWithEveryStepRecorded() async throws {
        try await DemandFixture.with { f in
            let dataset = try await f.publish("shifoxonalar", title: LocalizedText(.uzLatn, "Shifoxonalar"))
            let requests = f.governance.requests
            var request = try await requests.create(Self.draft(), by: .anonymous)
            #expect(request.status == .submitted)
            #expect(request.organisationID == f.health.id)
            #expect(request.answerDue == "2025-03-18T09:00:00.000000", "answer within 15 days of arrival")

            f.at("2025-03-05T10:00:00")
            request = try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            #expect(request.publishDue == "2025-04-04T10:00:00.000000", "publish within 30 days of acceptance")
            request = try await requests.changeStatus(request.id, to: .inProgress, note: "Maʼlumot yigʻilmoqda", by: f.healthEditor)
            request = try await requests.changeStatus(request.id, to: .published, dataset: "shifoxonalar", by: f.officer)
            #expect(request.status == .published)
            #expect(request.datasetID == dataset.id)
            #expect(request.closed != nil)

            let events = try await requests.events(of: request.id)
            #expect(events.map(\.to) == [.submitted, .accepted, .inProgress, .published])
            #expect(events.map(\.from) == [nil, .submitted, .accepted, .inProgress])
            #expect(events.map(\.actor) == ["", "health-editor", "health-editor", "officer"], "the requester is never named")
            #expect(events[2].note == "Maʼlumot yigʻilmoqda")
            #expect(events[1].at == "2025-03-05T10:00:00.000000")
        }
    }

    @Test func transitionsThatMakeNoSenseAreRefused() async throws {
        try await DemandFixture.with { f in
            try await f.publish("shifoxonalar", title: LocalizedText(.uzLatn, "Shifoxonalar"))
            try await f.publish("yopiq", title: LocalizedText(.uzLatn, "Yopiq"), isPrivate: true)
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft(), by: .anonymous)

            await #expect(throws: ManbaError.self) { try await requests.changeStatus(request.id, to: .inProgress, by: f.healthEditor) }
            await #expect(throws: ManbaError.self) { try await requests.changeStatus(request.id, to: .published, dataset: "shifoxonalar", by: f.healthEditor) }
            do {
                _ = try await requests.changeStatus(request.id, to: .declined, note: "  ", by: f.healthEditor)
                Issue.record("declining without a reason was accepted")
            } catch let error as ManbaError {
                guard case .validation(let fields) = error else { Issue.record("expected a validation error, got \(error)"); return }
                #expect(fields["note"] != nil)
            }
            await #expect(throws: ManbaError.forbidden("Only the organisation responsible or the monitoring staff may answer this request")) {
                try await requests.changeStatus(request.id, to: .accepted, by: f.outsider)
            }
            await #expect(throws: ManbaError.self) { try await requests.changeStatus(request.id, to: .accepted, by: .anonymous) }

            _ = try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            await #expect(throws: ManbaError.validation(["dataset": ["No public dataset has this id or name"]])) {
                try await requests.changeStatus(request.id, to: .published, dataset: "no-such-dataset", by: f.healthEditor)
            }
            await #expect(throws: ManbaError.validation(["dataset": ["No public dataset has this id or name"]])) {
                try await requests.changeStatus(request.id, to: .published, dataset: "yopiq", by: f.healthEditor)
            }
            let declined = try await requests.changeStatus(request.id, to: .declined, note: "Bunday maʼlumot yigʻilmaydi", by: f.healthEditor)
            #expect(declined.declineReason == "Bunday maʼlumot yigʻilmaydi")
            await #expect(throws: ManbaError.conflict("A request that is declined cannot become published")) {
                try await requests.changeStatus(request.id, to: .published, dataset: "shifoxonalar", by: f.healthEditor)
            }
            await #expect(throws: ManbaError.self) { try await requests.changeStatus(request.id, to: .accepted, by: f.officer) }
            #expect(try await requests.events(of: request.id).count == 3, "refused changes leave no event")
            await #expect(throws: ManbaError.notFound("Data request not found")) { try await requests.request("nope", for: .anonymous) }
        }
    }

    @Test func theStatusRulesListEveryAllowedStep() {
        #expect(DataRequestStatus.submitted.next == [.accepted, .declined])
        #expect(DataRequestStatus.accepted.next == [.inProgress, .published, .declined])
        #expect(DataRequestStatus.inProgress.next == [.published, .declined])
        #expect(DataRequestStatus.published.next.isEmpty && DataRequestStatus.declined.next.isEmpty)
    }

    @Test func badDraftsAreRefusedFieldByField() async throws {
        try await DemandFixture.with { f in
            let bad = DataRequestDraft(title: "x", description: "", organisation: "", requesterName: "", requesterEmail: "not an address")
            do {
                _ = try await f.governance.requests.create(bad, by: .anonymous)
                Issue.record("a bad draft was stored")
            } catch ManbaError.validation(let fields) {
                #expect(Set(fields.keys) == ["title", "description", "requester_email"])
            }
            await #expect(throws: ManbaError.validation(["organization": ["No organisation has this id or name"]])) {
                try await f.governance.requests.create(Self.draft(organisation: "no-such-ministry"), by: .anonymous)
            }
            let page = try await f.governance.requests.list(DataRequestFilter(), for: f.officer)
            #expect(page.total == 0)
        }
    }

    @Test func deadlinesAreFlaggedOnTheClock() async throws {
        try await DemandFixture.with { f in
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft(), by: .anonymous)
            f.at("2025-03-18T08:59:59")
            #expect(try await requests.request(request.id, for: .anonymous).overdue == nil)
            f.at("2025-03-18T09:00:01")
            #expect(try await requests.request(request.id, for: .anonymous).overdue == DataRequestOverdue(stage: .answer, due: "2025-03-18T09:00:00.000000", days: 1))
            f.at("2025-03-21T09:00:01")
            #expect(try await requests.request(request.id, for: .anonymous).overdue?.days == 4)
            #expect(try await requests.list(DataRequestFilter(overdueOnly: true), for: .anonymous).total == 1)

            let accepted = try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            #expect(accepted.overdue == nil, "answered late, but answered: the next deadline runs")
            #expect(try await requests.list(DataRequestFilter(overdueOnly: true), for: .anonymous).total == 0)
            f.at("2025-04-21T09:00:01")
            let late = try await requests.request(request.id, for: .anonymous)
            #expect(late.overdue?.stage == .publication)
            #expect(late.overdue?.days == 1)
            #expect(try await requests.list(DataRequestFilter(overdueOnly: true), for: .anonymous).requests.map(\.id) == [request.id])
        }
    }

    @Test func aRequestWithoutOrganisationWaitsForTheStaffToRouteIt() async throws {
        try await DemandFixture.with { f in
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft(organisation: ""), by: .anonymous)
            #expect(request.organisationID == nil && request.answerDue == nil)
            f.at("2025-04-30T09:00:00")
            #expect(try await requests.request(request.id, for: .anonymous).overdue == nil, "no deadline runs before an organisation has it")
            await #expect(throws: ManbaError.self) { try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor) }
            await #expect(throws: ManbaError.self) { try await requests.route(request.id, to: "sogliqni-saqlash", by: f.healthEditor) }
            await #expect(throws: ManbaError.conflict("Route the request to the organisation responsible first")) {
                try await requests.changeStatus(request.id, to: .accepted, by: f.officer)
            }
            let routed = try await requests.route(request.id, to: "sogliqni-saqlash", note: "Shifoxonalar vazirlikka qarashli", by: f.officer)
            #expect(routed.organisationID == f.health.id)
            #expect(routed.answerDue == "2025-05-15T09:00:00.000000", "the 15 days run from routing")
            let events = try await requests.events(of: request.id)
            #expect(events.last?.action == .routed && events.last?.organisationID == f.health.id && events.last?.actor == "officer")
            _ = try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            await #expect(throws: ManbaError.self) { try await requests.route(request.id, to: "moliya", by: f.officer) }
        }
    }

    @Test func supportCountsOncePerSupporterAndKeepsNoKey() async throws {
        try await DemandFixture.with { f in
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft(), by: .anonymous)
            let first = try await requests.support(request.id, supporterKey: "browser:abc", by: .anonymous)
            #expect(first.added && first.request.supporters == 1)
            let again = try await requests.support(request.id, supporterKey: "browser:abc", by: .anonymous)
            #expect(!again.added && again.request.supporters == 1)
            let other = try await requests.support(request.id, supporterKey: "user:\(f.requester.userID!)", by: f.requester)
            #expect(other.added && other.request.supporters == 2)
            #expect(try await requests.hasSupported(request.id, supporterKey: "browser:abc"))
            #expect(!(try await requests.hasSupported(request.id, supporterKey: "browser:xyz")))

            f.at("2025-03-03T10:00:00")
            let sorted = try await requests.create(Self.draft("Dorixonalar roʻyxati"), by: .anonymous)
            #expect(try await requests.list(DataRequestFilter(sort: .newest), for: .anonymous).requests.first?.id == sorted.id)
            #expect(try await requests.list(DataRequestFilter(sort: .supported), for: .anonymous).requests.first?.id == request.id)

            _ = try await requests.changeStatus(request.id, to: .declined, note: "Maxfiy", by: f.healthEditor)
            await #expect(throws: ManbaError.conflict("This request is closed")) {
                try await requests.support(request.id, supporterKey: "browser:new", by: .anonymous)
            }
        }
    }

    @Test func onlyTheOrganisationTheStaffAndTheRequesterSeeWhoAsked() async throws {
        try await DemandFixture.with { f in
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft(), by: f.requester)
            for reader in [Principal.anonymous, f.outsider] {
                #expect(try await requests.request(request.id, for: reader).requester == nil)
                #expect(try await requests.list(DataRequestFilter(), for: reader).requests.allSatisfy { $0.requester == nil })
            }
            for reader in [f.healthEditor, f.officer, f.requester] {
                let seen = try await requests.request(request.id, for: reader)
                #expect(seen.requester?.email == "dilnoza@example.uz")
                #expect(seen.requester?.name == "Dilnoza Karimova")
            }
            #expect(try await requests.list(DataRequestFilter(), for: f.healthEditor).requests.first?.requester?.email == "dilnoza@example.uz")
        }
    }

    @Test func listsFilterByStatusAndOrganisation() async throws {
        try await DemandFixture.with { f in
            let requests = f.governance.requests
            let a = try await requests.create(Self.draft("Kasalxonalar"), by: .anonymous)
            _ = try await requests.create(Self.draft("Byudjet ijrosi", organisation: "moliya"), by: .anonymous)
            _ = try await requests.changeStatus(a.id, to: .accepted, by: f.healthEditor)
            #expect(try await requests.list(DataRequestFilter(status: .accepted), for: .anonymous).requests.map(\.id) == [a.id])
            #expect(try await requests.list(DataRequestFilter(organisation: "moliya"), for: .anonymous).requests.map(\.title) == ["Byudjet ijrosi"])
            #expect(try await requests.list(DataRequestFilter(organisation: f.health.id), for: .anonymous).total == 1)
            #expect(try await requests.list(DataRequestFilter(organisation: "unknown"), for: .anonymous).total == 0)
            let paged = try await requests.list(DataRequestFilter(limit: 1, offset: 1), for: .anonymous)
            #expect(paged.total == 2 && paged.requests.count == 1)
        }
    }

    @Test func overdueRequestsAreRemindedOncePerDeadline() async throws {
        try await DemandFixture.with { f in
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft("Tez yordam chaqiruvlari"), by: .anonymous)
            #expect(try await requests.remindOverdue() == 0)
            f.at("2025-03-19T09:00:00")
            #expect(try await requests.remindOverdue() == 1)
            #expect(try await requests.remindOverdue() == 0, "a second run on the same missed deadline says nothing new")
            _ = try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            f.at("2025-04-19T09:00:01")
            #expect(try await requests.remindOverdue() == 1, "the publication deadline is another deadline")
            let subjects = try await f.governance.notices.inbox(organisationID: f.health.id, principal: f.healthEditor).map(\.subject)
            #expect(subjects.filter { $0.hasPrefix("Soʻrov muddati oʻtdi") }.count == 2)
        }
    }

    @Test func theOrganisationIsToldInItsCabinet() async throws {
        try await DemandFixture.with { f in
            let request = try await f.governance.requests.create(Self.draft("Poliklinikalar"), by: .anonymous)
            let inbox = try await f.governance.notices.inbox(organisationID: f.health.id, principal: f.healthEditor)
            #expect(inbox.count == 1)
            #expect(inbox.first?.subject.contains("Poliklinikalar") == true)
            #expect(inbox.first?.body.contains("/requests/\(request.id)") == true)
            #expect(inbox.first?.body.contains("dilnoza@example.uz") == false, "the requester's address stays on the page")
        }
    }

    @Test func theRequesterIsMailedAtEveryStepOnceAndOnlyThem() async throws {
        try await DemandFixture.with { f in
            try await f.publish("poliklinikalar", title: LocalizedText(.uzLatn, "Poliklinikalar"))
            let requests = f.governance.requests
            let request = try await requests.create(Self.draft("Poliklinikalar"), by: .anonymous)
            _ = try await requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            _ = try await requests.changeStatus(request.id, to: .published, dataset: "poliklinikalar", by: f.healthEditor)
            let mails = try await f.database.read { db in
                try await db.rows("SELECT recipient, subject, body FROM mail_outbox WHERE recipient = 'dilnoza@example.uz' ORDER BY subject")
                    .map { (try $0.decode(column: "subject", as: String.self), try $0.decode(column: "body", as: String.self)) }
            }
            #expect(mails.count == 2)
            #expect(mails.contains { $0.0.contains("qabul qilindi") && $0.1.contains("/requests/\(request.id)") })
            #expect(mails.contains { $0.0.contains("bajarildi") && $0.1.contains("/dataset/") })
            // Not in any cabinet: neither the organisation's nor the staff's inbox holds the requester's mail.
            let staffInbox = try await f.governance.notices.staffInbox(principal: f.officer)
            #expect(!staffInbox.contains { $0.subject.contains("qabul qilindi") })
            let declined = try await requests.create(Self.draft("Dorixonalar"), by: .anonymous)
            _ = try await requests.changeStatus(declined.id, to: .declined, note: "Bu maʼlumot tijorat sirini tashkil etadi", by: f.healthEditor)
            let reason = try await f.database.read { db in
                try await db.first("SELECT body FROM mail_outbox WHERE subject LIKE '%rad etildi%'")?.decode(column: "body", as: String.self)
            }
            #expect(reason?.contains("tijorat sirini") == true)
        }
    }
}
