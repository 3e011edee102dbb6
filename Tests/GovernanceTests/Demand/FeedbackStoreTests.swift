import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

@Suite("Dataset feedback") struct FeedbackStoreTests {
    @Test func feedbackIsPublicOnlyOnceTheOrganisationApprovesIt() async throws {
        try await DemandFixture.with { f in
            try await f.publish("dorixonalar", title: LocalizedText(.uzLatn, "Dorixonalar"))
            let store = f.governance.feedback
            let good = try await store.submit(to: "dorixonalar", rating: 5, comment: "Juda foydali", authorName: "Aziz", by: .anonymous)
            let poor = try await store.submit(to: "dorixonalar", rating: 2, comment: "Eskirgan", by: f.outsider)
            let spam = try await store.submit(to: "dorixonalar", rating: 1, comment: "reklama", by: .anonymous)
            #expect(good.status == .pending && good.organisationID == f.health.id)
            #expect(try await store.feedback(on: "dorixonalar", for: .anonymous).isEmpty)
            #expect(try await store.summary(of: "dorixonalar", for: .anonymous) == FeedbackSummary(average: nil, count: 0))

            await #expect(throws: ManbaError.self) { try await store.feedback(on: "dorixonalar", status: .pending, for: f.outsider) }
            #expect(try await store.feedback(on: "dorixonalar", status: .pending, for: f.healthEditor).count == 3)
            await #expect(throws: ManbaError.self) { try await store.moderate(good.id, approve: true, by: f.outsider) }

            _ = try await store.moderate(good.id, approve: true, by: f.healthEditor)
            _ = try await store.moderate(poor.id, approve: true, by: f.officer)
            let rejected = try await store.moderate(spam.id, approve: false, by: f.healthEditor)
            #expect(rejected.status == .rejected && rejected.moderatedBy == "health-editor")
            await #expect(throws: ManbaError.conflict("This feedback has already been moderated")) {
                try await store.moderate(spam.id, approve: true, by: f.healthEditor)
            }

            let shown = try await store.feedback(on: "dorixonalar", for: .anonymous)
            #expect(Set(shown.map(\.comment)) == ["Juda foydali", "Eskirgan"])
            #expect(try await store.summary(of: "dorixonalar", for: .anonymous) == FeedbackSummary(average: 3.5, count: 2))
        }
    }

    @Test func badRatingsAndHiddenDatasetsAreRefused() async throws {
        try await DemandFixture.with { f in
            try await f.publish("dorixonalar", title: LocalizedText(.uzLatn, "Dorixonalar"))
            try await f.publish("ichki", title: LocalizedText(.uzLatn, "Ichki"), isPrivate: true)
            let store = f.governance.feedback
            for rating in [0, 6] {
                await #expect(throws: ManbaError.validation(["rating": ["Give a rating from 1 to 5"]])) {
                    try await store.submit(to: "dorixonalar", rating: rating, comment: "", by: .anonymous)
                }
            }
            await #expect(throws: ManbaError.self) {
                try await store.submit(to: "dorixonalar", rating: 3, comment: String(repeating: "a", count: 2001), by: .anonymous)
            }
            await #expect(throws: ManbaError.notFound("Dataset not found")) { try await store.submit(to: "ichki", rating: 3, comment: "", by: .anonymous) }
            _ = try await store.submit(to: "ichki", rating: 3, comment: "", by: f.healthEditor)
        }
    }

    @Test func thePublishingOrganisationIsTold() async throws {
        try await DemandFixture.with { f in
            try await f.publish("dorixonalar", title: LocalizedText(.uzLatn, "Dorixonalar"))
            _ = try await f.governance.feedback.submit(to: "dorixonalar", rating: 4, comment: "Rahmat", by: .anonymous)
            let inbox = try await f.governance.notices.inbox(organisationID: f.health.id, principal: f.healthEditor)
            #expect(inbox.count == 1)
            #expect(inbox.first?.subject.contains("Dorixonalar") == true)
            #expect(inbox.first?.body.contains("/dataset/dorixonalar#feedback") == true)
        }
    }
}
