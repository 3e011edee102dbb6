import Testing
@testable import Library

@Suite("Windows-1251")
struct CP1251Tests {
    @Test("every defined byte round-trips, 0x98 is undefined")
    func allBytes() throws {
        let bytes = (0x00...0xFF).map(UInt8.init).filter { $0 != 0x98 }
        let text = try bytes.withUnsafeBufferPointer { p throws(CharacterSetProblem) in try CP1251.decode(p) }
        #expect(text.unicodeScalars.count == bytes.count)
        #expect(try CP1251.encode(text) == bytes)
        #expect(throws: CharacterSetProblem.self) {
            try [UInt8(0x98)].withUnsafeBufferPointer { p throws(CharacterSetProblem) in try CP1251.decode(p) }
        }
    }

    @Test("Russian and Uzbek Cyrillic letters")
    func letters() throws {
        let bytes: [UInt8] = [0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0, 0x20, 0xA8, 0xB8, 0x20, 0xA1, 0xA2, 0x20, 0xB9]
        #expect(try bytes.withUnsafeBufferPointer { p throws(CharacterSetProblem) in try CP1251.decode(p) } == "Москва Ёё Ўў №")
        #expect(throws: MARCEncodingError.self) { try CP1251.encode("ҳ") }
    }
}
