import Foundation
import Testing
@testable import Library

/// Decoding a valid record and writing it again in the character set it came in gives the same bytes.
@Suite("ISO 2709 round trips")
struct ISO2709RoundTripTests {
    @Test("every decoded fixture record is written back byte for byte", arguments: MARCFixtures.iso2709Files)
    func byteExact(_ file: String) throws {
        let result = try ISO2709ReadResult.file(file)
        for item in result.records {
            let written = try ISO2709Writer.encode(item.record, characterSet: item.characterSet, flavour: item.flavour)
            let dropsBytes = item.warnings.contains { $0.reason.contains("dropped") }
            let correctsDeclaration = item.warnings.contains { $0.reason.contains("declares MARC-8 but its data is UTF-8") }
            if dropsBytes {
                // regression45.dat: the stray "\" after 752's indicators is gone, nothing else changed.
                #expect(written.count == item.raw.count - item.warnings.count, "\(file) at \(item.offset)")
                #expect(try ISO2709Reader.decodeRecord(written).fields == item.record.fields)
            } else if correctsDeclaration {
                // utf8_without_leader_flag.dat: only Leader/09 changes, from blank to 'a'.
                var expected = item.raw
                expected[9] = UInt8(ascii: "a")
                #expect(written == expected, "\(file) at \(item.offset)")
            } else {
                #expect(written == item.raw, "\(file) at \(item.offset)")
            }
        }
    }

    @Test("records written by the writer read back equal, in every character set")
    func writerReaderAgree() throws {
        let record = MARCRecord(fields: [
            MARCField(tag: "001", value: "uz-42"),
            MARCField(tag: "100", indicator1: "1", subfields: [MARCSubfield(code: "a", value: "Gʻulomov, Yahyo")]),
            MARCField(tag: "245", indicator1: "1", indicator2: "0", subfields: [
                MARCSubfield(code: "6", value: "880-01"),
                MARCSubfield(code: "a", value: "Oʻzbekiston tarixi /"),
                MARCSubfield(code: "c", value: "Ёқубов, Ўткир; São Paulo — Ålesund"),
            ]),
            MARCField(tag: "880", indicator1: "1", indicator2: "0", subfields: [
                MARCSubfield(code: "6", value: "245-01/(N"),
                MARCSubfield(code: "a", value: "Ўзбекистон тарихи"),
            ]),
        ])
        let utf8 = try ISO2709Writer.encode(record)
        #expect(utf8[9] == UInt8(ascii: "a"))
        #expect(try ISO2709Reader.decodeRecord(utf8) == record.withLeader(of: utf8))
        #expect(String(decoding: utf8.prefix(24), as: UTF8.self) == "00235nam a2200073 i 4500")

        // MARC-8 cannot hold қ (U+049B): the writer says so instead of losing it.
        #expect(throws: MARCEncodingError.self) { try ISO2709Writer.encode(record, characterSet: .marc8) }
        var marc8Record = record
        marc8Record.fields[2].subfields[2].value = "Ёкубов, Ўткир; São Paulo — Ålesund"
        #expect(throws: MARCEncodingError.self) { try ISO2709Writer.encode(marc8Record, characterSet: .marc8) }  // em dash
        marc8Record.fields[2].subfields[2].value = "Ёкубов, Ўткир; São Paulo - Ålesund"
        let marc8 = try ISO2709Writer.encode(marc8Record, characterSet: .marc8)
        #expect(marc8[9] == 0x20)
        let leaderUTF8 = marc8Record.withLeader(of: marc8)
        #expect(try ISO2709Reader.decodeRecord(marc8, characterSet: .marc8) == leaderUTF8)
        // Read without being told: the blank Leader/09 and the escapes say MARC-8.
        var reader = ISO2709Reader(bytes: marc8)
        guard case .record(let decoded, _, _, let characterSet) = reader.next() else {
            Issue.record("MARC-8 record not decoded")
            return
        }
        #expect(characterSet == .marc8)
        #expect(decoded == leaderUTF8)

        var russian = MARCRecord(fields: [MARCField(tag: "245", indicator1: "1", indicator2: "0", subfields: [
            MARCSubfield(code: "a", value: "Война и мир : роман в четырёх томах № 1 «Эксмо»"),
        ])])
        let cp1251 = try ISO2709Writer.encode(russian, characterSet: .cp1251)
        #expect(cp1251[9] == 0x20)
        russian.leader = String(decoding: cp1251.prefix(24), as: UTF8.self)
        #expect(try ISO2709Reader.decodeRecord(cp1251, characterSet: .cp1251) == russian)
        var detecting = ISO2709Reader(bytes: cp1251)
        guard case .record(let detected, _, _, .cp1251) = detecting.next() else {
            Issue.record("Windows-1251 record not recognised")
            return
        }
        #expect(detected == russian)
    }

    @Test("UNIMARC character set declaration in 100 $a/26-29")
    func unimarcDeclaration() throws {
        let generalData = "20240115d2019    k  y0rusy0189    ca"
        let record = MARCRecord(leader: "00000nam0 2200000   450 ", fields: [
            MARCField(tag: "001", value: "RU/IRBIS/1"),
            MARCField(tag: "100", subfields: [MARCSubfield(code: "a", value: generalData)]),
            MARCField(tag: "200", indicator1: "1", subfields: [MARCSubfield(code: "a", value: "Тоҷикистон"), MARCSubfield(code: "f", value: "Иванов")]),
        ])
        let utf8 = try ISO2709Writer.encode(record, characterSet: .utf8, flavour: .unimarc)
        var reader = ISO2709Reader(bytes: utf8)
        guard case .record(let decoded, _, _, .utf8) = reader.next() else {
            Issue.record("UNIMARC UTF-8 record not decoded as UTF-8")
            return
        }
        #expect(reader.lastFlavour == .unimarc)
        #expect(decoded.firstValue("100", "a") == "20240115d2019    k  y0rusy50      ca")
        #expect(decoded.firstValue("200", "a") == "Тоҷикистон")
        // Leader/23 is left as it was (UNIMARC leaves it undefined); leader/09 is not touched.
        #expect(decoded.leader.hasSuffix("450 "))
        #expect(decoded.leader.dropFirst(9).first == " ")

        var russian = record
        russian.fields[2].subfields[0].value = "Россия"
        let cp1251 = try ISO2709Writer.encode(russian, characterSet: .cp1251, flavour: .unimarc)
        var cpReader = ISO2709Reader(bytes: cp1251)
        guard case .record(let cpDecoded, _, let raw, .cp1251) = cpReader.next() else {
            Issue.record("RUSMARC Windows-1251 record not decoded as Windows-1251")
            return
        }
        #expect(cpDecoded.firstValue("100", "a") == generalData)
        #expect(cpDecoded.firstValue("200", "a") == "Россия")
        #expect(try ISO2709Writer.encode(cpDecoded, characterSet: .cp1251, flavour: .unimarc) == raw)
        #expect(throws: MARCEncodingError.self) { try ISO2709Writer.encode(record, characterSet: .marc8, flavour: .unimarc) }
    }

    @Test("the writer refuses what ISO 2709 cannot hold")
    func writerRefusals() {
        func record(_ field: MARCField, leader: String = MARCRecord.defaultLeader) -> MARCRecord {
            MARCRecord(leader: leader, fields: [field])
        }
        #expect(throws: MARCEncodingError.self) { try ISO2709Writer.encode(record(MARCField(tag: "24", value: "x"))) }
        #expect(throws: MARCEncodingError.self) { try ISO2709Writer.encode(record(MARCField(tag: "001", value: "x"), leader: "short")) }
        #expect(throws: MARCEncodingError.self) {
            try ISO2709Writer.encode(record(MARCField(tag: "245", indicator1: "ä", subfields: [MARCSubfield(code: "a", value: "x")])))
        }
        #expect(throws: MARCEncodingError.self) {
            try ISO2709Writer.encode(record(MARCField(tag: "245", subfields: [MARCSubfield(code: "a", value: "a\u{1E}b")])))
        }
        #expect(throws: MARCEncodingError.self) {
            try ISO2709Writer.encode(record(MARCField(tag: "245", subfields: [MARCSubfield(code: "a", value: String(repeating: "x", count: 10_000))])))
        }
        #expect(throws: MARCEncodingError.self) {
            try ISO2709Writer.encode(record(MARCField(tag: "245", subfields: [MARCSubfield(code: "a", value: "Тоҷикистон")])), characterSet: .cp1251)
        }
    }
}

extension MARCRecord {
    /// The record with the leader the writer gave it in `bytes`.
    func withLeader(of bytes: [UInt8]) -> MARCRecord {
        var copy = self
        copy.leader = String(decoding: bytes.prefix(24), as: UTF8.self)
        return copy
    }
}
