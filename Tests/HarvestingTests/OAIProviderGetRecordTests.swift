import Foundation
import Testing
@testable import Harvesting

struct OAIProviderGetRecordTests {
    static let provider = OAIProvider(repository: OAITestData.repository(count: 30), baseURL: OAITestData.baseURL)

    @Test func returnsHeaderAndMetadata() async throws {
        let identifier = OAITestData.identifier(6)
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=\(identifier)", "metadataPrefix=oai_dc"]))
        #expect(root.child("request")?.attributes == ["verb": "GetRecord", "identifier": identifier, "metadataPrefix": "oai_dc"])
        let record = try #require(root.at("GetRecord", "record"))
        #expect(record.at("header", "identifier")?.text == identifier)
        #expect(record.at("header", "datestamp")?.text == "2024-01-01T06:00:00Z")
        #expect(record.child("header")?.children("setSpec").map(\.text) == ["library:tashkent"])
        #expect(record.child("header")?.attributes["status"] == nil)
        let dc = try #require(record.at("metadata", "dc"))
        #expect(dc.namespace == OAINamespaces.oaiDC)
        #expect(dc.child("title")?.text == "Oʻtgan kunlar № 6 & <boshqalar>")
        #expect(dc.child("title")?.namespace == OAINamespaces.dublinCore)
    }

    @Test func marcXMLInItsOwnNamespace() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=\(OAITestData.identifier(4))", "metadataPrefix=marc21"]))
        let marc = try #require(root.at("GetRecord", "record", "metadata", "record"))
        #expect(marc.namespace == OAINamespaces.marc21)
        #expect(marc.childNames == ["leader", "datafield"])
    }

    @Test func deletedRecordHasStatusAndNoMetadata() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=\(OAITestData.identifier(13))", "metadataPrefix=oai_dc"]))
        let record = try #require(root.at("GetRecord", "record"))
        #expect(record.childNames == ["header"])
        #expect(record.child("header")?.attributes["status"] == "deleted")
        #expect(record.at("header", "identifier")?.text == OAITestData.identifier(13))
    }

    @Test func aboutElementsFollowTheMetadata() async throws {
        struct WithAbout: OAIRepository {
            var identity = OAITestData.identity
            var metadataFormats: [OAIMetadataFormat] = [.oaiDC]
            func metadataFormats(for identifier: String) async throws -> [OAIMetadataFormat]? { [.oaiDC] }
            func sets() async throws -> [OAISet] { [] }
            func record(identifier: String, metadataPrefix: String) async throws -> OAIRecord? {
                // A store that hands over metadata for a deleted record must not see it written.
                OAIRecord(header: OAIRecordHeader(identifier: identifier, datestamp: OAITestData.epoch, isDeleted: identifier == "gone"),
                          metadataXML: OAITestData.dcXML(title: "T", creator: nil),
                          aboutXML: [#"<provenance xmlns="http://www.openarchives.org/OAI/2.0/provenance"/>"#])
            }
            func page(_ selection: OAISelection, after cursor: String?, limit: Int, withMetadata: Bool) async throws -> OAIPage {
                OAIPage(records: [], nextCursor: nil)
            }
        }
        let provider = OAIProvider(repository: WithAbout(), baseURL: OAITestData.baseURL)
        let root = try inspectValidOAI(try await provider.respond(["verb=GetRecord", "identifier=x", "metadataPrefix=oai_dc"]))
        #expect(root.at("GetRecord", "record")?.childNames == ["header", "metadata", "about"])
        let gone = try inspectValidOAI(try await provider.respond(["verb=GetRecord", "identifier=gone", "metadataPrefix=oai_dc"]))
        #expect(gone.at("GetRecord", "record")?.childNames == ["header"])
    }

    @Test func unknownIdentifierIsIdDoesNotExist() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=oai:manba.example.uz:999999", "metadataPrefix=oai_dc"]))
        #expect(root.errorCodes == ["idDoesNotExist"])
        #expect(root.child("request")?.attributes["verb"] == "GetRecord")
    }

    @Test func formatTheItemLacksIsCannotDisseminateFormat() async throws {
        // Item 5 has no MARC.
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=\(OAITestData.identifier(5))", "metadataPrefix=marc21"]))
        #expect(root.errorCodes == ["cannotDisseminateFormat"])
    }

    @Test func formatTheRepositoryLacksIsCannotDisseminateFormat() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=\(OAITestData.identifier(4))", "metadataPrefix=mods"]))
        #expect(root.errorCodes == ["cannotDisseminateFormat"])
    }

    @Test func bothProblemsAreReportedTogether() async throws {
        let root = try inspectValidOAI(try await Self.provider.respond(["verb=GetRecord", "identifier=oai:nowhere:1", "metadataPrefix=mods"]))
        #expect(root.errorCodes == ["idDoesNotExist", "cannotDisseminateFormat"])
    }
}
