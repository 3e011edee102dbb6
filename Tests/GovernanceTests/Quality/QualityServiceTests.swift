import Foundation
import ManbaCore
import ManbaStore
import OpenData
import Testing
@testable import Governance

@Suite("Quality service") struct QualityServiceTests {
    @Test func aCompleteDatasetScoresOneHundredWithThreeStars() async throws {
        try await QualityFixture.with { f in
            let d = try await f.create(QualityFixture.complete("maktablar"))
            let score = try await f.quality.score("maktablar", for: .anonymous)
            #expect(score.datasetID == d.id)
            #expect(score.score == 100, "\(score.failed.map(\.id))")
            #expect(score.stars == 3)
            #expect(score.lastDataUpdate == Timestamp.string(QualityFixture.start))
        }
    }

    @Test func updatedInTimeFollowsTheDataUpdateHistoryNotMetadataEdits() async throws {
        try await QualityFixture.with { f in
            // Created on 1 March: its resources' data counts as updated then.
            let d = try await f.create(QualityFixture.complete("oylik"))
            func inTime() async throws -> Bool {
                try await f.quality.score(d.id, for: .anonymous).checks.first { $0.criterion == .updatedInTime }!.passed
            }
            #expect(try await inTime())
            // A monthly dataset has 31 days plus 15 of grace.
            f.advance(days: 40)
            _ = try await f.catalogue.patch(d.id, by: f.editor) { $0.title = LocalizedText(.uzLatn, "Maktablar roʻyxati (tuzatilgan)") }
            f.advance(days: 6)
            #expect(try await inTime(), "46 days after the last data update")
            f.advance(days: 0.5)
            #expect(try await !inTime(), "a title edit 6 days ago does not count as new data")
            let score = try await f.quality.score(d.id, for: .anonymous)
            #expect(score.failed.map(\.criterion) == [.updatedInTime])
            #expect(score.failed[0].fixHint?[.ru]?.contains("Опубликуйте новые данные") == true)

            // A data update recorded (say, pushed by the agency's system) yesterday brings it back.
            let yesterday = Timestamp.string(f.clock.now().addingTimeInterval(-86_400))
            try await f.updates.record([.init(datasetID: d.id, resourceID: d.resources[0].id, updated: yesterday)])
            #expect(try await inTime())
            #expect(try await f.quality.score(d.id, for: .anonymous).lastDataUpdate == yesterday)

            // An update stamped in the future does not count until its time comes.
            f.advance(days: 60)
            let later = Timestamp.string(f.clock.now().addingTimeInterval(10 * 86_400))
            try await f.updates.record([.init(datasetID: d.id, resourceID: d.resources[0].id, updated: later)])
            #expect(try await !inTime())
        }
    }

    @Test func irregularDatasetsPassOnceUpdatedAndNoFrequencyNeverPasses() async throws {
        try await QualityFixture.with { f in
            var irregular = QualityFixture.complete("notekis")
            irregular.frequency = "irregular"
            let withData = try await f.create(irregular)
            irregular.name = "notekis-bosh"
            irregular.resources = []
            let empty = try await f.create(irregular)
            var none = QualityFixture.complete("davriyliksiz")
            none.frequency = nil
            let undeclared = try await f.create(none)
            f.advance(days: 5 * 365)
            func inTime(_ d: Dataset) async throws -> Bool {
                try await f.quality.score(d.id, for: .anonymous).checks.first { $0.criterion == .updatedInTime }!.passed
            }
            #expect(try await inTime(withData), "updated once, five years ago")
            #expect(try await !inTime(empty), "never updated")
            #expect(try await !inTime(undeclared))
            try await f.updates.record([.init(datasetID: empty.id, resourceID: "pushed", updated: Timestamp.string(QualityFixture.start))])
            #expect(try await inTime(empty))
        }
    }

    @Test func everyFrequencyHasItsPeriodAndGrace() {
        let now = QualityFixture.start
        let expected: [(Frequency, Int)] = [(.daily, 2), (.weekly, 10), (.monthly, 46), (.quarterly, 107), (.semiannual, 213), (.annual, 396)]
        for (frequency, days) in expected {
            let onTheDay = now.addingTimeInterval(-Double(days) * 86_400)
            #expect(UpdateTimeliness.isInTime(frequency: frequency, lastUpdate: onTheDay, now: now), "\(frequency)")
            #expect(!UpdateTimeliness.isInTime(frequency: frequency, lastUpdate: onTheDay.addingTimeInterval(-60), now: now), "\(frequency)")
        }
        let longAgo = now.addingTimeInterval(-10 * 365 * 86_400)
        #expect(UpdateTimeliness.isInTime(frequency: .onChange, lastUpdate: longAgo, now: now))
        #expect(!UpdateTimeliness.isInTime(frequency: .onChange, lastUpdate: nil, now: now))
        #expect(!UpdateTimeliness.isInTime(frequency: nil, lastUpdate: now, now: now))
    }

    @Test func scoresAreReadWithThePrincipal() async throws {
        try await QualityFixture.with { f in
            var draft = QualityFixture.complete("yopiq")
            draft.isPrivate = true
            try await f.create(draft)
            await #expect(throws: ManbaError.notFound("Dataset not found")) { try await f.quality.score("yopiq", for: f.outsider) }
            await #expect(throws: ManbaError.notFound("Dataset not found")) { try await f.quality.score("yopiq", for: .anonymous) }
            #expect(try await f.quality.score("yopiq", for: f.editor).score == 100)
            await #expect(throws: ManbaError.notFound("Dataset not found")) { try await f.quality.score("no-such", for: .system) }
        }
    }

    @Test func organisationAveragesAreOverTheDatasetsThePrincipalMaySee() async throws {
        try await QualityFixture.with { f in
            try await f.create(QualityFixture.complete("toliq"))
            var bare = DatasetDraft()
            bare.name = "yalangoch"
            bare.title = LocalizedText(.uzLatn, "Yalangʻoch")
            bare.ownerOrg = "stat"
            bare.resources = [QualityFixture.link("https://data.example.org/a.pdf", format: "PDF")]
            let bareDataset = try await f.create(bare)
            var hidden = QualityFixture.complete("yashirin")
            hidden.isPrivate = true
            hidden.licenseID = nil
            try await f.create(hidden)

            let bareScore = try await f.quality.score(bareDataset.id, for: .anonymous)
            // Not updated in time (no frequency), but its one link is unchecked, so it keeps that criterion.
            #expect(bareScore.score == QualityCriterion.workingLinks.weight)
            #expect(bareScore.stars == 0)

            let stat = try await f.quality.scores(of: "stat")
            #expect(stat.organisationID == f.stat.id)
            #expect(stat.datasets.map(\.datasetName) == ["toliq", "yalangoch"], "the private dataset is not public")
            #expect(stat.averageScore == Double(100 + bareScore.score) / 2)
            #expect(stat.averageStars == 1.5)
            #expect(stat.starCounts == [1, 0, 0, 1, 0, 0])
            #expect(stat.passRates[.openLicence] == 0.5)
            #expect(stat.passRates[.workingLinks] == 1)

            let forEditor = try await f.quality.scores(of: f.stat.id, for: f.editor)
            #expect(forEditor.datasets.count == 3)

            let all = try await f.quality.organisationScores()
            #expect(all.map(\.organisationName).sorted() == ["moliya", "stat"])
            #expect(all.first { $0.organisationName == "stat" } == stat)
            #expect(all.first { $0.organisationName == "moliya" }?.averageScore == nil)

            await #expect(throws: ManbaError.notFound("Organization not found")) { try await f.quality.scores(of: "no-such") }
        }
    }
}
