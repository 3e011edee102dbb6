import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

/// Each criterion passing and failing, on datasets built in memory.
@Suite("Quality criteria") struct QualityCriteriaTests {
    static let now = Timestamp.parse("2025-03-01T12:00:00")!

    /// A dataset that meets every criterion: the baseline each test spoils in one way.
    static func complete() -> Dataset {
        var d = Dataset(id: "d1", name: "maktablar", title: LocalizedText(.uzLatn, "Maktablar"), ownerOrg: "org", created: "2024-01-01T00:00:00.000000")
        d.licenseID = "cc-by-4.0"
        d.notes = LocalizedText(.uzLatn, "Respublikadagi barcha umumtaʼlim maktablari roʻyxati: nomi, manzili, oʻquvchilar soni, oʻqituvchilar soni va taʼlim tili boʻyicha har oy yangilanadi.")
        d.frequency = .monthly
        d.temporalStart = "2020-01-01"
        d.spatial = "Oʻzbekiston Respublikasi"
        d.maintainerEmail = "data@stat.uz"
        var csv = Resource(id: "r1", url: "https://stat.uz/maktablar.csv", created: d.created)
        csv.format = "CSV"
        var documentation = Resource(id: "r2", url: "https://stat.uz/maktablar-hujjatlar.pdf", created: d.created)
        documentation.format = "PDF"
        documentation.name = LocalizedText(.uzLatn, "Hujjatlar: maydonlar tavsifi")
        d.resources = [csv, documentation]
        return d
    }

    static let fresh = QualityEvidence(lastDataUpdate: Timestamp.parse("2025-02-20T00:00:00"), linkChecks: [], now: now)

    func passes(_ criterion: QualityCriterion, _ dataset: Dataset, _ evidence: QualityEvidence = fresh) -> Bool {
        QualityCriteria.passes(criterion, dataset, evidence)
    }

    @Test func aCompleteDatasetScoresOneHundred() {
        let score = QualityScore(Self.complete(), evidence: Self.fresh)
        #expect(score.score == 100)
        #expect(score.failed.isEmpty)
        #expect(QualityCriterion.allCases.map(\.weight).reduce(0, +) == 100)
    }

    @Test func openLicence() {
        var d = Self.complete()
        #expect(passes(.openLicence, d))
        d.licenseID = "other-closed"
        #expect(!passes(.openLicence, d))
        d.licenseID = "notspecified"
        #expect(!passes(.openLicence, d))
        d.licenseID = nil
        #expect(!passes(.openLicence, d))
        d.licenseID = "odc-odbl"
        #expect(passes(.openLicence, d))
    }

    @Test func descriptionCountsWordsInItsLongestLanguage() {
        var d = Self.complete()
        d.notes = LocalizedText(.ru, "Список школ")
        #expect(!passes(.description, d))
        // Long in bytes (Cyrillic takes two each) but still three words.
        d.notes = LocalizedText(.uzCyrl, "Умумтаълим мактабларининг рўйхати")
        #expect(!passes(.description, d))
        // Punctuation alone is not a word.
        d.notes = LocalizedText(.en, Array(repeating: "—", count: 30).joined(separator: " "))
        #expect(!passes(.description, d))
        d.notes = LocalizedText([.ru: "Школы", .en: "A list of every general school in the country with its address, number of pupils, teachers and language of teaching"])
        #expect(QualityCriteria.longestDescription(d) == 20)
        #expect(passes(.description, d))
    }

    @Test func frequency() {
        var d = Self.complete()
        #expect(passes(.frequency, d))
        d.frequency = nil
        #expect(!passes(.frequency, d))
    }

    @Test func temporalAndSpatialCoverage() {
        var d = Self.complete()
        #expect(passes(.temporalCoverage, d))
        d.temporalStart = nil
        #expect(!passes(.temporalCoverage, d))
        d.temporalEnd = "2024-12-31"
        #expect(passes(.temporalCoverage, d))
        #expect(passes(.spatialCoverage, d))
        d.spatial = "  "
        #expect(!passes(.spatialCoverage, d))
        d.spatial = nil
        #expect(!passes(.spatialCoverage, d))
    }

    @Test func openFormats() {
        var d = Self.complete()
        #expect(passes(.openFormats, d))
        d.resources[0].format = "XLSX"
        #expect(!passes(.openFormats, d), "Excel and PDF only")
        d.resources[0].format = ""
        d.resources[0].mimetype = "application/geo+json"
        #expect(passes(.openFormats, d), "the media type stands in for a missing format")
        d.resources = []
        #expect(!passes(.openFormats, d))
    }

    @Test func workingLinksLookAtTheLatestCheckOfTheCurrentURL() {
        let d = Self.complete()
        func check(_ url: String, ok: Bool) -> LinkCheck {
            LinkCheck(resourceID: "r1", datasetID: d.id, url: url, checked: "2025-03-01T00:00:00.000000", statusCode: ok ? 200 : 404, ok: ok, error: ok ? nil : "HTTP 404")
        }
        #expect(passes(.workingLinks, d), "links not checked yet do not count against the dataset")
        let broken = QualityEvidence(lastDataUpdate: Self.fresh.lastDataUpdate, linkChecks: [check(d.resources[0].url, ok: false)], now: Self.now)
        #expect(!passes(.workingLinks, d, broken))
        #expect(QualityScore(d, evidence: broken).brokenLinks.map(\.resourceID) == ["r1"])
        let old = QualityEvidence(lastDataUpdate: Self.fresh.lastDataUpdate, linkChecks: [check("https://old.example/x.csv", ok: false)], now: Self.now)
        #expect(passes(.workingLinks, d, old), "a failed check of the link's former URL says nothing about the new one")
        let fine = QualityEvidence(lastDataUpdate: Self.fresh.lastDataUpdate, linkChecks: [check(d.resources[0].url, ok: true)], now: Self.now)
        #expect(passes(.workingLinks, d, fine))
    }

    @Test func documentation() {
        var d = Self.complete()
        #expect(passes(.documentation, d), "a resource named Hujjatlar")
        d.resources[1].name = LocalizedText(.uzCyrl, "Маълумотлар луғати")
        #expect(passes(.documentation, d), "the Cyrillic name folds to the Latin keyword")
        d.resources[1].name = LocalizedText(.ru, "Документация к набору")
        #expect(passes(.documentation, d))
        d.resources[1].name = LocalizedText(.uzLatn, "Maktablar 2024")
        #expect(!passes(.documentation, d))
        d.extras = [.init(key: "documentation", value: "https://stat.uz/docs/maktablar")]
        #expect(passes(.documentation, d))
        d.extras = []
        d.notes = LocalizedText(.en, Array(repeating: "word", count: QualityCriteria.documentationDescriptionWords).joined(separator: " "))
        #expect(passes(.documentation, d), "a long description documents the data itself")
    }

    @Test func contactPoint() {
        var d = Self.complete()
        #expect(passes(.contactPoint, d))
        d.maintainerEmail = nil
        #expect(!passes(.contactPoint, d))
        d.authorEmail = "author@stat.uz"
        #expect(passes(.contactPoint, d))
    }

    @Test func failedCriteriaSayHowToFixThemInEveryLanguage() {
        var d = Self.complete()
        d.licenseID = nil
        d.spatial = nil
        let score = QualityScore(d, evidence: Self.fresh)
        #expect(score.score == 100 - QualityCriterion.openLicence.weight - QualityCriterion.spatialCoverage.weight)
        #expect(score.failed.map(\.criterion) == [.openLicence, .spatialCoverage])
        for check in score.checks {
            #expect((check.fixHint == nil) == check.passed)
        }
        for criterion in QualityCriterion.allCases {
            for language in Language.allCases {
                #expect(criterion.fixHint[language]?.isEmpty == false, "\(criterion) hint in \(language)")
                #expect(criterion.title[language]?.isEmpty == false, "\(criterion) title in \(language)")
            }
        }
    }
}
