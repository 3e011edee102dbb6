import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

@Suite("Monitoring runs and snapshots") struct MonitoringServiceTests {
    /// Health must publish two monthly datasets by the 15th; finance one monthly dataset it never created.
    func approveList(_ f: MonitoringFixture) async throws -> [Obligation] {
        let store = f.governance.obligations
        let draft = try await store.createDraft(reference: "protocol No. 2, annex 7", by: f.officer)
        let items = try await store.replaceItems(in: draft.id, with: [
            ObligationDraft(number: "1", organisation: "sogliqni-saqlash", dataset: "shifoxonalar", title: "Shifoxonalar", periodicity: "monthly",
                            deadline: "15", sociallySignificant: "yes", legalReference: "PF-6247, annex 1, item 3"),
            ObligationDraft(number: "2", organisation: "sogliqni-saqlash", dataset: "dorixonalar", title: "Dorixonalar", periodicity: "monthly", deadline: "15"),
            ObligationDraft(number: "3", organisation: "moliya", title: "Budjet ijrosi", periodicity: "monthly", deadline: "15"),
        ], by: f.officer)
        _ = try await store.approve(draft.id, on: "2025-01-01", reference: "protocol No. 2, annex 7", reason: nil, by: f.officer)
        return items
    }

    @Test func statusesComeFromDataUpdatesNotFromMetadataEdits() async throws {
        try await MonitoringFixture.with { f in
            f.at("2024-12-20T10:00:00")
            try await f.publish("shifoxonalar", org: "sogliqni-saqlash")
            try await f.publish("dorixonalar", org: "sogliqni-saqlash")
            let items = try await approveList(f)
            let monitoring = f.governance.monitoring

            f.at("2025-02-05T09:00:00")
            try await f.update("dorixonalar", content: "a,b\n1,2\n3,4\n")
            // A title fixed on 10 February moves `modified`, but it is not a publication.
            f.at("2025-02-10T09:00:00")
            _ = try await f.catalogue.patch("shifoxonalar", by: .system) { $0.title = LocalizedText(.uzLatn, "Shifoxonalar roʻyxati") }

            let day = Timestamp.parse("2025-02-20")!
            var statuses = try await monitoring.evaluate(asOf: day).states.map(\.assessment.status)
            #expect(statuses == [.overdue(days: 5), .onTime, .missing])

            f.at("2025-02-18T08:00:00")
            try await f.update("shifoxonalar", content: "a,b\n5,6\n")
            statuses = try await monitoring.evaluate(asOf: day).states.map(\.assessment.status)
            #expect(statuses == [.late(days: 3), .onTime, .missing])
            // Any past day can be asked about: on 4 February December decides, before the list began.
            #expect(try await monitoring.state(of: items[0].id, asOf: Timestamp.parse("2025-02-04")!).assessment.status == .notYetDue)
            let next = try await monitoring.state(of: items[1].id, asOf: day)
            #expect(next.nextPeriod?.label == "2025-02" && next.nextDeadline.map(CalendarDay.lastDay(before:)) == "2025-03-15")
        }
    }

    @Test func aSnapshotRanksOrganisationsAndStaysAsItWas() async throws {
        try await MonitoringFixture.with { f in
            f.at("2024-12-20T10:00:00")
            try await f.publish("shifoxonalar", org: "sogliqni-saqlash")
            try await f.publish("dorixonalar", org: "sogliqni-saqlash")
            _ = try await approveList(f)
            f.at("2025-02-05T09:00:00")
            try await f.update("dorixonalar", content: "a,b\n1,2\n3,4\n")
            let monitoring = f.governance.monitoring
            let day = Timestamp.parse("2025-02-20")!
            // A snapshot of a day that has not come would stand as the latest one for good.
            await #expect(throws: ManbaError.self) { try await monitoring.run(asOf: day, trigger: "manual", by: f.officer) }
            f.at("2025-02-20T12:00:00")
            await #expect(throws: ManbaError.self) { try await monitoring.run(asOf: day, trigger: "manual", by: f.ministryEditor) }

            let (snapshot, _) = try await monitoring.run(asOf: day, trigger: "manual", by: f.officer)
            #expect(snapshot.asOf == "2025-02-20" && snapshot.totals.obligations == 3 && snapshot.totals.due == 3)
            #expect(snapshot.totals.onTime == 1 && snapshot.totals.overdue == 1 && snapshot.totals.missing == 1)
            #expect(snapshot.totals.compliance == 33.3)
            let ranking = try await monitoring.organisationResults(snapshot.id)
            #expect(ranking.map(\.organisationID) == [f.health.id, f.finance.id] && ranking.map(\.rank) == [1, 2])
            #expect(ranking[0].counts.compliance == 50 && ranking[0].significant.due == 1 && ranking[0].significant.overdue == 1)
            let lines = try await monitoring.obligationResults(snapshot.id, organisationID: f.health.id)
            #expect(lines.map(\.result.status) == [.overdue(days: 5), .onTime] && lines[0].result.period == "2025-01")

            // Later publications do not rewrite the snapshot; a new run makes a new one.
            f.at("2025-02-21T08:00:00")
            try await f.update("shifoxonalar", content: "a,b\n9,9\n")
            let (later, _) = try await monitoring.run(asOf: Timestamp.parse("2025-02-21")!, trigger: "manual", by: f.officer)
            #expect(later.totals.late == 1)
            #expect(try await monitoring.snapshot(snapshot.id).totals == snapshot.totals)
            #expect(try await monitoring.history(of: f.health.id).map(\.snapshot.asOf) == ["2025-02-20", "2025-02-21"])
            #expect(try await monitoring.latestSnapshot()?.id == later.id)
            // The first quarter has no snapshot after its end yet: its latest one stands for it.
            let quarters = try await monitoring.significantByQuarter(year: 2025)
            #expect(quarters.map(\.quarter) == [1] && quarters[0].snapshot.id == later.id && quarters[0].counts.late == 1)
        }
    }

    @Test func aRunThatDiesHalfWayStoresNothing() async throws {
        try await MonitoringFixture.with { f in
            f.at("2024-12-20T10:00:00")
            try await f.publish("shifoxonalar", org: "sogliqni-saqlash")
            try await f.publish("dorixonalar", org: "sogliqni-saqlash")
            _ = try await approveList(f)
            let monitoring = f.governance.monitoring
            f.at("2025-03-01T12:00:00")
            let (complete, states) = try await monitoring.run(asOf: Timestamp.parse("2025-02-20")!, trigger: "manual", by: f.officer)
            struct Killed: Error {}
            let partial = MonitoringSnapshot(id: Identifier.make(), asOf: "2025-03-01", created: complete.created, createdBy: "officer",
                                             trigger: "manual", listID: complete.listID, totals: complete.totals)
            // The rows go in, then the process "dies" before the transaction ends.
            await #expect(throws: Killed.self) {
                try await f.database.write { db in
                    try await MonitoringService.insert(partial, ranked: [], states: states, in: db)
                    throw Killed()
                }
            }
            #expect(try await monitoring.snapshots().map(\.id) == [complete.id])
            #expect(try await monitoring.obligationResults(partial.id).isEmpty)
            // The next run completes.
            let (next, _) = try await monitoring.run(asOf: Timestamp.parse("2025-03-01")!, trigger: "scheduled", by: .system)
            #expect(try await monitoring.latestSnapshot()?.id == next.id)
        }
    }
}
