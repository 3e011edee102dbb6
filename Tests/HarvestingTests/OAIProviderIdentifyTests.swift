import Foundation
import Testing
@testable import Harvesting

/// Identify, ListMetadataFormats and ListSets: the verbs answered in one page.
struct OAIProviderIdentifyTests {
    static let provider = OAIProvider(repository: OAITestData.repository(count: 20), baseURL: OAITestData.baseURL)

    @Test func identifyDescribesTheRepository() async throws {
        let xml = try await Self.provider.respond(["verb=Identify"])
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        let root = try inspectValidOAI(xml)
        #expect(root.child("responseDate")?.text == "2024-06-01T12:00:00Z")
        #expect(root.child("request")?.attributes == ["verb": "Identify"])
        #expect(root.child("request")?.text == OAITestData.baseURL)
        let identify = try #require(root.child("Identify"))
        #expect(identify.child("repositoryName")?.text == "Manba union catalogue <test> & co")
        #expect(identify.child("baseURL")?.text == OAITestData.baseURL)
        #expect(identify.children("adminEmail").map(\.text) == ["oai@manba.example.uz", "admin@manba.example.uz"])
        #expect(identify.child("earliestDatestamp")?.text == "2024-01-01T00:00:00Z")
        #expect(identify.child("deletedRecord")?.text == "persistent")
        #expect(identify.child("granularity")?.text == "YYYY-MM-DDThh:mm:ssZ")
        let description = try #require(identify.at("description", "oai-identifier"))
        #expect(description.namespace == OAINamespaces.oaiIdentifier)
        #expect(description.childNames == ["scheme", "repositoryIdentifier", "delimiter", "sampleIdentifier"])
        #expect(description.child("repositoryIdentifier")?.text == "manba.example.uz")
    }

    @Test func dayGranularityRepositoryWritesDays() async throws {
        var identity = OAITestData.identity
        identity.granularity = .day
        let provider = OAIProvider(repository: InMemoryOAIRepository(identity: identity, items: OAITestData.items(count: 3)),
                                   baseURL: OAITestData.baseURL)
        let identify = try inspectValidOAI(try await provider.respond(["verb=Identify"]))
        #expect(identify.at("Identify", "earliestDatestamp")?.text == "2024-01-01")
        #expect(identify.at("Identify", "granularity")?.text == "YYYY-MM-DD")
        let list = try inspectValidOAI(try await provider.respond(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "from=2024-01-01"]))
        #expect(list.at("ListIdentifiers", "header", "datestamp")?.text == "2024-01-01")
    }

    @Test func listMetadataFormatsOfTheRepository() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=ListMetadataFormats"]))
        let formats = root.child("ListMetadataFormats")?.children("metadataFormat") ?? []
        #expect(formats.map { $0.child("metadataPrefix")?.text } == ["oai_dc", "marc21"])
        #expect(formats.first?.child("schema")?.text == "http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
        #expect(formats.first?.child("metadataNamespace")?.text == "http://www.openarchives.org/OAI/2.0/oai_dc/")
        #expect(formats.last?.child("metadataNamespace")?.text == "http://www.loc.gov/MARC21/slim")
    }

    @Test func listMetadataFormatsOfOneItem() async throws {
        // Item 5 has only oai_dc, item 4 both.
        let five = try inspectValidOAI(try await Self.provider.respond(["verb=ListMetadataFormats", "identifier=\(OAITestData.identifier(5))"]))
        #expect(five.child("ListMetadataFormats")?.children.map { $0.child("metadataPrefix")?.text } == ["oai_dc"])
        #expect(five.child("request")?.attributes["identifier"] == OAITestData.identifier(5))
        let four = try inspectValidOAI(try await Self.provider.respond(["verb=ListMetadataFormats", "identifier=\(OAITestData.identifier(4))"]))
        #expect(four.child("ListMetadataFormats")?.children.count == 2)
    }

    @Test func listMetadataFormatsOfAnUnknownItemIsIdDoesNotExist() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=ListMetadataFormats", "identifier=oai:elsewhere:1"]))
        #expect(root.errorCodes == ["idDoesNotExist"])
        // Not a badArgument: the request is echoed.
        #expect(root.child("request")?.attributes["identifier"] == "oai:elsewhere:1")
    }

    @Test func anItemWithNoFormatIsNoMetadataFormats() async throws {
        var items = OAITestData.items(count: 2)
        items[0].metadata = [:]
        let provider = OAIProvider(repository: InMemoryOAIRepository(items: items), baseURL: OAITestData.baseURL)
        let root = try inspectValidOAI(try await provider.respond(["verb=ListMetadataFormats", "identifier=\(OAITestData.identifier(1))"]))
        #expect(root.errorCodes == ["noMetadataFormats"])
        let empty = OAIProvider(repository: InMemoryOAIRepository(metadataFormats: [], items: []), baseURL: OAITestData.baseURL)
        #expect(try inspectValidOAI(try await empty.respond(["verb=ListMetadataFormats"])).errorCodes == ["noMetadataFormats"])
    }

    @Test func listSetsWithDescriptions() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=ListSets"]))
        let sets = root.child("ListSets")?.children("set") ?? []
        #expect(sets.map { $0.child("setSpec")?.text } == ["library", "library:tashkent", "library:samarkand", "collection:rare"])
        #expect(sets[1].child("setName")?.text == "Alisher Navoiy National Library")
        #expect(sets[3].at("setDescription", "dc", "title")?.text == "Nodir kitoblar")
        #expect(sets[3].at("setDescription", "dc")?.namespace == OAINamespaces.oaiDC)
        #expect(root.child("ListSets")?.child("resumptionToken") == nil)
    }

    @Test func listSetsWithoutSetsIsNoSetHierarchy() async throws {
        let provider = OAIProvider(repository: InMemoryOAIRepository(items: OAITestData.items(count: 2), sets: []),
                                   baseURL: OAITestData.baseURL)
        #expect(try inspectValidOAI(try await provider.respond(["verb=ListSets"])).errorCodes == ["noSetHierarchy"])
    }

    @Test func listSetsNeverIssuesTokensSoAnyTokenIsBad() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=ListSets", "resumptionToken=anything"]))
        #expect(root.errorCodes == ["badResumptionToken"])
        #expect(root.child("request")?.attributes == ["verb": "ListSets", "resumptionToken": "anything"])
    }
}
