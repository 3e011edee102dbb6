import Foundation
import Testing
@testable import Harvesting

/// The provider reads each list's next page while the harvester reads the current one.
struct OAIPageAheadTests {
    /// Six pages cost six reads: every page after the first is the one read ahead, none is read twice.
    @Test func aFullHarvestReadsEachPageOnce() async throws {
        let repository = OAITestData.repository()
        let provider = OAIProvider(repository: repository, baseURL: OAITestData.baseURL, pageSize: 50)
        let pages = try await OAIProviderListTests.pages(["verb=ListRecords", "metadataPrefix=oai_dc"], provider: provider)
        #expect(OAIProviderListTests.identifiers(pages) == (1...300).map(OAITestData.identifier))
        #expect(await repository.pageCounter.count == 6)
    }

    /// Once the first page has gone out, the second is read without being asked for.
    @Test func theNextPageIsReadBeforeItIsAskedFor() async throws {
        let repository = OAITestData.repository()
        let provider = OAIProvider(repository: repository, baseURL: OAITestData.baseURL, pageSize: 50)
        _ = try await provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc"])
        for _ in 0..<200 where await repository.pageCounter.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(await repository.pageCounter.count == 2)
    }

    /// A token asked for twice (a harvester retrying after a lost answer) gets the same page both times:
    /// the second time the page is read again, since the one read ahead was handed out.
    @Test func aRepeatedTokenGetsTheSamePage() async throws {
        let repository = OAITestData.repository()
        let provider = OAIProvider(repository: repository, baseURL: OAITestData.baseURL, pageSize: 50)
        let first = try inspectValidOAI(try await provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc"]))
        let token = try #require(first.at("ListRecords", "resumptionToken")?.text)
        let again = ["verb=ListRecords", "resumptionToken=\(token)"]
        let once = OAIProviderListTests.identifiers([try inspectValidOAI(try await provider.respond(again))])
        let twice = OAIProviderListTests.identifiers([try inspectValidOAI(try await provider.respond(again))])
        #expect(once == (51...100).map(OAITestData.identifier))
        #expect(twice == once)
    }

    /// Pages read ahead are dropped once too old, and none is started while `capacity` are waiting
    /// (a full store never pushes out another harvest's page).
    @Test func oldPagesAreDroppedAndAFullStoreStartsNoMore() async throws {
        let ahead = OAIPageAhead(capacity: 2, lifetime: 30)
        let start = Date(timeIntervalSince1970: 1_000_000)
        func key(_ cursor: String) -> OAIPageAhead.Key { .init(selection: OAISelection(metadataPrefix: "oai_dc"), cursor: cursor, withMetadata: true) }
        let page = OAIPage(records: [], nextCursor: nil)
        ahead.readAhead(key("a"), now: start) { page }
        ahead.readAhead(key("b"), now: start.addingTimeInterval(1)) { page }
        ahead.readAhead(key("c"), now: start.addingTimeInterval(2)) { page }
        #expect(await ahead.take(key("c"), now: start.addingTimeInterval(3)) == nil)
        #expect(await ahead.take(key("a"), now: start.addingTimeInterval(3)) != nil)
        #expect(await ahead.take(key("b"), now: start.addingTimeInterval(40)) == nil)
        // Stale pages make room: "d" is read ahead although "b" was never taken in time.
        ahead.readAhead(key("b"), now: start.addingTimeInterval(41)) { page }
        ahead.readAhead(key("d"), now: start.addingTimeInterval(41)) { page }
        #expect(await ahead.take(key("d"), now: start.addingTimeInterval(42)) != nil)
    }
}
