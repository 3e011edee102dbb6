import Foundation
import Testing
@testable import Harvesting

struct OAIResponseParserTests {
    static func envelope(_ body: String, rootAttributes: String = "") -> Data {
        Data((#"<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "# + rootAttributes + ">"
            + "<responseDate>2024-06-01T12:00:00Z</responseDate><request>http://x/oai</request>" + body + "</OAI-PMH>").utf8)
    }

    @Test func readsRecordsTokenAndAttributes() throws {
        let data = Self.envelope("""
            <ListRecords>
              <record><header><identifier>oai:x:1</identifier><datestamp>2024-01-02T03:04:05Z</datestamp>
                <setSpec>a</setSpec><setSpec>a:b</setSpec></header>
                <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></oai_dc:dc></metadata>
                <about><provenance xmlns="http://www.openarchives.org/OAI/2.0/provenance"/></about></record>
              <record><header status="deleted"><identifier>oai:x:2</identifier><datestamp>2024-01-03</datestamp></header></record>
              <resumptionToken completeListSize="10" cursor="0" expirationDate="2024-06-02T00:00:00Z"> abc </resumptionToken>
            </ListRecords>
            """)
        let response = try OAIResponseParser.parse(data)
        #expect(response.verbElement == "ListRecords")
        #expect(response.records.count == 2)
        let first = response.records[0]
        #expect(first.header == OAIRecordHeader(identifier: "oai:x:1", datestamp: OAITestData.date("2024-01-02T03:04:05Z"),
                                                setSpecs: ["a", "a:b"], isDeleted: false))
        #expect(first.metadataXML == #"<oai_dc:dc xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"><dc:title>T</dc:title></oai_dc:dc>"#)
        #expect(response.records[1].header.isDeleted)
        #expect(response.records[1].header.datestamp == OAITestData.date("2024-01-03"))
        #expect(response.records[1].metadataXML == nil)
        #expect(response.resumptionToken == OAIParsedResumptionToken(value: "abc", completeListSize: 10, cursor: 0))
    }

    @Test func metadataKeepsNamespacesDeclaredOutsideIt() throws {
        // The repository declared dc and the default namespace on the root; the captured text must
        // declare what it uses, and nothing it does not.
        let data = Self.envelope("""
            <ListRecords><record><header><identifier>i</identifier><datestamp>2024-01-01</datestamp></header>
            <metadata><dc:record xsi:schemaLocation="x y"><dc:title xml:lang="uz">A &amp; B &lt;c&gt;</dc:title><plain/><x:empty xmlns:x="urn:x"></x:empty><![CDATA[<raw>]]></dc:record></metadata></record></ListRecords>
            """, rootAttributes: #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:unused="urn:unused""#)
        let xml = try #require(try OAIResponseParser.parse(data).records.first?.metadataXML)
        #expect(xml == #"<dc:record xsi:schemaLocation="x y" xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title xml:lang="uz">A &amp; B &lt;c&gt;</dc:title><plain/><x:empty xmlns:x="urn:x"/>&lt;raw&gt;</dc:record>"#)
        // On its own, the text means what it meant inside the answer.
        let alone = try inspectOAIXML(xml)
        #expect(alone.namespace == "http://purl.org/dc/elements/1.1/")
        #expect(alone.child("plain")?.namespace == OAINamespaces.oaiPMH)
        #expect(alone.child("title")?.text == "A & B <c>")
    }

    @Test func metadataFromTheProviderComesBackAsWritten() async throws {
        let provider = OAIProvider(repository: OAITestData.repository(count: 4), baseURL: OAITestData.baseURL)
        let xml = try await provider.respond(["verb=GetRecord", "identifier=\(OAITestData.identifier(4))", "metadataPrefix=marc21"])
        let record = try #require(try OAIResponseParser.parse(Data(xml.utf8)).records.first)
        // The same text, but for attributes, which come back in name order.
        #expect(record.metadataXML == OAITestData.marcXML(title: "Ўтган кунлар 4")
            .replacingOccurrences(of: #"tag="245" ind1="1" ind2="0""#, with: #"ind1="1" ind2="0" tag="245""#))
    }

    @Test func readsListIdentifiersHeadersAndIdentifyGranularity() throws {
        let headers = try OAIResponseParser.parse(Self.envelope(
            "<ListIdentifiers><header><identifier>a</identifier><datestamp>2024-01-01</datestamp></header><resumptionToken/></ListIdentifiers>"))
        #expect(headers.records.map(\.header.identifier) == ["a"])
        #expect(headers.resumptionToken?.value == "")
        let identify = try OAIResponseParser.parse(Self.envelope("<Identify><granularity>YYYY-MM-DD</granularity></Identify>"))
        #expect(identify.granularity == .day)
    }

    @Test func readsErrors() throws {
        let response = try OAIResponseParser.parse(Self.envelope(#"<error code="badArgument">Bad &amp; worse</error><error code="noSetHierarchy"/>"#))
        #expect(response.errors == [OAIError(.badArgument, "Bad & worse"), OAIError(.noSetHierarchy, "")])
        #expect(response.verbElement == nil)
    }

    @Test func oaiElementsAreRecognisedByNamespaceNotPrefix() throws {
        let data = Data(#"<o:OAI-PMH xmlns:o="http://www.openarchives.org/OAI/2.0/"><o:ListRecords><o:record><o:header><o:identifier>p</o:identifier><o:datestamp>2024-01-01</o:datestamp></o:header><o:metadata><m xmlns="urn:m"/></o:metadata></o:record></o:ListRecords></o:OAI-PMH>"#.utf8)
        let response = try OAIResponseParser.parse(data)
        #expect(response.records.first?.metadataXML == #"<m xmlns="urn:m"/>"#)
        // The same names in another namespace are not OAI-PMH.
        let foreign = Data(#"<OAI-PMH xmlns="urn:not-oai"><ListRecords/></OAI-PMH>"#.utf8)
        #expect(throws: OAIHarvestError.self) { try OAIResponseParser.parse(foreign) }
    }

    @Test(arguments: [
        "", "<html><body>Service temporarily down</body></html>",
        // Cut short by a dropped connection.
        "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>",
        #"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>a</identifier><datestamp>2024-01-01</datestamp></header></record>"#,
        #"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><error code="tooBusy">x</error></OAI-PMH>"#,
        #"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>a</identifier><datestamp>last week</datestamp></header></record></ListRecords></OAI-PMH>"#,
        #"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><metadata/></record></ListRecords></OAI-PMH>"#,
    ])
    func unusableAnswersAreMalformedResponses(_ text: String) {
        #expect {
            try OAIResponseParser.parse(Data(text.utf8))
        } throws: { error in
            guard case OAIHarvestError.malformedResponse(let reason) = error else { return false }
            return !reason.isEmpty
        }
    }
}
