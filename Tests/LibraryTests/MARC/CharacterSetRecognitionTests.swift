import Testing
@testable import Library

@Suite("Character set recognition")
struct CharacterSetRecognitionTests {
    func characterSet(of value: [UInt8]) -> MARCCharacterSet? {
        let field = Array("10\u{1F}a".utf8) + value + [0x1E]
        let base = 24 + 12 + 1
        let length = base + field.count + 1
        func digits(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: width - text.count) + text
        }
        let leader = digits(length, 5) + "nam  22" + digits(base, 5) + " i 4500"
        let bytes = Array((leader + "245" + digits(field.count, 4) + "00000").utf8) + [0x1E] + field + [0x1D]
        var reader = ISO2709Reader(bytes: bytes)
        if case .record(_, _, _, let characterSet) = reader.next() { return characterSet }
        return nil
    }

    @Test("a blank Leader/09 is MARC-8 unless the bytes clearly say otherwise")
    func recognition() {
        #expect(characterSet(of: Array("plain ASCII".utf8)) == .marc8)
        #expect(characterSet(of: Array("caf".utf8) + [0xE2] + Array("e".utf8)) == .marc8)
        #expect(characterSet(of: Array("café".utf8)) == .utf8)
        #expect(characterSet(of: [0xCC, 0xE8, 0xF0]) == .cp1251)  // "Мир"
        // One stray byte in a Latin record: not enough to call it Windows-1251; it is refused as MARC-8.
        #expect(characterSet(of: Array("Latin ".utf8) + [0xFC]) == nil)
        // ANSEL marks followed by letters stay MARC-8 even when Windows-1251 could read them.
        #expect(characterSet(of: [0xE2, UInt8(ascii: "e"), 0xE1, UInt8(ascii: "a"), 0xE8, UInt8(ascii: "u")]) == .marc8)
    }
}
