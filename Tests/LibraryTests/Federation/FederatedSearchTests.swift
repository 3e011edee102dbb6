import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import ManbaCore
@testable import Library

/// Several targets at once, with an injected fetch: results in target order, each failure alone,
/// time-outs kept, the targets asked in parallel.
struct FederatedSearchTests {
    @Test func resultsFromEveryTargetInTargetOrder() async throws {
        let server = StubServer([
            "zebra": .answer(try FederationFixtures.data("zebra-sru12-marcxml.xml"), delay: 0.2),
            "oasis": .answer(try FederationFixtures.data("zebra-sru20-marcxml.xml")),
            "empty": .answer(try FederationFixtures.data("zebra-sru12-no-hits.xml")),
        ])
        let search = FederatedSearch(targets: [FederationFixtures.target("zebra"), FederationFixtures.target("oasis", version: .v2_0),
                                               FederationFixtures.target("empty")],
                                     client: SRUClient(fetch: server.fetch))
        let results = await search.search("rasadxonasi")
        #expect(results.map(\.target.id) == ["zebra", "oasis", "empty"])
        #expect(results.map(\.count) == [3, 1, 0])
        #expect(results[0].records.map(\.summary.title) == [
            "Ulugʻbek rasadxonasi tarix va bugun", "Samarqand rasadxonasi va Ulugʻbek maktabi", "Ўрта Осиё расадхонаси тарихи",
        ])
        #expect(results[0].records[0].record.controlValue("001") == "zb0001")
        #expect(results[0].query == "(cql.serverChoice = rasadxonasi or cql.serverChoice = расадхонаси)")
        #expect(server.sentQueries.allSatisfy { $0 == "(cql.serverChoice = rasadxonasi or cql.serverChoice = расадхонаси)" })
        let versions = server.requests.withLock { $0 }.map { URLComponents(url: $0.url!, resolvingAgainstBaseURL: false)!
            .queryItems!.first { $0.name == "version" }!.value! }
        #expect(versions.sorted() == ["1.2", "1.2", "2.0"])
    }

    @Test func badTargetsFailAloneAndNothingThrows() async throws {
        let server = StubServer([
            "good": .answer(try FederationFixtures.data("zebra-sru12-marcxml.xml")),
            "diag": .answer(try FederationFixtures.data("zebra-sru12-diagnostic.xml")),
            "garbage": .answer(Data("<html><body>Welcome to nginx!</body></html>".utf8)),
            "binary": .answer(Data([0x1F, 0x8B, 0x08, 0x00, 0xFF, 0x00])),
            "http500": .answer(Data("Internal Server Error".utf8), status: 500),
            "diag400": .answer(try FederationFixtures.data("zebra-sru20-diagnostic.xml"), status: 400),
            "dead": .fail(.cannotConnectToHost),
            "nohost": .fail(.cannotFindHost),
        ])
        let ids = ["good", "diag", "garbage", "binary", "http500", "diag400", "dead", "nohost"]
        let search = FederatedSearch(targets: ids.map { FederationFixtures.target($0) }, client: SRUClient(fetch: server.fetch))
        let results = await search.search("Ulugʻbek")
        #expect(results.map(\.target.id) == ids)
        #expect(results.map(\.status) == ["ok", "failed", "failed", "failed", "failed", "failed", "failed", "failed"])
        #expect(results[0].count == 3)
        let reasons = results.map { $0.reason ?? "" }
        #expect(reasons[1] == "the catalogue answered with diagnostic info:srw/diagnostic/1/16 Unsupported index")
        #expect(reasons[2] == "the catalogue's answer could not be read: not an SRU searchRetrieve answer: the document is <html>")
        #expect(reasons[3].hasPrefix("the catalogue's answer could not be read: not well-formed XML"))
        #expect(reasons[4] == "the catalogue answered HTTP 500")
        #expect(reasons[5] == "the catalogue answered with diagnostic info:srw/diagnostic/1/16 Unsupported index")
        #expect(reasons[6] == "the catalogue could not be reached: connection refused (dead.example)")
        #expect(reasons[7] == "the catalogue could not be reached: host not found (nohost.example)")
    }

    @Test func aSlowTargetTimesOutWhileTheOthersAnswer() async throws {
        let server = StubServer([
            "fast": .answer(try FederationFixtures.data("zebra-sru20-marcxml.xml")),
            "slow": .answer(try FederationFixtures.data("zebra-sru12-marcxml.xml"), delay: 30),
            "urltimeout": .fail(.timedOut, delay: 0.1),
        ])
        let search = FederatedSearch(targets: [FederationFixtures.target("slow", timeout: 0.5), FederationFixtures.target("fast"),
                                               FederationFixtures.target("urltimeout")],
                                     client: SRUClient(fetch: server.fetch))
        let start = ContinuousClock.now
        let results = await search.search("caravanserais")
        #expect(results.map(\.status) == ["timedOut", "ok", "timedOut"])
        #expect(results[1].count == 1)
        // Only a guard against waiting for the slow target's 30 s; not a measurement.
        #expect(secondsSince(start) < 20)
        #expect(results[0].reason?.hasPrefix("no answer within") == true)
    }

    /// A target that blocks without ever looking at cancellation still counts as timed out at its time.
    @Test func aHungTargetDoesNotHoldTheSearch() async throws {
        let server = StubServer(["hung": .hang(20, then: try FederationFixtures.data("zebra-sru12-marcxml.xml"))])
        let search = FederatedSearch(targets: [FederationFixtures.target("hung", timeout: 0.3)], client: SRUClient(fetch: server.fetch))
        let start = ContinuousClock.now
        let results = await search.search("rasadxonasi")
        #expect(results.map(\.status) == ["timedOut"])
        #expect(secondsSince(start) < 15)
    }

    @Test func theDeadlineCapsEveryTimeout() async throws {
        let server = StubServer(["slow": .answer(try FederationFixtures.data("zebra-sru12-marcxml.xml"), delay: 30)])
        let search = FederatedSearch(targets: [FederationFixtures.target("slow", timeout: 60)], deadline: 0.4,
                                     client: SRUClient(fetch: server.fetch))
        let start = ContinuousClock.now
        let results = await search.search("rasadxonasi")
        #expect(results.map(\.status) == ["timedOut"])
        #expect(secondsSince(start) < 15)
        #expect(server.requests.withLock { $0 }.first?.timeoutInterval == 0.4)
    }

    /// Targets are asked at the same time: each request waits until the other has arrived, which
    /// only parallel requests can both do (sequential ones would time out instead).
    @Test func targetsAreAskedInParallel() async throws {
        let data = try FederationFixtures.data("zebra-sru12-marcxml.xml")
        let arrived = ArrivalCounter()
        let fetch: SRUClient.Fetch = { request in
            arrived.arrive()
            for _ in 0..<500 where arrived.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
            guard arrived.count >= 2 else { throw URLError(.timedOut) }
            return (data, HTTPURLResponse(url: request.url!, statusCode: 200, httpVersion: nil, headerFields: nil)!)
        }
        let search = FederatedSearch(targets: [FederationFixtures.target("one", timeout: 30), FederationFixtures.target("two", timeout: 30)],
                                     deadline: 30, client: SRUClient(fetch: fetch))
        let results = await search.search("rasadxonasi")
        #expect(results.map(\.status) == ["ok", "ok"])
        #expect(results.map(\.count) == [3, 3])
    }

    @Test func cancellingTheSearchEndsIt() async throws {
        let server = StubServer(["slow": .answer(try FederationFixtures.data("zebra-sru12-marcxml.xml"), delay: 30)])
        let search = FederatedSearch(targets: [FederationFixtures.target("slow", timeout: 30)], client: SRUClient(fetch: server.fetch))
        let start = ContinuousClock.now
        let task = Task { await search.search("rasadxonasi") }
        try await Task.sleep(nanoseconds: 200_000_000)
        task.cancel()
        let results = await task.value
        #expect(results.map(\.status) == ["timedOut"])
        #expect(secondsSince(start) < 15)
    }

    @Test func anEmptyQueryAsksNobody() async {
        let server = StubServer([:])
        let search = FederatedSearch(targets: [FederationFixtures.target("zebra")], client: SRUClient(fetch: server.fetch))
        #expect(await search.search("  ").isEmpty)
        #expect(await FederatedSearch(targets: [], client: SRUClient(fetch: server.fetch)).search("fish").isEmpty)
        #expect(server.requests.withLock { $0 }.isEmpty)
    }

    @Test func jsonShape() async throws {
        let server = StubServer([
            "zebra": .answer(try FederationFixtures.data("zebra-sru20-marcxml.xml")),
            "dead": .fail(.cannotConnectToHost),
        ])
        let search = FederatedSearch(targets: [FederationFixtures.target("zebra"), FederationFixtures.target("dead")],
                                     client: SRUClient(fetch: server.fetch))
        let results = await search.search("caravanserais")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(results)) as! [[String: Any]]
        #expect(json[0]["target"] as? String == "zebra")
        #expect(json[0]["status"] as? String == "ok")
        #expect(json[0]["count"] as? Int == 1)
        #expect((json[0]["name"] as? [String: String])?["en"] == "Catalogue zebra")
        let record = (json[0]["records"] as! [[String: Any]])[0]
        #expect(record["title"] as? String == "Caravanserais of the Silk Road")
        #expect(record["creators"] as? [String] == ["Hillenbrand, Robert"])
        #expect(record["year"] as? Int == 1999)
        #expect(record["isbns"] as? [String] == ["9780500280362"])
        #expect(record["controlNumber"] as? String == "zb0011")
        #expect(json[1]["status"] as? String == "failed")
        #expect(json[1]["count"] is NSNull)
        #expect((json[1]["records"] as? [Any])?.isEmpty == true)
        #expect((json[1]["reason"] as? String)?.contains("connection refused") == true)
    }
}

/// Counts requests that have reached a stub, across concurrent tasks.
final class ArrivalCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var arrivals = 0
    func arrive() { lock.lock(); arrivals += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return arrivals }
}
