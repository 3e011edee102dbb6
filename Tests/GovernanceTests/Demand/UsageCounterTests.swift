import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

@Suite("Usage counting") struct UsageCounterTests {
    @Test func flushesAddUpPerResourceAndDatasetPerDay() async throws {
        try await DemandFixture.with { f in
            let dataset = try await f.publish("aholi", title: LocalizedText(.uzLatn, "Aholi soni"))
            let resource = dataset.resources[0].id
            let usage = f.governance.usage
            for _ in 0..<3 { usage.record(.download, dataset: dataset.id, resource: resource) }
            usage.record(.apiRead, dataset: dataset.id)
            usage.record(.apiRead, dataset: dataset.id)
            usage.record(.pageView, dataset: dataset.id)
            #expect(try await usage.totalsByDataset(from: "2025-03-03", to: "2025-03-03").isEmpty, "nothing is written before a flush")
            #expect(try await usage.flush() == 3, "one row per (day, dataset, resource, kind)")
            #expect(try await usage.flush() == 0, "a flush empties the buffer")

            usage.record(.download, dataset: dataset.id, resource: resource)
            usage.record(.download, dataset: dataset.id, resource: resource)
            try await usage.flush()
            #expect(try await usage.totalsByDataset(from: "2025-03-03", to: "2025-03-03")[dataset.id] == UsageTotals(downloads: 5, apiReads: 2, pageViews: 1))

            f.at("2025-03-04T00:00:01")
            usage.record(.download, dataset: dataset.id, resource: resource)
            try await usage.flush()
            let days = try await usage.daily(of: dataset.id, from: "2025-03-01", to: "2025-03-31")
            #expect(days.map(\.day) == ["2025-03-03", "2025-03-04"])
            #expect(days.map(\.totals.downloads) == [5, 1])
            #expect(try await usage.totalsByDataset(from: "2025-03-04", to: "2025-03-04")[dataset.id]?.downloads == 1)
        }
    }

    @Test func countsForUnknownIdsAreDroppedAndResourcesGoToTheirOwnDataset() async throws {
        try await DemandFixture.with { f in
            let a = try await f.publish("aholi", title: LocalizedText(.uzLatn, "Aholi soni"))
            let b = try await f.publish("tugilish", title: LocalizedText(.uzLatn, "Tugʻilish"))
            let usage = f.governance.usage
            usage.record(.download, dataset: b.id, resource: a.resources[0].id)
            usage.record(.download, resource: a.resources[0].id)
            usage.record(.download, dataset: "made-up", resource: "made-up")
            usage.record(.apiRead, dataset: "made-up")
            #expect(try await usage.flush() == 1)
            let totals = try await usage.totalsByDataset(from: "2025-01-01", to: "2025-12-31")
            #expect(totals.keys.sorted() == [a.id], "the download is the resource's, whatever the URL said")
            #expect(totals[a.id]?.downloads == 2)
        }
    }
}
