import Foundation
import Testing
@testable import Harvesting

/// ListRecords and ListIdentifiers: paging with resumption tokens and selective harvesting.
struct OAIProviderListTests {
    static let repository = OAITestData.repository()
    static let provider = OAIProvider(repository: repository, baseURL: OAITestData.baseURL, pageSize: 50)

    /// Follows resumption tokens to the end, checking each page against the schema.
    static func pages(_ first: [String], verb: String = "ListRecords", provider: OAIProvider = provider)
        async throws -> [OAIInspectedElement] {
        var pages: [OAIInspectedElement] = []
        var parameters = first
        while pages.count < 100 {
            let root = try inspectValidOAI(try await provider.respond(parameters))
            pages.append(root)
            guard let token = root.at(verb, "resumptionToken")?.text, !token.isEmpty else { break }
            parameters = ["verb=\(verb)", "resumptionToken=\(token)"]
        }
        return pages
    }

    static func identifiers(_ pages: [OAIInspectedElement], verb: String = "ListRecords") -> [String] {
        pages.flatMap { page -> [String] in
            let list = page.child(verb)
            let headers = verb == "ListRecords" ? (list?.children("record") ?? []).compactMap { $0.child("header") } : list?.children("header") ?? []
            return headers.compactMap { $0.child("identifier")?.text }
        }
    }

    @Test func listRecordsPagesThroughEverything() async throws {
        let pages = try await Self.pages(["verb=ListRecords", "metadataPrefix=oai_dc"])
        #expect(pages.count == 6)
        #expect(Self.identifiers(pages) == (1...300).map(OAITestData.identifier))

        let tokens = pages.map { $0.at("ListRecords", "resumptionToken") }
        #expect(tokens.map { $0?.attributes["cursor"] } == ["0", "50", "100", "150", "200", "250"])
        #expect(tokens.allSatisfy { $0?.attributes["completeListSize"] == "300" })
        #expect(tokens.dropLast().allSatisfy { $0?.attributes["expirationDate"] == "2024-06-02T12:00:00Z" && !($0?.text.isEmpty ?? true) })
        // The last page of a split list carries an empty token, and no expiration.
        #expect(tokens.last??.text == "")
        #expect(tokens.last??.attributes["expirationDate"] == nil)
        // A continuation echoes only the token.
        #expect(pages[1].child("request")?.attributes.keys.sorted() == ["resumptionToken", "verb"])
    }

    @Test func deletedRecordsAreHeadersWithStatus() async throws {
        let pages = try await Self.pages(["verb=ListRecords", "metadataPrefix=oai_dc"])
        let records = pages.flatMap { $0.child("ListRecords")?.children("record") ?? [] }
        let deleted = records.filter { $0.child("header")?.attributes["status"] == "deleted" }
        #expect(deleted.count == 30)
        #expect(deleted.allSatisfy { $0.childNames == ["header"] })
        #expect(records.filter { $0.child("metadata") != nil }.count == 270)
    }

    @Test func listIdentifiersPagesThroughHeaders() async throws {
        let pages = try await Self.pages(["verb=ListIdentifiers", "metadataPrefix=marc21"], verb: "ListIdentifiers")
        let expected = (1...300).filter { $0 % 5 != 0 }.map(OAITestData.identifier)
        #expect(Self.identifiers(pages, verb: "ListIdentifiers") == expected)
        #expect(pages.count == 5)
        #expect(pages.first?.at("ListIdentifiers", "resumptionToken")?.attributes["completeListSize"] == "240")
        let deleted = pages.flatMap { $0.child("ListIdentifiers")?.children("header") ?? [] }.filter { $0.attributes["status"] == "deleted" }
        #expect(deleted.count == 30)
    }

    @Test func aListThatFitsOnePageHasNoToken() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc", "set=collection:rare"]))
        #expect(root.child("ListRecords")?.children("record").count == 42)
        #expect(root.at("ListRecords", "resumptionToken") == nil)
    }

    @Test func setsIncludeTheirSubsets() async throws {
        #expect(Self.identifiers(try await Self.pages(["verb=ListRecords", "metadataPrefix=oai_dc", "set=library"])).count == 300)
        let tashkent = Self.identifiers(try await Self.pages(["verb=ListRecords", "metadataPrefix=oai_dc", "set=library:tashkent"]))
        #expect(tashkent == (1...150).map { OAITestData.identifier($0 * 2) })
        // A prefix of a set name is not a parent set.
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc", "set=lib"]))
        #expect(root.errorCodes == ["noRecordsMatch"])
    }

    @Test func dayGranularityBoundsAreInclusiveWholeDays() async throws {
        // Item n is stamped n hours after 2024-01-01T00:00:00Z; 2024-01-02 holds items 24 to 47.
        let pages = try await Self.pages(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "from=2024-01-02", "until=2024-01-02"],
                                         verb: "ListIdentifiers")
        #expect(Self.identifiers(pages, verb: "ListIdentifiers") == (24...47).map(OAITestData.identifier))
        let untilOnly = try await Self.pages(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "until=2024-01-01"], verb: "ListIdentifiers")
        #expect(Self.identifiers(untilOnly, verb: "ListIdentifiers") == (1...23).map(OAITestData.identifier))
    }

    @Test func secondsGranularityBoundsAreInclusive() async throws {
        let pages = try await Self.pages(["verb=ListIdentifiers", "metadataPrefix=oai_dc",
                                          "from=2024-01-01T05:00:00Z", "until=2024-01-01T07:00:00Z"], verb: "ListIdentifiers")
        #expect(Self.identifiers(pages, verb: "ListIdentifiers") == (5...7).map(OAITestData.identifier))
        let before = try await Self.pages(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "until=2024-01-01T04:59:59Z"],
                                          verb: "ListIdentifiers")
        #expect(Self.identifiers(before, verb: "ListIdentifiers") == (1...4).map(OAITestData.identifier))
    }

    @Test func fractionalDatestampsCountAsTheirShownSecond() async throws {
        var items = OAITestData.items(count: 2)
        items[0].datestamp = OAITestData.date("2024-03-01T10:00:00Z").addingTimeInterval(0.75)
        let provider = OAIProvider(repository: InMemoryOAIRepository(items: items), baseURL: OAITestData.baseURL)
        let root = try inspectValidOAI(try await provider.respond(["verb=ListIdentifiers", "metadataPrefix=oai_dc",
                                                                   "from=2024-03-01T10:00:00Z", "until=2024-03-01T10:00:00Z"]))
        #expect(root.at("ListIdentifiers", "header", "datestamp")?.text == "2024-03-01T10:00:00Z")
        #expect(root.child("ListIdentifiers")?.children.count == 1)
    }

    @Test func theSelectionTravelsInTheToken() async throws {
        let pages = try await Self.pages(["verb=ListRecords", "metadataPrefix=marc21", "set=library:samarkand",
                                          "from=2024-01-02T00:00:00Z"],
                                         provider: OAIProvider(repository: Self.repository, baseURL: OAITestData.baseURL, pageSize: 10))
        let expected = (24...300).filter { $0 % 2 == 1 && $0 % 5 != 0 }.map(OAITestData.identifier)
        #expect(Self.identifiers(pages) == expected)
        #expect(pages.first?.child("request")?.attributes == ["verb": "ListRecords", "metadataPrefix": "marc21",
                                                              "set": "library:samarkand", "from": "2024-01-02T00:00:00Z"])
        let metadata = pages.flatMap { $0.child("ListRecords")?.children("record") ?? [] }.compactMap { $0.at("metadata", "record") }
        #expect(metadata.allSatisfy { $0.namespace == OAINamespaces.marc21 })
    }

    @Test func tokensSurviveARestartWithTheSameKey() async throws {
        let key = Array("shared secret".utf8)
        let before = OAIProvider(repository: Self.repository, baseURL: OAITestData.baseURL, pageSize: 50, tokenKey: key)
        let first = try inspectValidOAI(try await before.respond(["verb=ListRecords", "metadataPrefix=oai_dc"]))
        let token = try #require(first.at("ListRecords", "resumptionToken")?.text)
        let after = OAIProvider(repository: Self.repository, baseURL: OAITestData.baseURL, pageSize: 50, tokenKey: key)
        let second = try inspectValidOAI(try await after.respond(["verb=ListRecords", "resumptionToken=\(token)"]))
        #expect(Self.identifiers([second]).first == OAITestData.identifier(51))
        let otherKey = OAIProvider(repository: Self.repository, baseURL: OAITestData.baseURL, pageSize: 50)
        #expect(try inspectValidOAI(try await otherKey.respond(["verb=ListRecords", "resumptionToken=\(token)"])).errorCodes
            == ["badResumptionToken"])
    }

    @Test func emptyPagesFromTheStoreAreSkipped() async throws {
        /// A store that gives up after scanning a few rows and may return a page with nothing in it.
        struct SparseStore: OAIRepository {
            var identity = OAITestData.identity
            var metadataFormats: [OAIMetadataFormat] = [.oaiDC]
            func metadataFormats(for identifier: String) async throws -> [OAIMetadataFormat]? { nil }
            func sets() async throws -> [OAISet] { [] }
            func record(identifier: String, metadataPrefix: String) async throws -> OAIRecord? { nil }
            func page(_ selection: OAISelection, after cursor: String?, limit: Int, withMetadata: Bool) async throws -> OAIPage {
                let position = Int(cursor ?? "0")!
                guard position < 5 else {
                    let header = OAIRecordHeader(identifier: "oai:x:\(position)", datestamp: OAITestData.epoch)
                    return OAIPage(records: [OAIRecord(header: header)], nextCursor: nil)
                }
                return OAIPage(records: [], nextCursor: String(position + 1))
            }
        }
        let provider = OAIProvider(repository: SparseStore(), baseURL: OAITestData.baseURL)
        let root = try inspectValidOAI(try await provider.respond(["verb=ListIdentifiers", "metadataPrefix=oai_dc"]))
        #expect(root.at("ListIdentifiers", "header", "identifier")?.text == "oai:x:5")
    }

    @Test func aTokenWhoseRemainingRecordsAreGoneEndsWithNoRecordsMatch() async throws {
        let first = try inspectValidOAI(try await Self.provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc"]))
        let token = try #require(first.at("ListRecords", "resumptionToken")?.text)
        let shrunk = OAIProvider(repository: OAITestData.repository(count: 50), baseURL: OAITestData.baseURL, pageSize: 50)
        let root = try inspectValidOAI(try await shrunk.respond(["verb=ListRecords", "resumptionToken=\(token)"]))
        #expect(root.errorCodes == ["noRecordsMatch"])
    }

    @Test func headersAreEscaped() async throws {
        var items = OAITestData.items(count: 1)
        items[0].identifier = "oai:x:a&b<c>\"d\u{1}"
        items[0].setSpecs = []
        let provider = OAIProvider(repository: InMemoryOAIRepository(items: items), baseURL: "https://x.uz/oai?a=1&b=2")
        let xml = try await provider.respond(["verb=ListIdentifiers", "metadataPrefix=oai_dc"])
        let root = try inspectValidOAI(xml)
        #expect(root.at("ListIdentifiers", "header", "identifier")?.text == "oai:x:a&b<c>\"d\u{FFFD}")
        #expect(root.child("request")?.text == "https://x.uz/oai?a=1&b=2")
        #expect(root.at("ListIdentifiers", "header")?.childNames == ["identifier", "datestamp"])
    }

    @Test func storeFailuresAreThrownNotDisguised() async throws {
        let provider = OAIProvider(repository: FailingOAIRepository(), baseURL: OAITestData.baseURL)
        await #expect(throws: FailingOAIRepository.StoreUnavailable.self) {
            try await provider.respond(["verb=ListRecords", "metadataPrefix=oai_dc"])
        }
        await #expect(throws: FailingOAIRepository.StoreUnavailable.self) {
            try await provider.respond(["verb=GetRecord", "identifier=x", "metadataPrefix=oai_dc"])
        }
        // Identify needs no store access.
        #expect(try inspectValidOAI(try await provider.respond(["verb=Identify"])).child("Identify") != nil)
    }
}
