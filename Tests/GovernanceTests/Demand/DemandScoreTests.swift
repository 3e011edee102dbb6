import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

@Suite("Demand score") struct DemandScoreTests {
    @Test func theFormulaWeighsEachSignalOnALogScale() {
        #expect(DemandFormula.score(DemandSignals()) == 0)
        #expect(DemandFormula.score(DemandSignals(downloads: 1)) == 3)
        #expect(DemandFormula.score(DemandSignals(downloads: 3, requests: 1)) == 10, "3·log2(4) + 4·log2(2)")
        #expect(DemandFormula.score(DemandSignals(apiReads: 7, pageViews: 1, searches: 3)) == 11, "2·3 + 1·1 + 2·2")
        #expect(DemandFormula.score(DemandSignals(ratingAverage: 5, ratings: 1)) == 2)
        #expect(DemandFormula.score(DemandSignals(ratingAverage: 2.5, ratings: 3)) == 2, "2·(2.5/5)·log2(4)")
        #expect(DemandFormula.score(DemandSignals(downloads: 2)) == 4.75, "3·log2(3) rounded to two decimals")
        #expect(DemandFormula.score(DemandSignals(downloads: 1023)) < DemandFormula.score(DemandSignals(downloads: 31, apiReads: 31, requests: 7)),
                "a thousand downloads from one script weigh less than signals that agree (30 against 15 + 10 + 12)")
    }

    @Test func theRankingIsComputedFromStoredCountsRequestsAndRatings() async throws {
        try await DemandFixture.with { f in
            let hospitals = try await f.publish("shifoxonalar", title: LocalizedText([.uzLatn: "Shifoxonalar roʻyxati", .ru: "Список больниц"]))
            let budget = try await f.publish("byudjet", title: LocalizedText(.uzLatn, "Davlat byudjeti ijrosi"), org: "moliya")
            let hidden = try await f.publish("yopiq", title: LocalizedText(.uzLatn, "Shifoxonalar ichki hisoboti"), isPrivate: true)
            _ = try await f.publish("tinch", title: LocalizedText(.uzLatn, "Hech kim soʻramagan"))
            let g = f.governance

            // Budget: three downloads and two API reads in the window, one a year ago (outside it).
            for _ in 0..<3 { g.usage.record(.download, dataset: budget.id, resource: budget.resources[0].id) }
            g.usage.record(.apiRead, dataset: budget.id)
            g.usage.record(.apiRead, dataset: budget.id)
            g.usage.record(.download, dataset: hidden.id, resource: hidden.resources[0].id)
            // Hospitals: searched for in both scripts (three that found something, one that did not).
            g.searches.record("shifoxona", found: 2)
            g.searches.record("шифохоналар", found: 2)
            g.searches.record("больниц", found: 1)
            g.searches.record("shifoxona", found: 0)
            try await g.demandCounts.flush()
            f.at("2024-03-03T09:00:00")
            for _ in 0..<100 { g.usage.record(.download, dataset: budget.id, resource: budget.resources[0].id) }
            try await g.usage.flush()
            f.at("2025-03-03T09:00:00")

            // A published request answered by the hospitals dataset, with one supporter; and an approved rating.
            let request = try await g.requests.create(DataRequestDraft(title: "Shifoxonalar", description: "Roʻyxat kerak", organisation: "sogliqni-saqlash"), by: .anonymous)
            _ = try await g.requests.support(request.id, supporterKey: "browser:1", by: .anonymous)
            _ = try await g.requests.changeStatus(request.id, to: .accepted, by: f.healthEditor)
            _ = try await g.requests.changeStatus(request.id, to: .published, dataset: "shifoxonalar", by: f.healthEditor)
            let rating = try await g.feedback.submit(to: "shifoxonalar", rating: 5, comment: "", by: .anonymous)
            _ = try await g.feedback.moderate(rating.id, approve: true, by: f.healthEditor)
            _ = try await g.feedback.submit(to: "byudjet", rating: 1, comment: "pending, not counted", by: .anonymous)

            let ranking = try await DemandReport(database: f.database, usage: g.usage, searches: g.searches, requests: g.requests,
                                                 feedback: g.feedback, clock: f.clock, cacheLifetime: 0).mostWanted(days: 30)
            #expect(ranking.from == "2025-02-02" && ranking.to == "2025-03-03")
            #expect(ranking.scores.map(\.name) == ["shifoxonalar", "byudjet"], "private and unwanted datasets are not ranked")
            let first = ranking.scores[0], second = ranking.scores[1]
            #expect(first.signals == DemandSignals(searches: 3, requests: 2, ratingAverage: 5, ratings: 1))
            #expect(first.score == DemandFormula.score(first.signals))
            #expect(first.score == 12.34, "2·log2(4) + 4·log2(3) + 2·1·log2(2)")
            #expect(second.signals == DemandSignals(downloads: 3, apiReads: 2))
            #expect(second.score == 9.17, "3·log2(4) + 2·log2(3)")
            #expect(first.datasetID == hospitals.id && first.organisationID == f.health.id)

            let year = try await DemandReport(database: f.database, usage: g.usage, searches: g.searches, requests: g.requests,
                                              feedback: g.feedback, clock: f.clock, cacheLifetime: 0).mostWanted(days: 366)
            #expect(year.scores.first(where: { $0.name == "byudjet" })?.signals.downloads == 103)
            #expect(try await g.demand.mostWanted(days: 30, limit: 1).scores.map(\.name) == ["shifoxonalar"])
        }
    }

    @Test func searchesAreCreditedToTitlesTheyBegin() {
        let attribution = SearchAttribution(titles: [("a", "Maktablar roʻyxati"), ("b", "Maktabgacha taʼlim"), ("c", "Suv sifati")])
        #expect(attribution.datasets(matching: "maktab") == ["a", "b"])
        #expect(attribution.datasets(matching: "maktab royxati") == ["a"])
        #expect(attribution.datasets(matching: "maktab suv") == [])
        #expect(attribution.datasets(matching: "sifat") == ["c"])
        #expect(attribution.searchesPerDataset([("maktab", 2), ("suv", 5)]) == ["a": 2, "b": 2, "c": 5])
    }
}
