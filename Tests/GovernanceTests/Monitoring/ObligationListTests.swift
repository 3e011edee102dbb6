import Foundation
import ManbaCore
import Testing
@testable import Governance

@Suite("Obligation lists") struct ObligationListTests {
    func rows(_ f: MonitoringFixture) -> [ObligationDraft] {
        [ObligationDraft(number: "1", organisation: "sogliqni-saqlash", dataset: "", title: "Shifoxonalar roʻyxati", periodicity: "oylik",
                         deadline: "within 15 days after the period ends", sociallySignificant: "ha", legalReference: "PF-6247, annex 1, item 12"),
         ObligationDraft(number: "2", organisation: "moliya", title: "Davlat budjeti ijrosi", periodicity: "ежеквартально", deadline: "30")]
    }

    @Test func aDraftIsFilledApprovedAndThenFrozen() async throws {
        try await MonitoringFixture.with { f in
            let store = f.governance.obligations
            await #expect(throws: ManbaError.self) { try await store.createDraft(reference: "x", by: f.ministryEditor) }
            let draft = try await store.createDraft(reference: "protocol No. 2, annex 7", by: f.officer)
            #expect(draft.version == 1 && draft.state == .draft)
            let items = try await store.replaceItems(in: draft.id, with: rows(f), by: f.officer)
            #expect(items.map(\.periodicity) == [.monthly, .quarterly])
            #expect(items[0].deadlineDays == 15 && items[0].sociallySignificant && items[1].deadlineDays == 30)

            await #expect(throws: ManbaError.self) { try await store.approve(draft.id, on: "2021-04-02", reference: " ", reason: nil, by: f.officer) }
            let approved = try await store.approve(draft.id, on: "02.04.2021", reference: "protocol No. 2, annex 7", reason: nil, by: f.officer)
            #expect(approved.state == .approved && approved.approvedOn == "2021-04-02" && approved.itemCount == 2)
            #expect(try await store.items(of: draft.id).allSatisfy { $0.startsOn == "2021-04-02" })
            // Approved lists do not change; a change is the next version.
            await #expect(throws: ManbaError.self) { try await store.addItem(to: draft.id, self.rows(f)[0], by: f.officer) }
            #expect(try await store.listInForce(on: Timestamp.parse("2021-04-01")!) == nil)
            #expect(try await store.listInForce(on: Timestamp.parse("2021-04-02")!)?.id == draft.id)
        }
    }

    @Test func aBadFileIsReportedRowByRowAndNothingIsStored() async throws {
        try await MonitoringFixture.with { f in
            let store = f.governance.obligations
            let draft = try await store.createDraft(reference: "protocol", by: f.officer)
            _ = try await store.replaceItems(in: draft.id, with: rows(f), by: f.officer)
            var bad = rows(f)
            bad.append(ObligationDraft(number: "2", organisation: "no-such-body", title: "", periodicity: "sometimes", deadline: "soon",
                                       sociallySignificant: "perhaps"))
            bad.append(ObligationDraft(number: "4", organisation: "moliya", title: "Soliqlar", periodicity: "yillik", deadline: "90",
                                       sociallySignificant: "yes"))
            do {
                _ = try await store.replaceItems(in: draft.id, with: bad, by: f.officer)
                Issue.record("a bad file was accepted")
            } catch ManbaError.validation(let problems) {
                #expect(Set(problems.keys) == ["row 4", "row 5"])
                let row4 = problems["row 4"]!.joined(separator: "\n")
                for field in ["number: 2 is already used in row 3", "organization:", "title:", "periodicity:", "deadline_days:", "socially_significant:"] {
                    #expect(row4.contains(field), "row 4 should report \(field)")
                }
                #expect(problems["row 5"] == ["legal_reference: socially significant data needs its legal reference (e.g. PF-6247, annex 1, item 12)"])
            }
            #expect(try await store.items(of: draft.id).count == 2)
        }
    }

    @Test func aRevisionWithinAYearOrAfterTheFirstOfDecemberNeedsAReason() async throws {
        try await MonitoringFixture.with { f in
            let store = f.governance.obligations
            let first = try await store.createDraft(reference: "list of 31 May 2019", by: f.officer)
            _ = try await store.replaceItems(in: first.id, with: rows(f), by: f.officer)
            _ = try await store.approve(first.id, on: "2019-05-31", reference: "protocol No. 1", reason: nil, by: f.officer)

            let second = try await store.createDraft(reference: "revision", copyingFrom: first.id, by: f.officer)
            #expect(second.version == 2 && second.itemCount == 2)
            await #expect(throws: ManbaError.self) { try await store.approve(second.id, on: "2020-03-01", reference: "protocol No. 5", reason: nil, by: f.officer) }
            await #expect(throws: ManbaError.self) { try await store.approve(second.id, on: "2020-12-15", reference: "protocol No. 5", reason: nil, by: f.officer) }
            await #expect(throws: ManbaError.self) { try await store.approve(second.id, on: "2019-01-01", reference: "protocol No. 5", reason: "x", by: f.officer) }
            let early = try await store.approve(second.id, on: "2020-03-01", reference: "protocol No. 5", reason: "New ministry created by decree", by: f.officer)
            #expect(early.revisionReason == "New ministry created by decree")

            let third = try await store.createDraft(reference: "annual revision", copyingFrom: second.id, by: f.officer)
            let approved = try await store.approve(third.id, on: "2021-04-02", reference: "protocol No. 2, annex 7", reason: nil, by: f.officer)
            #expect(approved.revisionReason == nil)
            #expect(try await store.listInForce(on: Timestamp.parse("2020-06-01")!)?.version == 2)
            #expect(try await store.lists().map(\.version) == [3, 2, 1])
        }
    }

    @Test func anOrganisationLinksItsOwnDatasetOnly() async throws {
        try await MonitoringFixture.with { f in
            let store = f.governance.obligations
            try await f.publish("shifoxonalar", org: "sogliqni-saqlash")
            try await f.publish("budjet", org: "moliya")
            let draft = try await store.createDraft(reference: "protocol", by: f.officer)
            let items = try await store.replaceItems(in: draft.id, with: rows(f), by: f.officer)
            _ = try await store.approve(draft.id, on: "2024-01-01", reference: "protocol No. 1", reason: nil, by: f.officer)
            await #expect(throws: ManbaError.self) { try await store.linkDataset(items[0].id, to: "shifoxonalar", by: f.outsider) }
            await #expect(throws: ManbaError.self) { try await store.linkDataset(items[0].id, to: "budjet", by: f.ministryEditor) }
            let linked = try await store.linkDataset(items[0].id, to: "shifoxonalar", by: f.ministryEditor)
            #expect(linked.datasetID != nil)
            #expect(try await store.obligation(items[0].id).datasetID == linked.datasetID)
        }
    }
}
