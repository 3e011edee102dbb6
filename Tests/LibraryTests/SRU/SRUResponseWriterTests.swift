import ManbaCore
import Testing
@testable import Library

struct SRUResponseWriterTests {
    static let marcNamespace = "http://www.loc.gov/MARC21/slim"

    static func marcRecord(_ title: String) -> String {
        #"<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 a 4500</leader>"#
            + #"<datafield tag="245" ind1="1" ind2="0"><subfield code="a">"#
            + XMLText.escapedText(title) + "</subfield></datafield></record>"
    }

    static let titles = ["Oʻtgan kunlar & boshqalar", "Ўтган кунлар <роман>"]

    static func result(total: Int = 25, firstPosition: Int = 1, diagnostics: [SRUDiagnostic] = []) -> SRUSearchRetrieveResult {
        SRUSearchRetrieveResult(
            numberOfRecords: total,
            records: titles.enumerated().map { offset, title in
                SRURecordPayload(schema: "marcxml", xml: marcRecord(title), position: firstPosition + offset)
            },
            diagnostics: diagnostics
        )
    }

    static func request(_ parameters: [String]) throws -> SRURequest {
        try SRURequest.parse(SRURequestTests.pairs(parameters)).get()
    }

    // MARK: - SRU 1.2

    @Test func searchRetrieveVersion1_2() throws {
        let query = #"dc.title = "a & b" and dc.date < 2000"#
        let request = try Self.request(["version=1.2", "operation=searchRetrieve", "query=\(query)", "maximumRecords=2",
                                        "recordSchema=marcxml", "stylesheet=/s.xsl?a=1&b=2"])
        let root = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(
            for: request, result: Self.result(diagnostics: [SRUDiagnostic(number: 67, details: "dc")])))

        #expect(root.name == "searchRetrieveResponse")
        #expect(root.allElements.filter { $0.name != "diagnostic" && $0.namespace != Self.marcNamespace }
            .allSatisfy { $0.namespace == SRUNamespaces.legacyResponse || $0.namespace == SRUNamespaces.legacyDiagnostic })
        #expect(root.childNames == ["version", "numberOfRecords", "records", "nextRecordPosition",
                                    "echoedSearchRetrieveRequest", "diagnostics"])
        #expect(root.child("version")?.text == "1.2")
        #expect(root.child("numberOfRecords")?.text == "25")
        #expect(root.child("nextRecordPosition")?.text == "3")

        let records = root.at("records")?.children("record") ?? []
        #expect(records.count == 2)
        #expect(records.first?.childNames == ["recordSchema", "recordPacking", "recordData", "recordPosition"])
        #expect(records.map { $0.child("recordPosition")?.text } == ["1", "2"])
        #expect(records.first?.child("recordPacking")?.text == "xml")
        let marc = records.first?.at("recordData", "record")
        #expect(marc?.namespace == Self.marcNamespace)
        #expect(marc?.at("datafield", "subfield")?.text == Self.titles[0])
        #expect(records.last?.at("recordData", "record", "datafield", "subfield")?.text == Self.titles[1])

        let echoed = root.child("echoedSearchRetrieveRequest")
        #expect(echoed?.childNames == ["version", "query", "startRecord", "maximumRecords", "recordPacking",
                                       "recordSchema", "stylesheet"])
        #expect(echoed?.child("query")?.text == query)
        #expect(echoed?.child("stylesheet")?.text == "/s.xsl?a=1&b=2")

        let diagnostic = root.at("diagnostics", "diagnostic")
        #expect(diagnostic?.namespace == SRUNamespaces.legacyDiagnostic)
        #expect(diagnostic?.childNames == ["uri", "details", "message"])
        #expect(diagnostic?.child("uri")?.text == "info:srw/diagnostic/1/67")
        #expect(diagnostic?.child("message")?.text == "Record not available in this schema")
    }

    @Test func stringPackingEscapesTheRecord() throws {
        let request = try Self.request(["version=1.2", "operation=searchRetrieve", "query=fish", "recordPacking=string"])
        let root = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: request, result: Self.result()))
        let data = root.at("records", "record", "recordData")
        #expect(data?.children.isEmpty == true)
        #expect(data?.text == Self.marcRecord(Self.titles[0]))
        #expect(root.at("records", "record", "recordPacking")?.text == "string")
        // The escaped text is itself the well-formed record.
        #expect(try inspectSRUXML(data?.text ?? "").namespace == Self.marcNamespace)
    }

    @Test func xmlDeclarationOfARecordIsDropped() throws {
        let request = try Self.request(["query=fish"])
        let result = SRUSearchRetrieveResult(numberOfRecords: 1, records: [
            SRURecordPayload(schema: "dc", xml: "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dc xmlns=\"urn:dc\"/>", position: 1),
        ])
        let root = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: request, result: result))
        #expect(root.at("records", "record", "recordData", "dc")?.namespace == "urn:dc")
    }

    @Test func nextRecordPositionOnlyWhenMoreRemain() throws {
        let request = try Self.request(["version=1.2", "operation=searchRetrieve", "query=fish", "startRecord=24"])
        let lastPage = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: request, result: Self.result(firstPosition: 24)))
        #expect(lastPage.child("nextRecordPosition") == nil)
        let oneLeft = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: request, result: Self.result(firstPosition: 23)))
        #expect(oneLeft.child("nextRecordPosition")?.text == "25")

        let countOnly = try Self.request(["version=1.2", "operation=searchRetrieve", "query=fish", "maximumRecords=0"])
        let noRecords = SRUSearchRetrieveResult(numberOfRecords: 25, records: [])
        let counted = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: countOnly, result: noRecords))
        #expect(counted.child("records") == nil)
        #expect(counted.child("nextRecordPosition")?.text == "1")

        let nothing = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(
            for: countOnly, result: SRUSearchRetrieveResult(numberOfRecords: 0, records: [])))
        #expect(nothing.child("nextRecordPosition") == nil)
        #expect(nothing.child("numberOfRecords")?.text == "0")
    }

    @Test func charactersXMLCannotCarryAreReplacedInEchoes() throws {
        let request = try Self.request(["query=fish\u{1}\u{B}cat\u{FFFF}"])
        let xml = SRUResponseWriter.searchRetrieveResponse(for: request, result: SRUSearchRetrieveResult(numberOfRecords: 0, records: []))
        let root = try inspectSRUXML(xml)
        #expect(root.at("echoedSearchRetrieveRequest", "query")?.text == "fish\u{FFFD}\u{FFFD}cat\u{FFFD}")
    }

    // MARK: - SRU 2.0

    @Test func searchRetrieveVersion2_0() throws {
        let request = try Self.request(["query=dc.title any fish", "recordXMLEscaping=xml", "recordPacking=packed",
                                        "httpAccept=application/sru+xml"])
        let result = SRUSearchRetrieveResult(numberOfRecords: 25, records: Self.result().records,
                                             diagnostics: [.sortNotSupported()], resultSetTTL: 60)
        let root = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: request, result: result))

        #expect(root.name == "searchRetrieveResponse")
        #expect(root.namespace == SRUNamespaces.response)
        #expect(root.childNames == ["numberOfRecords", "records", "nextRecordPosition", "echoedSearchRetrieveRequest",
                                    "diagnostics", "resultSetTTL", "resultCountPrecision"])
        #expect(root.child("resultCountPrecision")?.text == "info:srw/vocabulary/resultCountPrecision/1/exact")
        #expect(root.child("resultSetTTL")?.text == "60")
        let record = root.at("records", "record")
        #expect(record?.childNames == ["recordSchema", "recordXMLEscaping", "recordData", "recordPosition"])
        #expect(record?.namespace == SRUNamespaces.response)
        #expect(record?.at("recordData", "record")?.namespace == Self.marcNamespace)
        let echoed = root.child("echoedSearchRetrieveRequest")
        #expect(echoed?.childNames == ["queryType", "query", "startRecord", "recordXMLEscaping", "recordPacking", "httpAccept"])
        #expect(root.at("diagnostics", "diagnostic")?.namespace == SRUNamespaces.diagnostic)
        #expect(root.at("diagnostics", "diagnostic", "uri")?.text == "info:srw/diagnostic/1/80")
    }

    @Test func estimatedCountsSaySo() throws {
        let request = try Self.request(["query=fish"])
        let result = SRUSearchRetrieveResult(numberOfRecords: 1000, records: [], resultCountPrecision: .estimate)
        let root = try inspectSRUXML(SRUResponseWriter.searchRetrieveResponse(for: request, result: result))
        #expect(root.child("resultCountPrecision")?.text == "info:srw/vocabulary/resultCountPrecision/1/estimate")
    }

    // MARK: - Diagnostics only

    @Test func refusedParametersAreAnsweredInTheirEnvelope() throws {
        let parameters = SRURequestTests.pairs(["version=1.2", "operation=searchRetrieve"])
        guard case .failure(let diagnostic) = SRURequest.parse(parameters) else { Issue.record("accepted"); return }
        let root = try inspectSRUXML(SRUResponseWriter.diagnosticsResponse([diagnostic], answering: parameters))
        #expect(root.name == "searchRetrieveResponse")
        #expect(root.namespace == SRUNamespaces.legacyResponse)
        #expect(root.childNames == ["version", "numberOfRecords", "diagnostics"])
        #expect(root.child("numberOfRecords")?.text == "0")
        let element = root.at("diagnostics", "diagnostic")
        #expect(element?.namespace == SRUNamespaces.legacyDiagnostic)
        #expect(element?.child("uri")?.text == "info:srw/diagnostic/1/7")
        #expect(element?.child("details")?.text == "query")
        #expect(element?.child("message")?.text == "Mandatory parameter not supplied")
    }

    @Test func unsupportedVersionIsAnsweredInTheLowestVersion() throws {
        let parameters = SRURequestTests.pairs(["version=1.0", "operation=searchRetrieve", "query=fish"])
        let root = try inspectSRUXML(SRUResponseWriter.diagnosticsResponse([.unsupportedVersion()], answering: parameters))
        #expect(root.child("version")?.text == "1.1")
        #expect(root.at("diagnostics", "diagnostic", "details")?.text == "2.0")
    }

    @Test func queryErrorsEchoTheRequest() throws {
        let request = try Self.request(["query=dc.title = (fish"])
        guard case .failure(let diagnostic) = request.cqlQuery() else { Issue.record("parsed"); return }
        let root = try inspectSRUXML(SRUResponseWriter.diagnosticsResponse([diagnostic], for: request))
        #expect(root.namespace == SRUNamespaces.response)
        #expect(root.childNames == ["echoedSearchRetrieveRequest", "diagnostics"])
        #expect(root.at("echoedSearchRetrieveRequest", "query")?.text == "dc.title = (fish")
        #expect(root.at("diagnostics", "diagnostic")?.namespace == SRUNamespaces.diagnostic)
        #expect(root.at("diagnostics", "diagnostic", "uri")?.text == "info:srw/diagnostic/1/10")
    }

    static let envelopes: [(version: SRUVersion, operation: SRUOperation, root: String, namespace: String)] = [
        (.v1_1, .searchRetrieve, "searchRetrieveResponse", SRUNamespaces.legacyResponse),
        (.v1_2, .explain, "explainResponse", SRUNamespaces.legacyResponse),
        (.v1_2, .scan, "scanResponse", SRUNamespaces.legacyResponse),
        (.v2_0, .searchRetrieve, "searchRetrieveResponse", SRUNamespaces.response),
        (.v2_0, .explain, "explainResponse", SRUNamespaces.response),
        (.v2_0, .scan, "scanResponse", SRUNamespaces.scan),
    ]

    @Test(arguments: envelopes)
    func everyEnvelopeIsWellFormed(version: SRUVersion, operation: SRUOperation, root: String, namespace: String) throws {
        let diagnostics: [SRUDiagnostic] = [.unsupportedOperation("scan"), .generalSystemError("<&>\"'")]
        let element = try inspectSRUXML(SRUResponseWriter.diagnosticsResponse(diagnostics, version: version, operation: operation))
        #expect(element.name == root)
        #expect(element.namespace == namespace)
        #expect(element.child("version")?.text == (version.isLegacy ? version.rawValue : nil))
        let written = element.child("diagnostics")?.children("diagnostic") ?? []
        #expect(written.count == 2)
        #expect(written.allSatisfy { $0.namespace == SRUNamespaces.diagnostic(for: version) })
        #expect(written.last?.child("details")?.text == "<&>\"'")
    }
}
