import Foundation
import ManbaCore
import Testing
@testable import Governance

@Suite("Search log") struct SearchLogTests {
    @Test func searchesThatFoundNothingAreReportedMostFrequentFirst() async throws {
        try await DemandFixture.with { f in
            let log = f.governance.searches
            log.record("Maktablar", found: 0)
            log.record("мактаблар", found: 0)
            log.record("  maktablar ", found: 0)
            log.record("suv sifati", found: 0)
            log.record("Suv sifati", found: 4)
            log.record("aholi", found: 12)
            log.record("   ", found: 30)
            try await log.flush()
            f.at("2025-03-04T12:00:00")
            log.record("MAKTABLAR", found: 0)
            log.record("Oʻrmonlar", found: 0)
            try await log.flush()

            let report = try await log.zeroResults(from: "2025-03-01", to: "2025-03-31", for: f.officer)
            #expect(report.map(\.queryKey) == ["maktablar", "ormonlar", "suv sifati"])
            #expect(report.map(\.zeroResults) == [4, 1, 1])
            #expect(report.map(\.searches) == [4, 1, 2])
            #expect(report[0].lastDay == "2025-03-04")
            #expect(report[0].sample == "Maktablar" || report[0].sample == "MAKTABLAR" || report[0].sample == "мактаблар" || report[0].sample == "maktablar")

            let firstDay = try await log.zeroResults(from: "2025-03-03", to: "2025-03-03", for: f.officer)
            #expect(firstDay.map(\.zeroResults) == [3, 1])
            #expect(try await log.zeroResults(from: "2025-03-01", to: "2025-03-31", limit: 1, for: f.officer).count == 1)
        }
    }

    @Test func onlyTheMonitoringStaffReadTheReport() async throws {
        try await DemandFixture.with { f in
            for reader in [Principal.anonymous, f.outsider, f.healthEditor] {
                await #expect(throws: ManbaError.self) {
                    try await f.governance.searches.zeroResults(from: "2025-01-01", to: "2025-12-31", for: reader)
                }
            }
        }
    }

    @Test func successfulSearchesCountWhatFoundSomething() async throws {
        try await DemandFixture.with { f in
            let log = f.governance.searches
            log.record("aholi", found: 3)
            log.record("Аҳоли", found: 3)
            log.record("aholi", found: 0)
            log.record("yoʻq narsa", found: 0)
            try await log.flush()
            let found = try await log.successfulSearches(from: "2025-03-03", to: "2025-03-03")
            #expect(found.map(\.queryKey) == ["aholi"])
            #expect(found.map(\.searches) == [2])
        }
    }
}
