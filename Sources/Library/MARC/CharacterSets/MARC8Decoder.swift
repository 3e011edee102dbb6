import Foundation

/// Decodes MARC-8 bytes to Unicode (NFC), one field at a time.
///
/// The escape state (which sets are in G0 and G1) starts at the default, ASCII and ANSEL, at the start
/// of every field and carries across the subfields of that field: an escape may open a subfield and
/// apply to the rest of the field. The writer resets to the default before each subfield delimiter, so
/// its output also reads correctly under the stricter per-subfield reading some tools apply.
///
/// Combining marks come before their base character in MARC-8 and after it in Unicode; they are held
/// until the base arrives and then emitted after it in the order they were written. The result is put
/// into NFC, so that "é" written as ANSEL acute + e compares equal to the precomposed letter.
///
/// Fatal: an escape sequence that is malformed, incomplete or names an unknown set; EACC (CJK), which
/// this decoder does not carry; a byte the current set leaves undefined.
struct MARC8Decoder {
    private(set) var g0: MARC8GraphicSet = .basicLatin
    private(set) var g1: MARC8GraphicSet = .extendedLatin
    private var g0Table: [UInt32] = MARC8Tables.basicLatin
    private var g1Table: [UInt32] = MARC8Tables.extendedLatin

    /// Returns to ASCII in G0 and ANSEL in G1, as at the start of every field.
    mutating func reset() {
        if g0 != .basicLatin { designate(.basicLatin, into: .g0) }
        if g1 != .extendedLatin { designate(.extendedLatin, into: .g1) }
    }

    private mutating func designate(_ set: MARC8GraphicSet, into register: MARC8Register) {
        switch register {
        case .g0: g0 = set; g0Table = set.table
        case .g1: g1 = set; g1Table = set.table
        }
    }

    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(CharacterSetProblem) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingMarks: [Unicode.Scalar] = []
        var sawNonASCII = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let mapped: UInt32
            switch byte {
            case 0x1B:
                index = try readEscape(bytes, at: index)
                continue
            case 0x21...0x7E:
                mapped = g0Table[Int(byte) - 0x21]
                if mapped == 0 {
                    throw CharacterSetProblem("byte \(MARCMessages.byte(byte)) is not defined in the MARC-8 \(g0.name) set", at: index)
                }
            case 0xA1...0xFE:
                mapped = g1Table[Int(byte) - 0xA1]
                if mapped == 0 {
                    throw CharacterSetProblem("byte \(MARCMessages.byte(byte)) is not defined in the MARC-8 \(g1.name) set", at: index)
                }
            // MARC-8's bibliographic C1 controls: non-sort begin and end, joiner, non-joiner.
            case 0x88: mapped = 0x0098
            case 0x89: mapped = 0x009C
            case 0x8D: mapped = 0x200D
            case 0x8E: mapped = 0x200C
            case 0x7F, 0x80...0xA0, 0xFF:
                throw CharacterSetProblem("byte \(MARCMessages.byte(byte)) is not a MARC-8 character", at: index)
            default:
                // Space and C0 controls are the same in every set.
                mapped = UInt32(byte)
            }
            index += 1
            if mapped >= 0x80 { sawNonASCII = true }
            let scalar = Unicode.Scalar(mapped & ~MARC8Tables.combiningFlag)!
            if mapped & MARC8Tables.combiningFlag != 0 {
                pendingMarks.append(scalar)
            } else {
                scalars.append(scalar)
                if !pendingMarks.isEmpty {
                    scalars.append(contentsOf: pendingMarks)
                    pendingMarks.removeAll(keepingCapacity: true)
                }
            }
        }
        // A mark with no base after it is kept rather than lost; it ends the value.
        scalars.append(contentsOf: pendingMarks)
        let text = String(scalars)
        return sawNonASCII ? text.precomposedStringWithCanonicalMapping : text
    }

    /// Reads the escape sequence at `start` (an ESC byte), updates G0/G1 and returns the index after it.
    private mutating func readEscape(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) throws(CharacterSetProblem) -> Int {
        func byte(_ offset: Int) -> UInt8? {
            start + offset < bytes.count ? bytes[start + offset] : nil
        }
        guard let first = byte(1) else {
            throw CharacterSetProblem("incomplete MARC-8 escape sequence at the end of the text", at: start)
        }
        switch first {
        case UInt8(ascii: "g"): designate(.greekSymbols, into: .g0); return start + 2
        case UInt8(ascii: "b"): designate(.subscripts, into: .g0); return start + 2
        case UInt8(ascii: "p"): designate(.superscripts, into: .g0); return start + 2
        case UInt8(ascii: "s"): designate(.basicLatin, into: .g0); return start + 2
        case UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "-"):
            let register: MARC8Register = (first == UInt8(ascii: "(") || first == UInt8(ascii: ",")) ? .g0 : .g1
            guard var final = byte(2) else {
                throw CharacterSetProblem("incomplete MARC-8 escape sequence at the end of the text", at: start)
            }
            var length = 3
            if final == UInt8(ascii: "!") {
                guard let second = byte(3), second == UInt8(ascii: "E") else {
                    throw CharacterSetProblem("bad MARC-8 escape sequence ESC \(MARCMessages.byte(first)) '!' \(byte(3).map(MARCMessages.byte) ?? "(end)")", at: start)
                }
                final = second
                length = 4
            }
            guard let set = MARC8GraphicSet(finalByte: final) else {
                if final == UInt8(ascii: "1") {
                    throw CharacterSetProblem("MARC-8 EACC (CJK) text is not supported", at: start)
                }
                throw CharacterSetProblem("bad MARC-8 escape sequence ESC \(MARCMessages.byte(first)) \(MARCMessages.byte(final)): no such character set", at: start)
            }
            designate(set, into: register)
            return start + length
        case UInt8(ascii: "$"):
            throw CharacterSetProblem("MARC-8 EACC (CJK) text (multibyte escape ESC '$') is not supported", at: start)
        default:
            throw CharacterSetProblem("bad MARC-8 escape sequence ESC \(MARCMessages.byte(first))", at: start)
        }
    }
}

/// A byte sequence that is not valid in the character set it is decoded in; `position` is relative to
/// the start of the text being decoded.
struct CharacterSetProblem: Error {
    var reason: String
    var position: Int

    init(_ reason: String, at position: Int) {
        self.reason = reason
        self.position = position
    }
}
