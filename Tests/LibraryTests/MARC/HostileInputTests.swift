import Foundation
import Testing
@testable import Library

/// Damaged input of every kind must come back as `.invalid` items or records, never as a crash, and
/// every byte of the input must be accounted for.
@Suite("Hostile input")
struct HostileInputTests {
    func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A small deterministic generator, so that failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let interestingBytes: [UInt8] = [0x00, 0x1B, 0x1D, 0x1E, 0x1F, 0x20, 0x30, 0x39, 0x7F, 0x80, 0xC3, 0xE2, 0xFF]

    func consume(_ bytes: [UInt8], characterSet: MARCCharacterSet? = nil) -> (records: Int, invalid: Int, bytes: Int) {
        var reader = ISO2709Reader(source: ISO2709ArraySource(bytes), characterSet: characterSet, chunkSize: 61)
        var records = 0, invalid = 0, covered = 0
        while let item = reader.next() {
            switch item {
            case .record(_, _, let raw, _): records += 1; covered += raw.count
            case .invalid(let error, let raw):
                invalid += 1
                covered += raw.count
                #expect(!error.reason.isEmpty)
            }
        }
        return (records, invalid, covered)
    }

    @Test("random mutations of every fixture never crash", arguments: MARCFixtures.iso2709Files)
    func mutations(_ file: String) throws {
        let original = try MARCFixtures.bytes(MARCFixtures.shared(file))
        var random = SplitMix(state: UInt64(original.count))
        for round in 0..<80 {
            var bytes = original
            let edits = 1 + round % 6
            for _ in 0..<edits {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: bytes[position] = Self.interestingBytes.randomElement(using: &random)!
                case 1: bytes[position] = UInt8.random(in: 0...255, using: &random)
                case 2: bytes.remove(at: position)
                default: bytes.insert(Self.interestingBytes.randomElement(using: &random)!, at: position)
                }
                if bytes.isEmpty { bytes = [0x1D] }
            }
            for characterSet in [nil, MARCCharacterSet.utf8, .marc8, .cp1251] {
                let counts = consume(bytes, characterSet: characterSet)
                #expect(counts.bytes <= bytes.count)
            }
        }
    }

    @Test("every truncation of a record is reported, not crashed on")
    func truncations() throws {
        let record = try MARCFixtures.bytes(MARCFixtures.shared("one.dat"))
        for length in 0..<record.count {
            let counts = consume(Array(record.prefix(length)))
            #expect(counts.records == 0)
            #expect(counts.invalid <= 1)
        }
        #expect(consume(record).records == 1)
    }

    @Test("junk and nothing")
    func junk() {
        #expect(consume([]).invalid == 0)
        #expect(consume(Array("   \n\r\n".utf8)).invalid == 0)
        let noTerminator = consume(Array(repeating: UInt8(ascii: "9"), count: 250_000))
        #expect(noTerminator.records == 0)
        #expect(noTerminator.invalid == 3)  // cut at 99,999-byte pieces so memory stays bounded
        #expect(noTerminator.bytes == 250_000)
        #expect(consume(Array("hello\u{1D}world\u{1D}".utf8)).invalid == 2)
        // A declared length far beyond the data.
        #expect(consume(Array("99999nam a2200025   4500\u{1E}\u{1D}".utf8)).invalid == 1)
    }

    @Test("a record that claims to be longer swallows no following record")
    func lengthTooLong() throws {
        let one = try MARCFixtures.bytes(MARCFixtures.shared("one.dat"))
        var bad = one
        // Declare the length of two records: the terminator at the declared end belongs to the next.
        let doubled = zeroPadded(one.count * 2, 5)
        bad.replaceSubrange(0..<5, with: Array(doubled.utf8))
        let counts = consume(bad + one)
        #expect(counts.invalid == 1)
        #expect(counts.records == 1)
    }

    @Test("malformed structures give clear reasons")
    func reasons() throws {
        func reason(_ bytes: [UInt8]) -> String? {
            var reader = ISO2709Reader(bytes: bytes)
            if case .invalid(let error, _) = reader.next() { return error.reason }
            return nil
        }
        /// A record around `fields` (tag, data without terminator); `directory` replaces the computed one.
        func record(leaderTail: String = "22", directory: String? = nil, _ fields: [(String, [UInt8])]) -> [UInt8] {
            var computed = ""
            var data: [UInt8] = []
            for (tag, bytes) in fields {
                computed += tag + zeroPadded(bytes.count + 1, 4) + zeroPadded(data.count, 5)
                data += bytes + [0x1E]
            }
            let directory = directory ?? computed
            let base = 24 + directory.utf8.count + 1
            let length = base + data.count + 1
            let leader = zeroPadded(length, 5) + "nam a" + leaderTail + zeroPadded(base, 5) + " i 4500"
            return Array((leader + directory).utf8) + [0x1E] + data + [0x1D]
        }
        func field(_ text: String) -> [UInt8] { Array(text.utf8) }

        #expect(reason(record([("245", field("10\u{1F}aTitle\u{1F}"))]))?.contains("ends with a subfield delimiter") == true)
        #expect(reason(record([("245", field("\u{1F}aTitle."))]))?.contains("no indicators") == true)
        #expect(reason(record([("245", field("10xyz\u{1F}aTit"))]))?.contains("between its indicators and its first subfield") == true)
        #expect(reason(record([("245", field("10\u{1F} Title"))]))?.contains("bad subfield code") == true)
        #expect(reason(record([("245", field("1\u{7}\u{1F}aTitle"))]))?.contains("bad indicator 2") == true)
        #expect(reason(record([("245", field("10\u{1F}aTi\u{1E}le"))]))?.contains("field terminator before its end") == true)
        #expect(reason(record([("2 5", field("10\u{1F}aTitle"))]))?.contains("bad tag") == true)
        #expect(reason(record(directory: "245002000000", [("245", field("10\u{1F}aTitle"))]))?.contains("lies outside") == true)
        #expect(reason(record(directory: "2450011000x0", [("245", field("10\u{1F}aTitle"))]))?.contains("not a number") == true)
        #expect(reason(record(directory: "245000900000", [("245", field("10\u{1F}aTitle"))]))?.contains("does not end with a field terminator") == true)
        #expect(reason(record(leaderTail: "32", [("245", field("10\u{1F}aTitle"))]))?.contains("indicator count") == true)
        #expect(reason(record([("001", field("a\u{1D}b"))]))?.contains("no record terminator") == false)

        // Leader/09 'a' but a byte that is not UTF-8: the declaration is trusted, so the record is refused.
        let invalidUTF8 = reason(record([("001", field("x")), ("245", field("10\u{1F}aTit") + [0xE9])]))
        #expect(invalidUTF8?.contains("invalid UTF-8 byte 0xE9 in field 245 $a (read as UTF-8)") == true)
        #expect(invalidUTF8?.contains("(byte 58 of the record)") == true)

        // Tolerated: a blank indicator count and stray blanks after the indicators.
        var reader = ISO2709Reader(bytes: record(leaderTail: " 2", [("245", field("10 \u{1F}aTitle"))]))
        guard case .record(let decoded, _, _, _) = reader.next() else {
            Issue.record("tolerable record refused")
            return
        }
        #expect(decoded.values("245", "a") == ["Title"])
        #expect(reader.warnings.count == 2)
    }
}
