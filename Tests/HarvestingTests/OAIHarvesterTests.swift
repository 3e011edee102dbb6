import Foundation
import Testing
@testable import Harvesting

/// The harvester against the provider, through an injected fetch: no network, the real XML both ways.
struct OAIHarvesterTests {
    static let baseURL = URL(string: OAITestData.baseURL)!

    static func provider(pageSize: Int = 50, repository: InMemoryOAIRepository = OAITestData.repository()) -> OAIProvider {
        OAIProvider(repository: repository, baseURL: OAITestData.baseURL, pageSize: pageSize)
    }

    static func collect(_ stream: AsyncThrowingStream<OAIHarvestEvent, Error>) async throws -> [OAIHarvestEvent] {
        var events: [OAIHarvestEvent] = []
        for try await event in stream { events.append(event) }
        return events
    }

    static func records(_ events: [OAIHarvestEvent]) -> [OAIHarvestedRecord] {
        events.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    static func checkpoints(_ events: [OAIHarvestEvent]) -> [(token: String?, size: Int?, cursor: Int?)] {
        events.compactMap { if case .page(let token, let size, let cursor) = $0 { (token, size, cursor) } else { nil } }
    }

    @Test func harvestsEveryRecordPageByPage() async throws {
        let log = RequestLog()
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc",
                                     fetch: OAITestData.fetch(from: Self.provider(), log: log))
        let events = try await Self.collect(harvester.records())
        let records = Self.records(events)
        #expect(records.map(\.header.identifier) == (1...300).map(OAITestData.identifier))
        #expect(records.map(\.header.datestamp) == (1...300).map(OAITestData.datestamp))

        let deleted = records.filter(\.header.isDeleted)
        #expect(deleted.count == 30)
        #expect(deleted.allSatisfy { $0.metadataXML == nil })
        #expect(records[6].header.setSpecs == ["library:samarkand", "collection:rare"])

        // The metadata is the repository's, readable on its own.
        let sixth = try inspectOAIXML(try #require(records[5].metadataXML))
        #expect(sixth.namespace == OAINamespaces.oaiDC)
        #expect(sixth.child("title")?.text == "Oʻtgan kunlar № 6 & <boshqalar>")

        let checkpoints = Self.checkpoints(events)
        #expect(checkpoints.count == 6)
        #expect(checkpoints.dropLast().allSatisfy { $0.token != nil })
        #expect(checkpoints.last?.token == nil)
        #expect(checkpoints.map(\.cursor) == [0, 50, 100, 150, 200, 250])
        #expect(checkpoints.allSatisfy { $0.size == 300 })
        // Each checkpoint follows the records of its page.
        #expect(events.firstIndex { if case .page = $0 { true } else { false } } == 50)

        let urls = await log.urls
        #expect(urls.count == 6)
        #expect(urls.first?.absoluteString == OAITestData.baseURL + "?verb=ListRecords&metadataPrefix=oai_dc")
    }

    @Test func selectiveHarvestAsksIdentifyForTheGranularity() async throws {
        let log = RequestLog()
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "marc21", set: "library:tashkent",
                                     from: OAITestData.date("2024-01-02T00:00:00Z"), until: OAITestData.date("2024-01-05T23:59:59Z"),
                                     fetch: OAITestData.fetch(from: Self.provider(pageSize: 7), log: log))
        let records = Self.records(try await Self.collect(harvester.records()))
        let expected = (24...119).filter { $0 % 2 == 0 && $0 % 5 != 0 }.map(OAITestData.identifier)
        #expect(records.map(\.header.identifier) == expected)
        let urls = await log.urls.map(\.absoluteString)
        #expect(urls.first == OAITestData.baseURL + "?verb=Identify")
        #expect(urls.dropFirst().first == OAITestData.baseURL
            + "?verb=ListRecords&metadataPrefix=marc21&from=2024-01-02T00%3A00%3A00Z&until=2024-01-05T23%3A59%3A59Z&set=library%3Atashkent")
    }

    @Test func dayGranularityRepositoryGetsWholeDays() async throws {
        var identity = OAITestData.identity
        identity.granularity = .day
        let repository = InMemoryOAIRepository(identity: identity, items: OAITestData.items(count: 100))
        let log = RequestLog()
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc",
                                     from: OAITestData.date("2024-01-02T10:00:00Z"), until: OAITestData.date("2024-01-02T11:00:00Z"),
                                     fetch: OAITestData.fetch(from: Self.provider(repository: repository), log: log))
        let records = Self.records(try await Self.collect(harvester.records()))
        // Widened to the whole of 2024-01-02: more than asked, never less.
        #expect(records.map(\.header.identifier) == (24...47).map(OAITestData.identifier))
        #expect(await log.urls.last?.absoluteString.hasSuffix("from=2024-01-02&until=2024-01-02") == true)
    }

    @Test func anInterruptedHarvestResumesFromItsCheckpoint() async throws {
        let provider = Self.provider(pageSize: 40)
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc", fetch: OAITestData.fetch(from: provider))

        // First run: stops (as if the process died) in the middle of the fourth page.
        var firstRun: [String] = []
        var savedToken: String?
        var pagesSeen = 0
        for try await event in harvester.records() {
            switch event {
            case .record(let record):
                firstRun.append(record.header.identifier)
            case .page(let token, _, _):
                savedToken = token
                pagesSeen += 1
            }
            if firstRun.count == 130 { break }
        }
        #expect(pagesSeen == 3)
        let checkpoint = try #require(savedToken)

        // Second run: from the last saved checkpoint, the unsaved part of page four comes again.
        let secondRun = Self.records(try await Self.collect(harvester.records(resumeFrom: checkpoint))).map(\.header.identifier)
        #expect(secondRun.first == OAITestData.identifier(121))
        let committed = firstRun.prefix(120)
        #expect(Array(committed) + secondRun == (1...300).map(OAITestData.identifier))
    }

    @Test func noRecordsMatchIsAnEmptyHarvest() async throws {
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc", set: "library:bukhara",
                                     fetch: OAITestData.fetch(from: Self.provider()))
        let events = try await Self.collect(harvester.records())
        #expect(events == [.page(resumptionToken: nil, completeListSize: 0, cursor: nil)])
    }

    @Test func otherOAIErrorsEndTheStreamWithAClearError() async throws {
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "mods", fetch: OAITestData.fetch(from: Self.provider()))
        await #expect {
            _ = try await Self.collect(harvester.records())
        } throws: { error in
            guard case OAIHarvestError.repositoryErrors(let errors) = error else { return false }
            return errors.map(\.code) == [.cannotDisseminateFormat]
                && String(describing: error).contains("cannotDisseminateFormat")
        }
    }

    @Test func anExpiredCheckpointIsReportedAsBadResumptionToken() async throws {
        let provider = Self.provider()
        let first = try inspectOAIXML(try await provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc"]))
        let token = try #require(first.at("ListRecords", "resumptionToken")?.text)
        let later = OAITestData.fetch(from: provider, now: OAITestData.now.addingTimeInterval(3 * 86_400))
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc", fetch: later)
        await #expect {
            _ = try await Self.collect(harvester.records(resumeFrom: token))
        } throws: { error in
            guard case OAIHarvestError.repositoryErrors(let errors) = error else { return false }
            return errors.map(\.code) == [.badResumptionToken]
        }
    }

    @Test func theNextPageIsFetchedOnlyWhenTheConsumerGetsThere() async throws {
        let log = RequestLog()
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc",
                                     fetch: OAITestData.fetch(from: Self.provider(pageSize: 10), log: log))
        var iterator = harvester.records().makeAsyncIterator()
        for _ in 0..<11 { _ = try await iterator.next() } // ten records and the checkpoint
        #expect(await log.urls.count == 1)
        _ = try await iterator.next()
        #expect(await log.urls.count == 2)
    }

    @Test func aRepositoryRepeatingItsTokenIsStopped() async throws {
        let page = #"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-01T00:00:00Z</responseDate><request>x</request><ListRecords><record><header><identifier>a</identifier><datestamp>2024-01-01</datestamp></header></record><resumptionToken>same</resumptionToken></ListRecords></OAI-PMH>"#
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc", fetch: { _ in Data(page.utf8) })
        await #expect(throws: OAIHarvestError.repeatedResumptionToken("same")) {
            _ = try await Self.collect(harvester.records())
        }
    }

    @Test func fetchFailuresEndTheStream() async throws {
        struct Offline: Error {}
        let harvester = OAIHarvester(baseURL: Self.baseURL, metadataPrefix: "oai_dc", fetch: { _ in throw Offline() })
        await #expect(throws: Offline.self) { _ = try await Self.collect(harvester.records()) }
    }

    @Test func requestURLsAreEncodedAndKeepAnExistingQuery() {
        let harvester = OAIHarvester(baseURL: URL(string: "https://lib.example.uz/cgi/oai?repository=main")!, metadataPrefix: "oai_dc")
        #expect(harvester.nextPageURL(resumptionToken: "a+b/c=d&e f").absoluteString
            == "https://lib.example.uz/cgi/oai?repository=main&verb=ListRecords&resumptionToken=a%2Bb%2Fc%3Dd%26e%20f")
        #expect(harvester.identifyURL().absoluteString == "https://lib.example.uz/cgi/oai?repository=main&verb=Identify")
    }
}
