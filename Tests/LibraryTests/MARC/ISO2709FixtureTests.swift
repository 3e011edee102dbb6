import Foundation
import Testing
@testable import Library

/// Every shared fixture file, read with detection of flavour and character set. The counts were checked
/// by hand against `yaz-marcdump` and pymarc 5.4.0 (see the notes on each case for where they differ).
@Suite("ISO 2709 fixtures")
struct ISO2709FixtureTests {
    struct Expectation: CustomStringConvertible, Sendable {
        var file: String
        var decoded: Int
        var invalid: [String]  // a fragment of each invalid record's reason, in file order
        var description: String { file }
    }

    static let expectations: [Expectation] = [
        // cp1251 Russian records with holdings (852) whose leader says MARC-8; pymarc and yaz read 6.
        Expectation(file: "1251.dat", decoded: 6, invalid: []),
        Expectation(file: "alphatag.dat", decoded: 1, invalid: []),
        // 880 in EACC (ESC $ 1) with a garbled code: pymarc decodes it with warnings, we do not carry EACC.
        Expectation(file: "bad_eacc_encoding.dat", decoded: 0, invalid: ["EACC (CJK)"]),
        // First directory entry has tag "0 2" and its field no indicators; 800 blanks of padding follow.
        // pymarc reads the record (and reports the padding as a bad record), yaz reads it too.
        Expectation(file: "bad_indicator.dat", decoded: 0, invalid: ["bad tag '0 2'"]),
        // ESC t, ESC e, ESC space ... are no MARC-8 escapes; pymarc decodes with replacement characters.
        Expectation(file: "bad_marc8_escape.dat", decoded: 0, invalid: ["bad MARC-8 escape sequence"]),
        // 8 records: good, base address 99937, base address 0, a 13-byte directory, a 13-byte directory
        // (a UTF-8 character inside an entry), 'f' in the base address, no fields at all, good; then a
        // line feed.
        // pymarc: 2 good, 7 bad (it counts the final line feed as a truncated record); yaz shows the same 2.
        Expectation(file: "bad_records.mrc", decoded: 2, invalid: [
            "base address of data 99937 lies outside the record",
            "base address of data 0 lies outside the record",
            "the directory is 13 bytes long, not a multiple of 12",
            "the directory is 13 bytes long, not a multiple of 12",
            "base address of data 'f0037' in leader/12-16 is not a number",
            "the record has no fields",
        ]),
        // A 2-byte UTF-8 character in 245 where the leader and directory counted one byte: the record is
        // 756 bytes, not 755, and every field after 245 is shifted (yaz: "No separator at end of
        // field"); pymarc fails on it too.
        Expectation(file: "bad_subfield_code.dat", decoded: 0, invalid: ["record length of 755 bytes but the record terminator comes after 756"]),
        Expectation(file: "diacritic.dat", decoded: 1, invalid: []),
        Expectation(file: "marc.dat", decoded: 20, invalid: []),
        Expectation(file: "marc8.dat", decoded: 1, invalid: []),
        Expectation(file: "multi_isbn.dat", decoded: 1, invalid: []),
        Expectation(file: "one.dat", decoded: 1, invalid: []),
        // All 12 have a stray "\" after the indicators of 752; tolerated as pymarc does.
        Expectation(file: "regression45.dat", decoded: 12, invalid: []),
        Expectation(file: "test.dat", decoded: 10, invalid: []),
        // UNIMARC, 100 $a/26-27 = 50 (UTF-8), 899 holdings; ends with a line feed (pymarc: "truncated record").
        Expectation(file: "testunimarc.dat", decoded: 1, invalid: []),
        Expectation(file: "utf8_errors.dat", decoded: 1, invalid: []),
        // 260 has a subfield whose code byte is 0xEF (the start of U+FFFD); pymarc keeps it as a code.
        Expectation(file: "utf8_invalid.mrc", decoded: 0, invalid: ["bad subfield code 0xEF"]),
        Expectation(file: "utf8_with_leader_flag.dat", decoded: 1, invalid: []),
        // UTF-8 data under a blank Leader/09: recognised as UTF-8 (pymarc reads it as MARC-8 garbage).
        Expectation(file: "utf8_without_leader_flag.dat", decoded: 1, invalid: []),
    ]

    @Test("every fixture file is covered")
    func everyFileCovered() {
        #expect(Set(MARCFixtures.iso2709Files) == Set(Self.expectations.map(\.file)))
    }

    @Test("decoded and invalid counts", arguments: expectations)
    func counts(_ expectation: Expectation) throws {
        let result = try ISO2709ReadResult.file(expectation.file)
        #expect(result.records.count == expectation.decoded)
        #expect(result.invalid.count == expectation.invalid.count)
        for (invalid, fragment) in zip(result.invalid, expectation.invalid) {
            #expect(invalid.error.reason.contains(fragment), "\(invalid.error.reason)")
        }
    }

    @Test("the same items whatever the chunk size", arguments: ["bad_records.mrc", "1251.dat", "bad_indicator.dat", "regression45.dat"])
    func chunkSizeDoesNotMatter(_ file: String) throws {
        let reference = try ISO2709ReadResult.file(file)
        for chunkSize in [1, 7, 24, 100, 4096] {
            let result = try ISO2709ReadResult.file(file, chunkSize: chunkSize)
            #expect(result.records.map(\.record) == reference.records.map(\.record))
            #expect(result.records.map(\.offset) == reference.records.map(\.offset))
            #expect(result.invalid.map(\.error.reason) == reference.invalid.map(\.error.reason))
            #expect(result.invalid.map(\.error.offset) == reference.invalid.map(\.error.offset))
        }
    }

    @Test("offsets of good and bad records in bad_records.mrc")
    func offsets() throws {
        let result = try ISO2709ReadResult.file("bad_records.mrc")
        #expect(result.records.map(\.offset) == [0, 790])
        #expect(result.invalid.map(\.error.offset) == [127, 254, 381, 509, 637, 764])
        #expect(result.invalid.map(\.raw.count) == [127, 127, 128, 128, 127, 26])
    }

    @Test("Windows-1251 Russian record under a MARC-8 leader")
    func cp1251() throws {
        let result = try ISO2709ReadResult.file("1251.dat")
        let first = try #require(result.records.first)
        #expect(first.characterSet == .cp1251)
        #expect(first.record.values("100", "a") == ["Ильина, Татьяна Николаевна"])
        #expect(first.record.values("245", "a") == ["Основы гидравлического расчета инженерных сетей"])
        #expect(first.record.values("084", "a") == ["38.1я73"])
        #expect(first.record.values("852", "i") == ["И46"])
        #expect(first.record.values("852", "a") == ["RU-RKP"])
        #expect(first.warnings.map(\.reason) == ["the record declares MARC-8 but its data is Windows-1251 Cyrillic; read as Windows-1251"])
        #expect(result.records.allSatisfy { $0.characterSet == .cp1251 })
        #expect(result.records.last?.record.values("100", "a") == ["Краснощеченко, Владимир Иванович"])
    }

    @Test("MARC-8 diacritics come out as NFC")
    func marc8() throws {
        let record = try #require(try ISO2709ReadResult.file("marc8.dat").records.first)
        #expect(record.characterSet == .marc8)
        let title = try #require(record.record.values("240", "a").first)
        #expect(title == "De la solitude \u{E0} la communaut\u{E9}.")
        #expect(title.unicodeScalars.count == "De la solitude à la communauté.".unicodeScalars.count)
    }

    @Test("UTF-8 text is kept exactly, decomposed marks included")
    func utf8KeptAsWritten() throws {
        let record = try #require(try ISO2709ReadResult.file("diacritic.dat").records.first)
        let contents = try #require(record.record.values("505", "a").first)
        #expect(contents.unicodeScalars.contains("\u{301}"))
        #expect(contents.contains("Eva Hemmungs Wirte\u{301}n"))
        let errors = try #require(try ISO2709ReadResult.file("utf8_errors.dat").records.first)
        #expect(errors.record.values("245", "a") == ["[Imperial military middle school, S\u{323}an\u{2BB}a\u{304}\u{2BE}]"])
    }

    @Test("UTF-8 recognised under a blank Leader/09")
    func utf8WithoutFlag() throws {
        let without = try #require(try ISO2709ReadResult.file("utf8_without_leader_flag.dat").records.first)
        let with = try #require(try ISO2709ReadResult.file("utf8_with_leader_flag.dat").records.first)
        #expect(without.characterSet == .utf8)
        #expect(without.record.fields == with.record.fields)
        #expect(without.warnings.count == 1)
        #expect(with.warnings.isEmpty)
    }

    @Test("stray bytes after the indicators are dropped with a warning")
    func strayIndicatorBytes() throws {
        let result = try ISO2709ReadResult.file("regression45.dat")
        let first = try #require(result.records.first)
        let place = try #require(first.record.fields("752").first)
        #expect(place.indicator1 == " " && place.indicator2 == " ")
        #expect(place.subfields.map(\.code) == ["a", "b", "d"])
        #expect(place.firstValue("a") == "Russian Federation")
        #expect(first.warnings.map(\.reason) == ["data field 752 has '\\' between its indicators and its first subfield; dropped"])
        #expect(first.record.values("245", "a").first?.hasPrefix("Pokrov, podarennyi\u{306} Dimitri\u{304}em") == true)
    }

    @Test("UNIMARC recognised, with its holdings")
    func unimarc() throws {
        let result = try ISO2709ReadResult.file("testunimarc.dat")
        let record = try #require(result.records.first)
        #expect(record.flavour == .unimarc)
        #expect(record.characterSet == .utf8)
        #expect(record.record.values("200", "a") == ["\u{88}L'\u{89}altra faccia della spirale"])
        #expect(record.record.fields("899").count == 40)
        #expect(record.record.values("899", "1").first == "AL0073")
        #expect(MARCFlavour.detect(in: record.record) == .unimarc)
        #expect(try ISO2709ReadResult.file("one.dat").records.first?.flavour == .marc21)
    }

    @Test("alphabetic tags are data fields")
    func alphabeticTags() throws {
        let record = try #require(try ISO2709ReadResult.file("alphatag.dat").records.first)
        let cat = record.record.fields("CAT")
        #expect(cat.count == 4)
        #expect(cat.first?.firstValue("a") == "CONV")
    }
}

@Suite("ISO 2709 reader options")
struct ISO2709ReaderOptionTests {
    @Test("a forced character set overrides the declaration")
    func forcedCharacterSet() throws {
        // Read as MARC-8, the Windows-1251 bytes of 1251.dat are refused, naming field and byte.
        let path = MARCFixtures.shared("1251.dat").path
        let forced = ISO2709ReadResult(try ISO2709Reader(path: path, characterSet: .marc8))
        #expect(forced.records.isEmpty)
        #expect(forced.invalid.count == 6)
        #expect(forced.invalid.first?.error.reason.contains("in field 084 $a (read as MARC-8)") == true)
        let cp1251 = ISO2709ReadResult(try ISO2709Reader(path: path, flavour: .marc21, characterSet: .cp1251))
        #expect(cp1251.records.count == 6)
        #expect(cp1251.records.allSatisfy { $0.warnings.isEmpty })
    }

    @Test("the reader is a Sequence")
    func sequence() throws {
        let reader = try ISO2709Reader(path: MARCFixtures.shared("test.dat").path)
        let titles = reader.compactMap { item -> String? in
            if case .record(let record, _, _, _) = item { return record.firstValue("245", "a") }
            return nil
        }
        #expect(titles.count == 10)
    }

    @Test("single records decode from memory, with errors that say why")
    func decodeRecord() throws {
        let bytes = try MARCFixtures.bytes(MARCFixtures.shared("one.dat"))
        let record = try ISO2709Reader.decodeRecord(bytes)
        #expect(record.controlValue("001") == "fol05731351 ")
        #expect(throws: MARCDecodingError.self) { try ISO2709Reader.decodeRecord(Array(bytes.dropLast())) }
        do {
            _ = try ISO2709Reader.decodeRecord(Array(bytes.dropLast()))
        } catch let error as MARCDecodingError {
            #expect(error.reason.contains("record length of 755 bytes but the record has 754"))
        }
        #expect(throws: (any Error).self) { try ISO2709Reader(path: "/nonexistent/file.mrc") }
    }
}
