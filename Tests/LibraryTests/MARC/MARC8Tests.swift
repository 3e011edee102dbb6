import Foundation
import Testing
@testable import Library

@Suite("MARC-8")
struct MARC8Tests {
    func decode(_ bytes: [UInt8]) throws -> String {
        var decoder = MARC8Decoder()
        return try bytes.withUnsafeBufferPointer { pointer throws(CharacterSetProblem) in try decoder.decode(pointer) }
    }

    func decodeError(_ bytes: [UInt8]) -> String? {
        do {
            _ = try decode(bytes)
            return nil
        } catch let problem as CharacterSetProblem {
            return problem.reason
        } catch {
            return "\(error)"
        }
    }

    @Test("ANSEL combining marks precede their base and decode to NFC")
    func diacritics() throws {
        #expect(try decode(Array("communaut".utf8) + [0xE2] + Array("e".utf8)) == "communaut\u{E9}")
        // Two marks on one base: circumflex then dot below, as LC writes Vietnamese ậ.
        #expect(try decode([0xE3, 0xF2, UInt8(ascii: "a")]) == "\u{1EAD}")
        // A mark with no precomposed form stays combining, after its base.
        #expect(try decode([0xE5, UInt8(ascii: "g")]) == "g\u{304}")
        // Special letters and the ayn used for Uzbek oʻ in romanised headings.
        #expect(try decode([0xA1, UInt8(ascii: "o"), 0xB0, 0xC3]) == "Łoʻ©")
        // Ligature halves keep their one-to-one Unicode mapping.
        #expect(try decode([0xEB, UInt8(ascii: "t"), 0xEC, UInt8(ascii: "s")]) == "t\u{FE20}s\u{FE21}")
    }

    @Test("Basic and extended Cyrillic in G0 and G1")
    func cyrillic() throws {
        // ESC ( N puts Basic Cyrillic in G0: "Москва".
        #expect(try decode([0x1B, 0x28, 0x4E, 0x6D, 0x4F, 0x53, 0x4B, 0x57, 0x41, 0x1B, 0x28, 0x42]) == "Москва")
        // ESC ) N puts it in G1, leaving ASCII usable: "ISBN Ёж" needs Extended Cyrillic for Ё.
        #expect(try decode(Array("ISBN ".utf8) + [0x1B, 0x29, 0x51, 0xE4, 0x1B, 0x29, 0x4E, 0xD6]) == "ISBN Ёж")
        // ESC , N is also a G0 designation; й is a letter of its own, not и + breve.
        #expect(try decode([0x1B, 0x2C, 0x4E, 0x4A]) == "й")
        // Ukrainian and Belarusian letters from Extended Cyrillic: ґ є і ї ў.
        #expect(try decode([0x1B, 0x28, 0x51, 0x40, 0x43, 0x46, 0x47, 0x4D]) == "ґєіїў")
        // Capital hard sign lives in Extended Cyrillic.
        #expect(try decode([0x1B, 0x28, 0x51, 0x6F]) == "Ъ")
    }

    @Test("Greek, Hebrew, Arabic, sub- and superscripts")
    func otherScripts() throws {
        #expect(try decode([0x1B, 0x28, 0x53, 0x61, 0x62, 0x64]) == "αβγ")
        #expect(try decode([0x1B, 0x67, 0x61, 0x1B, 0x73, UInt8(ascii: "a")]) == "αa")
        #expect(try decode(Array("H".utf8) + [0x1B, 0x62, 0x32, 0x1B, 0x73] + Array("O".utf8)) == "H₂O")
        #expect(try decode([0x1B, 0x70, 0x32, 0x1B, 0x73]) == "²")
        #expect(try decode([0x1B, 0x28, 0x32, 0x60, 0x61]) == "אב")
        #expect(try decode([0x1B, 0x28, 0x33, 0x47, 0x44]) == "اؤ")
    }

    @Test("bad escapes and undefined bytes are errors")
    func errors() {
        #expect(decodeError([0x1B, UInt8(ascii: "t")])?.contains("bad MARC-8 escape sequence") == true)
        #expect(decodeError([0x1B])?.contains("incomplete") == true)
        #expect(decodeError([0x1B, 0x28])?.contains("incomplete") == true)
        #expect(decodeError([0x1B, 0x28, UInt8(ascii: "Z")])?.contains("no such character set") == true)
        #expect(decodeError([0x1B, 0x24, 0x31, 0x21, 0x30, 0x64])?.contains("EACC") == true)
        #expect(decodeError([0xFC])?.contains("not defined in the MARC-8 ANSEL set") == true)
        #expect(decodeError([0x9F])?.contains("not a MARC-8 character") == true)
        #expect(decodeError([0x1B, 0x28, 0x51, 0x21])?.contains("Extended Cyrillic") == true)
    }

    @Test("escape state carries across subfields and resets per field")
    func state() throws {
        var decoder = MARC8Decoder()
        let first: [UInt8] = [0x1B, 0x28, 0x4E, 0x6D]
        let second: [UInt8] = [0x4F]
        let a = try first.withUnsafeBufferPointer { p throws(CharacterSetProblem) in try decoder.decode(p) }
        let b = try second.withUnsafeBufferPointer { p throws(CharacterSetProblem) in try decoder.decode(p) }
        #expect(a + b == "Мо")
        decoder.reset()
        let c = try second.withUnsafeBufferPointer { p throws(CharacterSetProblem) in try decoder.decode(p) }
        #expect(c == "O")
    }

    @Test("encoder writes what the decoder reads", arguments: [
        "Escape from loneliness",
        "De la solitude \u{E0} la communaut\u{E9}.",
        "Prokudin-Gorskii\u{306}, Serge\u{306}i\u{306}",
        "Москва : Наука, 1999. - 350 с.",
        "Ёж и ёлка; Ўзбекистон; Ъ",
        "Sergeĭ Mikhaĭlovich ; Łódź ; Øresund ; Đorđe",
        "α-Amylase, H₂O, E = mc²",
        "Mixed Кириллица and Latin, ʻayn and ʼalif",
        "Vietnamese \u{1EAD} and a\u{323}\u{302}",
        "NSB \u{98}The\u{9C} sorted",
    ])
    func encoderRoundTrip(_ text: String) throws {
        let bytes = try MARC8Encoder.encode(text)
        let back = try decode(bytes)
        #expect(back == text.precomposedStringWithCanonicalMapping)
        #expect(back.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(!bytes.contains(0x1E) && !bytes.contains(0x1F) && !bytes.contains(0x1D))
    }

    @Test("encoder chooses LC's usual sets and escapes")
    func encoderBytes() throws {
        #expect(try MARC8Encoder.encode("caf\u{E9}") == Array("caf".utf8) + [0xE2, UInt8(ascii: "e")])
        #expect(try MARC8Encoder.encode("Мир") == [0x1B, 0x28, 0x4E, 0x6D, 0x49, 0x52, 0x1B, 0x28, 0x42])
        // Punctuation and digits exist in Basic Cyrillic too: no escape back to ASCII for them.
        #expect(try MARC8Encoder.encode("Т. 1") == [0x1B, 0x28, 0x4E, 0x74, 0x2E, 0x20, 0x31, 0x1B, 0x28, 0x42])
        // ё is in Extended Cyrillic, which also goes to G0, so ANSEL never leaves G1.
        #expect(try MARC8Encoder.encode("ё") == [0x1B, 0x28, 0x51, 0x44, 0x1B, 0x28, 0x42])
        #expect(try MARC8Encoder.encode("Ёж") == [0x1B, 0x28, 0x51, 0x64, 0x1B, 0x28, 0x4E, 0x56, 0x1B, 0x28, 0x42])
        // Diacritics on Cyrillic letters come from ANSEL in G1 without further escapes.
        #expect(try MARC8Encoder.encode("му\u{301}ка") == [0x1B, 0x28, 0x4E, 0x4D, 0xE2, 0x55, 0x4B, 0x41, 0x1B, 0x28, 0x42])
        #expect(try MARC8Encoder.encode("x²") == [UInt8(ascii: "x"), 0x1B, 0x70, 0x32, 0x1B, 0x73])
    }

    @Test("encoder refuses what MARC-8 cannot hold")
    func encoderRefuses() {
        for text in ["Тоҷикистон", "中文", "a\u{1B}b", "emoji 🙂"] {
            #expect(throws: MARCEncodingError.self) { try MARC8Encoder.encode(text) }
        }
    }

    @Test("every code of every set decodes to what yaz-iconv gives (spot checks)")
    func tableSpotChecks() throws {
        // Values checked against `yaz-iconv -f marc8 -t utf8`.
        #expect(try decode([0x1B, 0x28, 0x4E, 0x40, 0x5F, 0x60, 0x7E]) == "юъЮЧ")
        #expect(try decode([0x1B, 0x28, 0x51, 0x50, 0x51, 0x52, 0x53, 0x70, 0x71, 0x72, 0x73]) == "ѣѳѵѫѢѲѴѪ")
        #expect(try decode([0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE]) == "ØĐÞÆŒʹ·♭®±ƠƯʼ")
        #expect(try decode([0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD]) == "łøđþæœʺı£ðơư")
        #expect(try decode([0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8]) == "°ℓ℗©♯¿¡ß€")
    }
}
