import Foundation
import Testing
@testable import Library

@Suite("MARC-in-JSON")
struct MARCJSONTests {
    @Test("fixtures: one object and an array")
    func fixtures() throws {
        let one = try MARCJSON.decode(Data(contentsOf: MARCFixtures.shared("one.json")))
        #expect(one.count == 1)
        #expect(one[0].leader == "00755cam  22002414a 4500")
        #expect(one[0].values("245", "a") == ["ActivePerl with ASP and ADO /"])
        #expect(one[0].controlValue("001") == "fol05731351 ")
        let batch = try MARCJSON.decode(Data(contentsOf: MARCFixtures.shared("batch.json")))
        #expect(batch.count == 2)
        #expect(batch[0].firstValue("245", "a") == "The Great Ray Charles")
        // The JSON and XML batches hold the same two records.
        #expect(batch == (try MARCXML.decode(Data(contentsOf: MARCFixtures.shared("batch.xml")))))
    }

    @Test("one.json is the record of one.dat")
    func sameAsISO2709() throws {
        let json = try MARCJSON.decode(Data(contentsOf: MARCFixtures.shared("one.json")))
        let iso = try ISO2709ReadResult.file("one.dat").records.map(\.record)
        #expect(json == iso)
    }

    @Test("every decoded ISO 2709 fixture record survives MARC-in-JSON", arguments: MARCFixtures.iso2709Files)
    func roundTrip(_ file: String) throws {
        let records = try ISO2709ReadResult.file(file).records.map(\.record)
        for record in records {
            #expect(try MARCJSON.decode(Data(MARCJSON.encode(record).utf8)) == [record])
        }
        if !records.isEmpty {
            #expect(try MARCJSON.decode(Data(MARCJSON.encode(records).utf8)) == records)
        }
    }

    @Test("escapes and control characters survive")
    func awkwardText() throws {
        let record = MARCRecord(fields: [
            MARCField(tag: "001", value: "a\u{1F}b"),
            MARCField(tag: "245", subfields: [MARCSubfield(code: "a", value: "\"quoted\" \\ back\nslash \u{98}x\u{9C} Oʻzbek")]),
        ])
        #expect(try MARCJSON.decode(Data(MARCJSON.encode(record).utf8)) == [record])
    }

    @Test("bad records are reported one by one")
    func badRecords() throws {
        let json = """
        [{"leader": "00000nam a2200000 i 4500", "fields": [{"001": "ok"}]},
         {"leader": "short", "fields": [{"001": "x"}]},
         {"leader": "00000nam a2200000 i 4500", "fields": [{"24": {"ind1": " ", "ind2": " ", "subfields": [{"a": "x"}]}}]},
         {"leader": "00000nam a2200000 i 4500", "fields": [{"245": {"ind1": "10", "ind2": " ", "subfields": []}}]},
         {"leader": "00000nam a2200000 i 4500", "fields": [{"245": {"subfields": [{"ab": "x"}]}}]},
         {"leader": "00000nam a2200000 i 4500", "fields": [{"245": {"subfields": [{"a": "x"}]}}]}]
        """
        let results = try MARCJSON.decodeEach(Data(json.utf8))
        #expect(results.count == 6)
        let reasons = results.map { result -> String in
            if case .failure(let error) = result { return error.reason }
            return "ok"
        }
        #expect(reasons[0] == "ok")
        #expect(reasons[1].contains("17") == false && reasons[1].contains("5 characters, not 24"))
        #expect(reasons[2].contains("tag '24'"))
        #expect(reasons[3].contains("not one character"))
        #expect(reasons[4].contains("one-character code"))
        #expect(reasons[5] == "ok")
        #expect(throws: MARCDecodingError.self) { try MARCJSON.decode(Data("not json".utf8)) }
        #expect(throws: MARCDecodingError.self) { try MARCJSON.decode(Data("42".utf8)) }
    }
}
