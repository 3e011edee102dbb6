import Foundation
import Testing
@testable import Library

/// Files written by pymarc 5.4.0 (see Fixtures/README.md): Uzbek in Latin script with oʻ gʻ (U+02BB),
/// Uzbek Cyrillic, Russian and Tajik, in UTF-8 with Leader/09 'a'.
@Suite("pymarc-written records")
struct PymarcFixtureTests {
    func read(_ name: String) throws -> [ISO2709ReadResult.Record] {
        let result = ISO2709ReadResult(try ISO2709Reader(path: MARCFixtures.local(name).path))
        #expect(result.invalid.isEmpty)
        #expect(result.records.allSatisfy { $0.characterSet == .utf8 && $0.warnings.isEmpty && $0.flavour == .marc21 })
        return result.records
    }

    @Test("Uzbek Latin with U+02BB, linked to its Cyrillic 880")
    func uzbekLatin() throws {
        let records = try read("pymarc_uzbek_latin.mrc")
        #expect(records.count == 2)
        let record = records[0].record
        #expect(record.controlValue("001") == "uz-0001")
        #expect(record.controlValue("008") == "240115s2019    uz a          000 0 uzb d")
        #expect(record.values("100", "a") == ["G\u{2BB}ulomov, Yahyo"])
        #expect(record.values("245", "a") == ["O\u{2BB}zbekiston tarixi :"])
        #expect(record.values("245", "b") == ["qo\u{2BB}llanma /"])
        #expect(record.values("852", "a") == ["UzNL"])
        #expect(record.values("852", "h") == ["63.3(5Uz)"])
        #expect(record.values("852", "t") == ["1"])
        let linked = record.linkedFields(for: "245")
        #expect(linked.count == 1)
        #expect(linked.first?.firstValue("a") == "Ўзбекистон тарихи :")
        #expect(linked.first?.firstValue("c") == "Яҳё Ғуломов.")
        let title = try #require(record.fields("245").first)
        #expect(record.linkedFields(for: title) == linked)
        #expect(record.linkedFields(for: linked[0]) == [title])
        #expect(MARCFieldLink(linked[0].firstValue("6") ?? "")?.script == "(N")

        let apostrophes = records[1].record
        #expect(apostrophes.values("245", "a") == ["G\u{2BB}afur G\u{2BB}ulom she\u{2BC}riyati"])
        #expect(apostrophes.firstValue("500", "a")?.hasSuffix("o\u{2BB} o\u{2018} o'.") == true)
    }

    @Test("Russian, Tajik and Uzbek Cyrillic")
    func cyrillic() throws {
        let records = try read("pymarc_cyrillic.mrc")
        #expect(records.count == 3)
        #expect(records[0].record.values("100", "a") == ["Толстой, Лев Николаевич"])
        #expect(records[0].record.values("245", "b") == ["роман в четырёх томах /"])
        #expect(records[0].record.values("852", "h") == ["84(2Рос=Рус)1"])
        #expect(records[1].record.values("245", "a") == ["Забони тоҷикӣ :"])
        #expect(records[1].record.values("245", "c") == ["Қ. Ғаффоров, Ӯ. Ҳасанов."])
        #expect(records[2].record.values("245", "a") == ["Ўзбек тилининг изоҳли луғати"])
        #expect(records[2].record.values("246", "a") == ["O\u{2BB}zbek tilining izohli lug\u{2BB}ati"])
    }

    @Test("pymarc's bytes are reproduced exactly", arguments: ["pymarc_uzbek_latin.mrc", "pymarc_cyrillic.mrc"])
    func byteExact(_ name: String) throws {
        for item in try read(name) {
            #expect(try ISO2709Writer.encode(item.record, characterSet: .utf8) == item.raw)
        }
    }
}
