import Testing
@testable import Library

struct SRURequestTests {
    // MARK: - SRU 1.1 and 1.2

    @Test func searchRetrieveVersion1_2() throws {
        let request = try SRURequest.parse([
            ("version", "1.2"), ("operation", "searchRetrieve"), ("query", "dc.title any fish"),
            ("startRecord", "11"), ("maximumRecords", "5"), ("recordPacking", "string"), ("recordSchema", "marcxml"),
            ("resultSetTTL", "300"), ("stylesheet", "/sru.xsl"), ("x-manba-debug", "1"),
        ]).get()
        #expect(request.version == .v1_2)
        #expect(request.operation == .searchRetrieve)
        #expect(request.query == "dc.title any fish")
        #expect(request.startRecord == 11)
        #expect(request.maximumRecords == 5)
        #expect(request.recordXMLEscaping == .string)
        #expect(request.recordPacking == nil)
        #expect(request.recordSchema == "marcxml")
        #expect(request.resultSetTTL == 300)
        #expect(request.stylesheet == "/sru.xsl")
        #expect(request.extraParameters == [SRUExtraParameter(name: "x-manba-debug", value: "1")])
    }

    @Test func defaultsOfSearchRetrieve() throws {
        let request = try SRURequest.parse([("version", "1.2"), ("operation", "searchRetrieve"), ("query", "fish")]).get()
        #expect(request.startRecord == 1)
        #expect(request.maximumRecords == nil)
        #expect(request.recordXMLEscaping == .xml)
        #expect(request.recordSchema == nil)
        #expect(request.queryType == "cql")
    }

    @Test func version1_1WithSortKeysParameter() throws {
        let request = try SRURequest.parse([
            ("version", "1.1"), ("operation", "searchRetrieve"), ("query", "fish"), ("sortKeys", "dc.title,,1 dc.date,,0"),
            ("recordXPath", "/record/title"),
        ]).get()
        #expect(request.version == .v1_1)
        #expect(request.recordXPath == "/record/title")
        let query = try request.cqlQuery().get()
        #expect(query.sortKeys.map(\.index) == ["dc.title", "dc.date"])
        #expect(query.sortKeys.map(\.ascending) == [true, false])
    }

    @Test func sortByInTheQueryWinsOverSortKeys() throws {
        let request = try SRURequest.parse([
            ("version", "1.1"), ("operation", "searchRetrieve"), ("query", "fish sortBy dc.creator"), ("sortKeys", "dc.title,,1"),
        ]).get()
        #expect(try request.cqlQuery().get().sortKeys.map(\.index) == ["dc.creator"])
    }

    @Test func operationAndPackingValuesIgnoreCase() throws {
        let request = try SRURequest.parse([
            ("version", "1.2"), ("operation", "searchretrieve"), ("query", "fish"), ("recordPacking", "XML"),
        ]).get()
        #expect(request.operation == .searchRetrieve)
        #expect(request.recordXMLEscaping == .xml)
    }

    @Test func scanVersion1_2() throws {
        let request = try SRURequest.parse([
            ("version", "1.2"), ("operation", "scan"), ("scanClause", "dc.title = fish"), ("maximumTerms", "20"),
        ]).get()
        #expect(request.operation == .scan)
        #expect(request.scanClause == "dc.title = fish")
        #expect(request.responsePosition == 1)
        #expect(request.maximumTerms == 20)
    }

    // MARK: - SRU 2.0

    @Test func searchRetrieveVersion2_0() throws {
        let request = try SRURequest.parse([
            ("query", "dc.title any fish"), ("queryType", "cql"), ("recordXMLEscaping", "string"), ("recordPacking", "unpacked"),
            ("startRecord", "3"), ("maximumRecords", "0"), ("httpAccept", "application/sru+xml"), ("responseType", "application/sru+xml"),
            ("renderedBy", "server"), ("sortKeys", "dc.title,,0"),
        ]).get()
        #expect(request.version == .v2_0)
        #expect(request.operation == .searchRetrieve)
        #expect(request.recordXMLEscaping == .string)
        #expect(request.recordPacking == .unpacked)
        #expect(request.startRecord == 3)
        #expect(request.maximumRecords == 0)
        #expect(request.httpAccept == "application/sru+xml")
        #expect(request.responseType == "application/sru+xml")
        #expect(request.renderedBy == .server)
        #expect(try request.cqlQuery().get().sortKeys.first?.ascending == false)
    }

    @Test func version2_0MayStillNameTheOperation() throws {
        let request = try SRURequest.parse([("version", "2.0"), ("operation", "explain")]).get()
        #expect(request.version == .v2_0)
        #expect(request.operation == .explain)
    }

    @Test func scanClauseAloneIsAVersion2Scan() throws {
        let request = try SRURequest.parse([("scanClause", "dc.title = a")]).get()
        #expect(request.version == .v2_0)
        #expect(request.operation == .scan)
    }

    // MARK: - Deciding the version

    static let versionDecisions: [(parameters: [String], version: SRUVersion, operation: SRUOperation)] = [
        ([], .v1_2, .explain),
        (["x-lang=uz"], .v1_2, .explain),
        (["operation=explain"], .v1_2, .explain),
        (["operation=searchRetrieve", "query=fish"], .v1_2, .searchRetrieve),
        (["version=1.1"], .v1_1, .explain),
        (["version=1.2", "query=fish"], .v1_2, .searchRetrieve),
        (["version=1.5", "query=fish"], .v1_2, .searchRetrieve),
        (["version=2.0", "query=fish"], .v2_0, .searchRetrieve),
        (["version=3.0", "query=fish"], .v2_0, .searchRetrieve),
        (["query=fish"], .v2_0, .searchRetrieve),
        (["queryType=cql", "query=fish"], .v2_0, .searchRetrieve),
        (["recordXMLEscaping=string"], .v2_0, .explain),
        (["httpAccept=text/xml"], .v2_0, .explain),
        (["query=fish", "recordPacking=packed"], .v2_0, .searchRetrieve),
        (["query=fish", "recordPacking=xml"], .v1_2, .searchRetrieve),
        (["query=fish", "recordXPath=/a"], .v1_2, .searchRetrieve),
        (["operation=searchRetrieve", "query=fish", "recordXMLEscaping=xml"], .v2_0, .searchRetrieve),
    ]

    @Test(arguments: versionDecisions)
    func decidesVersionAndOperation(parameters: [String], version: SRUVersion, operation: SRUOperation) throws {
        let request = try SRURequest.parse(Self.pairs(parameters)).get()
        #expect(request.version == version)
        #expect(request.operation == operation)
        let envelope = SRURequest.responseEnvelope(for: Self.pairs(parameters))
        #expect(envelope.version == version)
        #expect(envelope.operation == operation)
    }

    // MARK: - Refusals

    static let refusals: [(parameters: [String], diagnostic: SRUDiagnostic)] = [
        (["version=1.0", "operation=explain"], .unsupportedVersion(highestSupported: "2.0")),
        (["version=abc"], .unsupportedVersion()),
        (["version=1.2", "operation=update"], .unsupportedOperation("update")),
        (["version=1.2", "operation=searchRetrieve"], .mandatoryParameterNotSupplied("query")),
        (["query="], .mandatoryParameterNotSupplied("query")),
        (["version=1.2", "operation=scan"], .mandatoryParameterNotSupplied("scanClause")),
        (["query=fish", "foo=bar"], .unsupportedParameter("foo")),
        (["version=1.2", "operation=searchRetrieve", "query=fish", "recordXMLEscaping=xml"], .unsupportedParameter("recordXMLEscaping")),
        (["version=1.2", "operation=searchRetrieve", "query=fish", "httpAccept=text/xml"], .unsupportedParameter("httpAccept")),
        (["version=2.0", "query=fish", "recordXPath=/a"], .unsupportedParameter("recordXPath")),
        (["version=1.2", "operation=explain", "query=fish"], .unsupportedParameter("query")),
        (["query=fish", "facetLimit=10"], .unsupportedParameter("facetLimit")),
        (["query=fish", "Query=fish"], .unsupportedParameter("Query")),
        (["query=fish", "startRecord=0"], .unsupportedParameterValue("startRecord")),
        (["query=fish", "startRecord=abc"], .unsupportedParameterValue("startRecord")),
        (["query=fish", "startRecord=99999999999999999999999"], .unsupportedParameterValue("startRecord")),
        (["query=fish", "maximumRecords=-1"], .unsupportedParameterValue("maximumRecords")),
        (["query=fish", "resultSetTTL=-5"], .unsupportedParameterValue("resultSetTTL")),
        (["query=fish", "query=cat"], .unsupportedParameterValue("query")),
        (["query=fish", "queryType=searchTerms"], .unsupportedParameterValue("queryType")),
        (["query=fish", "renderedBy=robot"], .unsupportedParameterValue("renderedBy")),
        (["version=1.2", "operation=searchRetrieve", "query=fish", "recordPacking=json"], .unsupportedRecordPacking("json")),
        (["query=fish", "recordXMLEscaping=json"], .unsupportedRecordPacking("json")),
        (["version=2.0", "query=fish", "recordPacking=json"], .unsupportedRecordPacking("json")),
        (["scanClause=a", "maximumTerms=0"], .unsupportedParameterValue("maximumTerms")),
    ]

    @Test(arguments: refusals)
    func refusesWithDiagnostic(parameters: [String], diagnostic: SRUDiagnostic) {
        switch SRURequest.parse(Self.pairs(parameters)) {
        case .success(let request): Issue.record("accepted \(parameters) as \(request)")
        case .failure(let error): #expect(error == diagnostic)
        }
    }

    @Test func emptyValuesCountAsNotSent() throws {
        let request = try SRURequest.parse([
            ("version", "1.2"), ("operation", "searchRetrieve"), ("query", "fish"), ("startRecord", ""),
            ("recordSchema", ""), ("stylesheet", ""), ("query", ""),
        ]).get()
        #expect(request.startRecord == 1)
        #expect(request.recordSchema == nil)
        #expect(request.stylesheet == nil)
    }

    @Test func extensionParametersAreKeptInOrder() throws {
        let request = try SRURequest.parse([("query", "fish"), ("x-b", "2"), ("X-A", "1"), ("x-b", "3")]).get()
        #expect(request.extraParameters.map(\.name) == ["x-b", "X-A", "x-b"])
        #expect(request.extraParameters.map(\.value) == ["2", "1", "3"])
    }

    @Test func envelopeOfRefusedRequests() {
        #expect(SRURequest.responseEnvelope(for: Self.pairs(["version=1.0", "operation=explain"])) == (.v1_1, .explain))
        #expect(SRURequest.responseEnvelope(for: Self.pairs(["version=zzz", "query=fish"])) == (.v1_2, .searchRetrieve))
        #expect(SRURequest.responseEnvelope(for: Self.pairs(["version=1.2", "operation=update"])) == (.v1_2, .searchRetrieve))
        #expect(SRURequest.responseEnvelope(for: Self.pairs(["version=1.2", "operation=scan"])) == (.v1_2, .scan))
    }

    @Test func cqlErrorsComeFromTheQuery() throws {
        let request = try SRURequest.parse([("query", "dc.title = (fish")]).get()
        #expect(request.cqlQuery() == .failure(.querySyntaxError("expected a search term, found '('", atOffset: 11)))
    }

    // MARK: - sortKeys parameter

    @Test func sortKeysParameterFields() throws {
        let keys = try SRUSortKeysParameter.parse(#"dc.title,,1,1,highValue dc.date,,0,0,"n a" dc.creator"#).get()
        #expect(keys.map(\.index) == ["dc.title", "dc.date", "dc.creator"])
        #expect(keys[0].caseSensitive == true)
        #expect(keys[0].missingValueAction == .high)
        #expect(keys[1].ascending == false)
        #expect(keys[1].caseSensitive == false)
        #expect(keys[1].missingValueAction == .value("n a"))
        #expect(keys[2].ascending)
        #expect(keys[2].missingValueAction == nil)
    }

    @Test(arguments: ["dc.title,,2", ",,1", "dc.title,,1,x", "dc.title,,1,1,sometimes", "   "])
    func malformedSortKeys(text: String) {
        #expect(SRUSortKeysParameter.parse(text) == .failure(.unsupportedParameterValue("sortKeys")))
    }

    static func pairs(_ parameters: [String]) -> [(String, String)] {
        parameters.map { parameter in
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }
}
