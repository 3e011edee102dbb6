import Foundation
import Testing
@testable import Library

@Suite("MARCXML")
struct MARCXMLTests {
    @Test("fixture documents decode")
    func fixtures() throws {
        let batch = try MARCXML.decode(Data(contentsOf: MARCFixtures.shared("batch.xml")))
        #expect(batch.count == 2)
        #expect(batch[0].leader == "00925njm  22002777a 4500")
        #expect(batch[0].controlValue("001") == "5637241")
        #expect(batch[0].values("010", "a") == ["   91758335 "])
        #expect(batch[0].firstValue("245", "a") == "The Great Ray Charles")

        let single = try MARCXML.decode(Data(contentsOf: MARCFixtures.shared("utf8.xml")))
        #expect(single.count == 1)
        #expect(single[0].values("505", "t") == ["Pr\u{E9}ludes"])
        #expect(single[0].fields.map(\.tag) == ["001", "008", "245", "246", "260", "306", "505", "856"])
    }

    @Test("bad_tag.xml: one record, refused with every reason")
    func badTag() throws {
        let results = try MARCXML.decodeEach(Data(contentsOf: MARCFixtures.shared("bad_tag.xml")))
        #expect(results.count == 1)
        guard case .failure(let error) = results.first else {
            Issue.record("bad_tag.xml decoded")
            return
        }
        #expect(error.reason.contains("the leader has 17 characters, not 24"))
        #expect(error.reason.contains("tag '42' is not three ASCII letters or digits"))
        #expect(error.offset == 0)
        #expect(throws: MARCDecodingError.self) { try MARCXML.decode(Data(contentsOf: MARCFixtures.shared("bad_tag.xml"))) }
    }

    @Test("ill-formed XML is an error")
    func illFormed() {
        #expect(throws: MARCDecodingError.self) { try MARCXML.decode(Data("<collection><record>".utf8)) }
    }

    @Test("every decoded ISO 2709 fixture record survives MARCXML", arguments: MARCFixtures.iso2709Files)
    func roundTrip(_ file: String) throws {
        let records = try ISO2709ReadResult.file(file).records.map(\.record)
        guard !records.isEmpty else { return }
        let document = MARCXML.encode(records)
        #expect(try MARCXML.decode(Data(document.utf8)) == records)
        for record in records {
            let element = MARCXML.encodeRecord(record)
            #expect(element.hasPrefix("<record xmlns=\"http://www.loc.gov/MARC21/slim\">"))
            #expect(try MARCXML.decode(Data(element.utf8)) == [record])
        }
    }

    @Test("spaces, line ends, markup characters and non-sort marks survive")
    func awkwardText() throws {
        let record = MARCRecord(fields: [
            MARCField(tag: "001", value: "  padded  "),
            MARCField(tag: "245", indicator1: "1", indicator2: "4", subfields: [
                MARCSubfield(code: "a", value: "\u{98}The\u{9C} <b>\"bold\"</b> & 'more'\r\nline\ttab "),
                MARCSubfield(code: "b", value: ""),
            ]),
            MARCField(tag: "880", indicator1: "1", indicator2: "0", subfields: [MARCSubfield(code: "a", value: "Оʻзбек")]),
        ])
        #expect(try MARCXML.decode(Data(MARCXML.encode([record]).utf8)) == [record])
    }

    @Test("records stream from an InputStream")
    func streaming() throws {
        let stream = try #require(InputStream(url: MARCFixtures.shared("batch.xml")))
        var seen: [String?] = []
        try MARCXML.forEachRecord(in: stream) { result in
            seen.append(try? result.get().controlValue("001"))
        }
        #expect(seen == ["5637241", "12149120"])
    }
}

@Suite("MARCXML inside other documents")
struct MARCXMLEmbeddingTests {
    @Test("an OAI-PMH response: the OAI record elements are not MARC records")
    func oaiPMH() throws {
        let record = MARCRecord(fields: [MARCField(tag: "001", value: "42"), MARCField(tag: "245", subfields: [MARCSubfield(code: "a", value: "Title")])])
        let xml = """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>
        <record><header><identifier>oai:x:42</identifier></header><metadata>\(MARCXML.encodeRecord(record))</metadata></record>
        <record><header status="deleted"><identifier>oai:x:43</identifier></header></record>
        </ListRecords></OAI-PMH>
        """
        #expect(try MARCXML.decode(Data(xml.utf8)) == [record])
    }

    @Test("MarcXchange namespace and prefixes")
    func marcXchange() throws {
        let xml = """
        <mx:collection xmlns:mx="info:lc/xmlns/marcxchange-v1"><mx:record>
        <mx:leader>00000nam0 2200000   450 </mx:leader>
        <mx:controlfield tag="001">RU/1</mx:controlfield>
        <mx:datafield tag="200" ind1="1" ind2=" "><mx:subfield code="a">Тоҷикистон</mx:subfield></mx:datafield>
        </mx:record></mx:collection>
        """
        let records = try MARCXML.decode(Data(xml.utf8))
        #expect(records.first?.firstValue("200", "a") == "Тоҷикистон")
    }
}
