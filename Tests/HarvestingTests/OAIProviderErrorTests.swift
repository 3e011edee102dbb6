import Foundation
import Testing
@testable import Harvesting

/// Every error code, and the rule that a refused request is echoed as the base URL alone.
struct OAIProviderErrorTests {
    static let provider = OAIProvider(repository: OAITestData.repository(count: 30), baseURL: OAITestData.baseURL, pageSize: 10)

    static func answer(_ parameters: [String], provider: OAIProvider = provider, now: Date = OAITestData.now)
        async throws -> OAIInspectedElement {
        try inspectValidOAI(try await provider.respond(parameters, now: now))
    }

    static func firstToken(_ verb: String = "ListRecords") async throws -> String {
        let root = try await answer(["verb=\(verb)", "metadataPrefix=oai_dc"])
        return try #require(root.at(verb, "resumptionToken")?.text)
    }

    @Test(arguments: [
        [String](), ["verb=Frobnicate"], ["verb=Identify", "verb=ListSets"], ["verb=listrecords", "metadataPrefix=oai_dc"],
    ])
    func badVerbEchoesOnlyTheBaseURL(_ parameters: [String]) async throws {
        let root = try await Self.answer(parameters)
        #expect(root.errorCodes == ["badVerb"])
        #expect(root.child("request")?.attributes.isEmpty == true)
        #expect(root.child("request")?.text == OAITestData.baseURL)
        #expect(root.child("error")?.text.isEmpty == false)
    }

    @Test(arguments: [
        ["verb=Identify", "set=x"],
        ["verb=ListRecords"],
        ["verb=ListRecords", "metadataPrefix=oai_dc", "metadataPrefix=oai_dc"],
        ["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-13-01"],
        ["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-01-01", "until=2024-01-02T00:00:00Z"],
        ["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-03-01", "until=2024-01-01"],
        ["verb=ListIdentifiers", "metadataPrefix=oai_dc", "resumptionToken=x"],
        ["verb=GetRecord", "identifier=x"],
    ])
    func badArgumentEchoesOnlyTheBaseURL(_ parameters: [String]) async throws {
        let root = try await Self.answer(parameters)
        #expect(Set(root.errorCodes) == ["badArgument"])
        #expect(root.child("request")?.attributes.isEmpty == true)
    }

    @Test func tamperedTokenIsBadResumptionToken() async throws {
        var token = Array(try await Self.firstToken())
        token[10] = token[10] == "A" ? "B" : "A"
        let root = try await Self.answer(["verb=ListRecords", "resumptionToken=\(String(token))"])
        #expect(root.errorCodes == ["badResumptionToken"])
        // Not a badArgument: the request is echoed, token included.
        #expect(root.child("request")?.attributes["resumptionToken"] == String(token))
    }

    @Test func expiredTokenIsBadResumptionToken() async throws {
        let token = try await Self.firstToken()
        let stillValid = try await Self.answer(["verb=ListRecords", "resumptionToken=\(token)"], now: OAITestData.now.addingTimeInterval(86_399))
        #expect(stillValid.errorCodes.isEmpty)
        let root = try await Self.answer(["verb=ListRecords", "resumptionToken=\(token)"], now: OAITestData.now.addingTimeInterval(86_400))
        #expect(root.errorCodes == ["badResumptionToken"])
        #expect(root.child("error")?.text.contains("expired") == true)
    }

    @Test func tokenOfAnotherVerbIsBadResumptionToken() async throws {
        let token = try await Self.firstToken("ListIdentifiers")
        let root = try await Self.answer(["verb=ListRecords", "resumptionToken=\(token)"])
        #expect(root.errorCodes == ["badResumptionToken"])
        #expect(root.child("error")?.text.contains("ListIdentifiers") == true)
    }

    @Test func garbageAndEmptyTokensAreBadResumptionToken() async throws {
        for token in ["", "xyz", "1.abc.def", "%00"] {
            #expect(try await Self.answer(["verb=ListIdentifiers", "resumptionToken=\(token)"]).errorCodes == ["badResumptionToken"], "\(token)")
        }
    }

    @Test func tokenWithOtherArgumentsIsBadArgument() async throws {
        let token = try await Self.firstToken()
        let root = try await Self.answer(["verb=ListRecords", "resumptionToken=\(token)", "set=library"])
        #expect(root.errorCodes == ["badArgument"])
        #expect(root.child("request")?.attributes.isEmpty == true)
    }

    @Test func unknownFormatInAListIsCannotDisseminateFormat() async throws {
        let root = try await Self.answer(["verb=ListRecords", "metadataPrefix=mods", "set=library"])
        #expect(root.errorCodes == ["cannotDisseminateFormat"])
        #expect(root.child("request")?.attributes == ["verb": "ListRecords", "metadataPrefix": "mods", "set": "library"])
    }

    @Test func emptySelectionIsNoRecordsMatch() async throws {
        #expect(try await Self.answer(["verb=ListRecords", "metadataPrefix=oai_dc", "from=2030-01-01"]).errorCodes == ["noRecordsMatch"])
        #expect(try await Self.answer(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "until=2023-12-31"]).errorCodes == ["noRecordsMatch"])
        #expect(try await Self.answer(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "set=library:bukhara"]).errorCodes == ["noRecordsMatch"])
    }

    @Test func setArgumentWithoutSetsIsNoSetHierarchy() async throws {
        let provider = OAIProvider(repository: InMemoryOAIRepository(items: OAITestData.items(count: 3), sets: []), baseURL: OAITestData.baseURL)
        #expect(try await Self.answer(["verb=ListRecords", "metadataPrefix=oai_dc", "set=library"], provider: provider).errorCodes == ["noSetHierarchy"])
        #expect(try await Self.answer(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "set=library"], provider: provider).errorCodes == ["noSetHierarchy"])
        // Without a set the list is served.
        #expect(try await Self.answer(["verb=ListRecords", "metadataPrefix=oai_dc"], provider: provider).errorCodes.isEmpty)
        // Both problems at once are both reported.
        #expect(try await Self.answer(["verb=ListRecords", "metadataPrefix=mods", "set=library"], provider: provider).errorCodes
            == ["cannotDisseminateFormat", "noSetHierarchy"])
    }

    @Test func allEightCodesAreReachable() async throws {
        let noSets = OAIProvider(repository: InMemoryOAIRepository(metadataFormats: [], items: [], sets: []), baseURL: OAITestData.baseURL)
        let requests: [(OAIProvider, [String])] = [
            (Self.provider, ["verb=ListRecords"]),
            (Self.provider, ["verb=ListRecords", "resumptionToken=bad"]),
            (Self.provider, ["verb=Nothing"]),
            (Self.provider, ["verb=ListRecords", "metadataPrefix=mods"]),
            (Self.provider, ["verb=GetRecord", "identifier=oai:none:1", "metadataPrefix=oai_dc"]),
            (Self.provider, ["verb=ListRecords", "metadataPrefix=oai_dc", "from=2099-01-01"]),
            (noSets, ["verb=ListMetadataFormats"]),
            (noSets, ["verb=ListSets"]),
        ]
        var seen: Set<String> = []
        for (provider, parameters) in requests {
            seen.formUnion(try await Self.answer(parameters, provider: provider).errorCodes)
        }
        #expect(seen == Set(OAIErrorCode.allCases.map(\.rawValue)))
    }

    @Test func postAndGetParametersAreTheSame() async throws {
        // The HTTP layer hands over form parameters exactly like query parameters; order does not matter.
        let get = try await Self.provider.respond(["verb=GetRecord", "identifier=\(OAITestData.identifier(2))", "metadataPrefix=oai_dc"])
        let post = try await Self.provider.respond(["metadataPrefix=oai_dc", "identifier=\(OAITestData.identifier(2))", "verb=GetRecord"])
        #expect(get == post)
    }
}
