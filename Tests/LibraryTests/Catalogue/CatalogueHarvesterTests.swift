import Foundation
import Harvesting
import Testing
@testable import Library

@Suite("OAI-PMH harvest into the union catalogue") struct CatalogueHarvesterTests {
    struct Interrupted: Error {}

    /// Catalogue A serves OAI-PMH (five records a page); B harvests it. The first run breaks after two
    /// pages; the second resumes from the saved token; the third asks only for changes, including a deletion.
    @Test func harvestResumesAfterInterruptionAndFollowsChanges() async throws {
        try await LibraryFixture.with { a in
            try await LibraryFixture.with { b in
                let records = (0..<23).map { i in
                    LibraryFixture.book("h\(i)", title: "Kitob \(i)", author: "Muallif", year: 2000 + i, publisher: "Nashr \(i)",
                                        holdings: [("UZ-FAR-0001", "84 K\(i)")])
                }
                _ = try await a.catalogue.importer.importFile(try a.file(records), library: "UZ-FAR-0001")
                // The harvest starts a minute after A's records were written (from is inclusive, to the second).
                a.clock.advance(by: 60)
                b.clock.advance(by: 60)
                let provider = OAIProvider(repository: UnionCatalogueOAI(catalogue: a.catalogue, adminEmail: "a@example.org"),
                                           baseURL: "http://a.example/oai", pageSize: 5)
                let calls = Counter()
                let failAfter = Counter(3)
                let fetch: @Sendable (URL) async throws -> Data = { url in
                    if calls.increment() > failAfter.value { throw Interrupted() }
                    let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
                    return Data(try await provider.respond(to: items.map { ($0.name, $0.value ?? "") }, now: a.clock.now()).utf8)
                }
                let harvester = CatalogueHarvester(catalogue: b.catalogue, fetch: fetch)
                let request = CatalogueHarvester.Request(baseURL: URL(string: "http://a.example/oai")!, library: "UZ-FAR-0001", metadataPrefix: "marc21_withholdings")
                await #expect(throws: Interrupted.self) { _ = try await harvester.harvest(request) }
                let partial = try await b.catalogue.search(.all).count
                #expect(partial == 15)   // three pages of five were stored before the fourth request failed

                failAfter.value = .max
                let resumed = try await harvester.harvest(request)
                #expect(resumed.imported == 8)
                let all = try await b.catalogue.search(.all, rows: 100)
                #expect(all.count == 23)
                #expect(all.records.allSatisfy { $0.holdings.first?.libraryCode == "UZ-FAR-0001" })

                // Changes at A after the harvest: one record deleted, one new.
                a.clock.advance(by: 3_600)
                b.clock.advance(by: 3_600)
                var deletion = records[4]
                deletion.leader = "00000dam a2200000 a 4500"
                let newOne = LibraryFixture.book("h99", title: "Yangi kitob", author: "Muallif", year: 2025, publisher: "Nashr", holdings: [("UZ-FAR-0001", "84")])
                let change = try await a.catalogue.importer.importFile(try a.file([deletion, newOne]), library: "UZ-FAR-0001")
                #expect(change.withdrawn == 1 && change.imported == 1)
                let again = try await harvester.harvest(request)
                #expect(again.read == 2 && again.imported == 1 && again.withdrawn == 1)
                #expect(try await b.catalogue.search(.all).count == 23)
                #expect(try await b.catalogue.search(.words(.title, ["Yangi"], match: .all)).count == 1)
                #expect(try await b.catalogue.search(.words(.title, ["Kitob", "4"], match: .all)).count == 0)
            }
        }
    }
}

/// A counter shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count: Int
    init(_ start: Int = 0) { count = start }
    var value: Int {
        get { lock.lock(); defer { lock.unlock() }; return count }
        set { lock.lock(); count = newValue; lock.unlock() }
    }
    func increment() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
}
