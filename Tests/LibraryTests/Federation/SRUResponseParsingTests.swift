import Foundation
import Testing
@testable import Library

/// Reading searchRetrieve answers: captured from a real Zebra, and hand-made for what Zebra never sends.
struct SRUResponseParsingTests {
    @Test func zebraSRU12WithMARCXMLRecords() throws {
        let response = try SRUSearchRetrieveResponse.parse(FederationFixtures.data("zebra-sru12-marcxml.xml"))
        #expect(response.version == .v1_2)
        #expect(response.numberOfRecords == 3)
        #expect(response.records.map { $0.controlValue("001") } == ["zb0001", "zb0002", "zb0003"])
        #expect(response.skippedRecords.isEmpty)
        #expect(response.diagnostics.isEmpty)
        let first = RecordSummary(response.records[0])
        #expect(first.title == "Ulugʻbek rasadxonasi tarix va bugun")
        #expect(first.creators == ["Ahmedov, Ashraf"])
        #expect(first.year == 2009)
        #expect(first.isbns == ["9789943012345"])
        // The 880 parallel title comes through with its $6 link.
        let second = response.records[1]
        #expect(second.firstValue("880", "a") == "Самарқанд расадхонаси ва Улуғбек мактаби")
        #expect(second.firstValue("880", "6") == "245-01/(N")
        #expect(RecordSummary(response.records[2]).title == "Ўрта Осиё расадхонаси тарихи")
    }

    @Test func zebraSRU20() throws {
        let response = try SRUSearchRetrieveResponse.parse(FederationFixtures.data("zebra-sru20-marcxml.xml"))
        #expect(response.version == .v2_0)
        #expect(response.numberOfRecords == 1)
        #expect(RecordSummary(response.records[0]).title == "Caravanserais of the Silk Road")
        #expect(response.records[0].firstValue("260", "b") == "Thames & Hudson,")
    }

    @Test func zebraStringPacking() throws {
        let response = try SRUSearchRetrieveResponse.parse(FederationFixtures.data("zebra-sru12-string-packing.xml"))
        #expect(response.numberOfRecords == 1)
        #expect(RecordSummary(response.records[0]).title == "История каракалпакского народа")
        #expect(RecordSummary(response.records[0]).creators == ["Камалов, Сабир"])
    }

    @Test func zebraNoHits() throws {
        let response = try SRUSearchRetrieveResponse.parse(FederationFixtures.data("zebra-sru12-no-hits.xml"))
        #expect(response.numberOfRecords == 0)
        #expect(response.records.isEmpty)
    }

    @Test(arguments: ["zebra-sru12-diagnostic.xml", "zebra-sru20-diagnostic.xml"])
    func zebraDiagnosticIsAnError(fixture: String) throws {
        #expect(throws: SRUClientError.diagnostic(.init(uri: "info:srw/diagnostic/1/16", message: "Unsupported index"))) {
            try SRUSearchRetrieveResponse.parse(FederationFixtures.data(fixture))
        }
        let error = SRUClientError.diagnostic(.init(uri: "info:srw/diagnostic/1/16", details: "dc.nonsense", message: "Unsupported index"))
        #expect(error.description == "the catalogue answered with diagnostic info:srw/diagnostic/1/16 Unsupported index (dc.nonsense)")
    }

    /// A stock Zebra (usmarc.abs without `encoding utf-8`) reads UTF-8 records as ISO-8859-1 and sends
    /// every non-ASCII letter double-encoded; the repair gives the text back.
    @Test func zebraDoubleEncodingIsRepaired() throws {
        let data = try FederationFixtures.data("zebra-stock-double-encoded.xml")
        let raw = try SRUSearchRetrieveResponse.parse(data, repairDoubleEncoding: false)
        #expect(RecordSummary(raw.records[0]).title == "UlugÊ»bek rasadxonasi tarix va bugun")
        let repaired = try SRUSearchRetrieveResponse.parse(data)
        #expect(repaired.numberOfRecords == 4)
        #expect(repaired.records.map { RecordSummary($0).title } == [
            "Ulugʻbek rasadxonasi tarix va bugun", "Samarqand rasadxonasi va Ulugʻbek maktabi",
            "Ўрта Осиё расадхонаси тарихи", "История каракалпакского народа",
        ])
        #expect(repaired.records[1].firstValue("880", "a") == "Самарқанд расадхонаси ва Улуғбек мактаби")
        #expect(RecordSummary(repaired.records[2]).creators == ["Аҳмедов, Ашраф"])
    }

    @Test func doubleEncodingRepairLeavesGoodTextAlone() {
        for text in ["Ulugʻbek", "Ўрта Осиё", "café", "Ä b", "plain ASCII", "Müller, Jürgen", "", "Thames & Hudson"] {
            #expect(DoubleEncodedUTF8.repair(text) == text)
        }
        #expect(DoubleEncodedUTF8.repair("OÊ»zbek") == "Oʻzbek")
        #expect(DoubleEncodedUTF8.repair("cafÃ©") == "café")
    }

    // MARK: - What Zebra does not send, from other servers

    /// Prefixes everywhere, the MARC namespace declared on the root, a surrogate diagnostic in place of
    /// one record, a non-fatal diagnostic beside the results, nextRecordPosition.
    @Test func prefixedAnswerWithSurrogateAndNonFatalDiagnostics() throws {
        let xml = """
        <?xml version="1.0"?>
        <srw:searchRetrieveResponse xmlns:srw="http://www.loc.gov/zing/srw/" xmlns:marc="http://www.loc.gov/MARC21/slim"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <srw:version>1.1</srw:version>
          <srw:numberOfRecords>120</srw:numberOfRecords>
          <srw:records>
            <srw:record>
              <srw:recordSchema>info:srw/schema/1/marcxml-v1.1</srw:recordSchema>
              <srw:recordPacking>xml</srw:recordPacking>
              <srw:recordData>
                <marc:record xsi:schemaLocation="http://www.loc.gov/MARC21/slim http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd">
                  <marc:leader>00000nam a2200000 a 4500</marc:leader>
                  <marc:controlfield tag="001">lc123</marc:controlfield>
                  <marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">Fish &amp; chips /</marc:subfield></marc:datafield>
                </marc:record>
              </srw:recordData>
              <srw:recordPosition>1</srw:recordPosition>
            </srw:record>
            <srw:record>
              <srw:recordSchema>info:srw/schema/1/diagnostics-v1.1</srw:recordSchema>
              <srw:recordData>
                <diag:diagnostic xmlns:diag="http://www.loc.gov/zing/srw/diagnostic/">
                  <diag:uri>info:srw/diagnostic/1/64</diag:uri><diag:message>Record temporarily unavailable</diag:message>
                </diag:diagnostic>
              </srw:recordData>
              <srw:recordPosition>2</srw:recordPosition>
            </srw:record>
          </srw:records>
          <srw:nextRecordPosition>3</srw:nextRecordPosition>
          <srw:diagnostics><diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/"><uri>info:srw/diagnostic/1/67</uri></diagnostic></srw:diagnostics>
          <srw:extraResponseData><numberOfRecords>999</numberOfRecords></srw:extraResponseData>
        </srw:searchRetrieveResponse>
        """
        let response = try SRUSearchRetrieveResponse.parse(Data(xml.utf8))
        #expect(response.numberOfRecords == 120)
        #expect(response.nextRecordPosition == 3)
        #expect(response.records.count == 1)
        #expect(response.records[0].firstValue("245", "a") == "Fish & chips /")
        #expect(response.skippedRecords == ["record 2: info:srw/diagnostic/1/64 Record temporarily unavailable"])
        #expect(response.diagnostics.map(\.number) == [67])
    }

    @Test func recordsInAnotherSchemaAreSkipped() throws {
        let xml = """
        <searchRetrieveResponse xmlns="http://docs.oasis-open.org/ns/search-ws/sruResponse"><numberOfRecords>1</numberOfRecords>
        <records><record><recordSchema>info:srw/schema/1/dc-v1.1</recordSchema><recordXMLEscaping>xml</recordXMLEscaping><recordData>
        <srw_dc:dc xmlns:srw_dc="info:srw/schema/1/dc-schema" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Fish</dc:title></srw_dc:dc>
        </recordData><recordPosition>1</recordPosition></record></records></searchRetrieveResponse>
        """
        let response = try SRUSearchRetrieveResponse.parse(Data(xml.utf8))
        #expect(response.version == .v2_0)
        #expect(response.numberOfRecords == 1)
        #expect(response.records.isEmpty)
        #expect(response.skippedRecords == ["record 1: not MARCXML (schema info:srw/schema/1/dc-v1.1)"])
    }

    @Test func brokenMARCInsideIsSkippedNotFatal() throws {
        let xml = """
        <zs:searchRetrieveResponse xmlns:zs="http://www.loc.gov/zing/srw/"><zs:numberOfRecords>2</zs:numberOfRecords><zs:records>
        <zs:record><zs:recordData><record xmlns="http://www.loc.gov/MARC21/slim"><leader>short</leader><controlfield tag="001">x</controlfield></record></zs:recordData></zs:record>
        <zs:record><zs:recordData><record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="0" ind2="0"><subfield code="a">Good</subfield></datafield></record></zs:recordData></zs:record>
        </zs:records></zs:searchRetrieveResponse>
        """
        let response = try SRUSearchRetrieveResponse.parse(Data(xml.utf8))
        #expect(response.records.map { RecordSummary($0).title } == ["Good"])
        #expect(response.skippedRecords.count == 1)
        #expect(response.skippedRecords[0].hasPrefix("record 1: the leader has 5 characters"))
    }

    static let garbage: [(String, String)] = [
        ("", "the answer is empty"),
        ("<html><body><h1>502 Bad Gateway</h1></body></html>", "not an SRU searchRetrieve answer: the document is <html>"),
        ("Service temporarily unavailable", "not well-formed XML"),
        ("<zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\"><zs:numberOfRecords>3</zs:numberOf", "not well-formed XML"),
        ("<zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\"><zs:numberOfRecords>many</zs:numberOfRecords></zs:searchRetrieveResponse>",
         "numberOfRecords is 'many', not a count"),
        ("<zs:searchRetrieveResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\"><zs:version>1.2</zs:version></zs:searchRetrieveResponse>",
         "the answer has neither numberOfRecords nor records nor a diagnostic"),
        ("<zs:explainResponse xmlns:zs=\"http://www.loc.gov/zing/srw/\"/>", "not an SRU searchRetrieve answer: the document is <zs:explainResponse>"),
        (#"{"error": "JSON, not XML"}"#, "not well-formed XML"),
    ]

    @Test(arguments: garbage)
    func garbageIsAMalformedResponse(body: String, problem: String) {
        do {
            let response = try SRUSearchRetrieveResponse.parse(Data(body.utf8))
            Issue.record("parsed garbage as \(response)")
        } catch {
            guard case .malformedResponse(let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.hasPrefix(problem), "\(reason)")
        }
    }
}
