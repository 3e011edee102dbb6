import Foundation

/// Encodes Unicode text as MARC-8: ASCII and ANSEL by default, Cyrillic, Greek, Hebrew and Arabic
/// through escape sequences into G0 (as yaz-iconv writes them, see `MARC8GraphicSet.preferredRegister`),
/// every combining mark written before its base. The writer does not add field 066 (character sets
/// present); MARC 21 asks for it when non-default sets are used.
///
/// A precomposed letter is written as itself when a MARC-8 set has it (Cyrillic й, ё) and otherwise
/// decomposed into base and ANSEL marks (é becomes acute + e). Each call starts and ends in the default
/// state (ASCII in G0, ANSEL in G1), so every subfield can be read on its own.
///
/// Text that MARC-8 cannot express (CJK, Tajik ҳ ҷ, ...) is an error rather than a silent loss: such
/// records must be written in UTF-8.
struct MARC8Encoder {
    private var g0: MARC8GraphicSet = .basicLatin
    private var g1: MARC8GraphicSet = .extendedLatin
    private var output: [UInt8] = []

    static func encode(_ text: String) throws(MARCEncodingError) -> [UInt8] {
        var encoder = MARC8Encoder()
        try encoder.append(text)
        encoder.returnToDefault()
        return encoder.output
    }

    private mutating func append(_ text: String) throws(MARCEncodingError) {
        // Plain ASCII needs no escapes and no reordering.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x1B }) {
            output.append(contentsOf: text.utf8)
            return
        }
        var scalars = Array(text.unicodeScalars)[...]
        while let base = scalars.popFirst() {
            var marks: [Unicode.Scalar] = []
            while let next = scalars.first, Self.isCombining(next) {
                marks.append(next)
                scalars.removeFirst()
            }
            try appendCluster(base: base, marks: marks)
        }
    }

    private mutating func appendCluster(base: Unicode.Scalar, marks: [Unicode.Scalar]) throws(MARCEncodingError) {
        var base = base
        var marks = marks
        if Self.isCombining(base) {
            // A mark with nothing before it: write it alone, as the decoder would read it back.
            marks.insert(base, at: 0)
            for mark in marks { try appendCharacter(mark) }
            return
        }
        if MARC8ReverseTables.location(of: base) == nil {
            // Not in any set as precomposed: try its canonical decomposition (é -> e + U+0301).
            let decomposed = Array(String(base).decomposedStringWithCanonicalMapping.unicodeScalars)
            if decomposed.count > 1, let first = decomposed.first, MARC8ReverseTables.location(of: first) != nil {
                base = first
                marks = Array(decomposed.dropFirst()) + marks
            }
        }
        let baseSet = MARC8ReverseTables.location(of: base)?.set
        for mark in marks {
            try appendCharacter(mark, preferring: baseSet)
        }
        try appendCharacter(base)
    }

    /// Writes one character, switching G0 or G1 first if neither holds it.
    private mutating func appendCharacter(_ scalar: Unicode.Scalar, preferring preferredSet: MARC8GraphicSet? = nil) throws(MARCEncodingError) {
        let value = scalar.value
        if value == 0x20 || (value < 0x20 && value != 0x1B) {
            output.append(UInt8(value))
            return
        }
        if let control = Self.controlBytes[value] {
            output.append(control)
            return
        }
        // Marks of Greek, Hebrew and Arabic go with their own script's set when it has them.
        if let preferredSet, let code = MARC8ReverseTables.code(of: scalar, in: preferredSet) {
            if preferredSet == g0 {
                output.append(code)
            } else if preferredSet == g1 {
                output.append(code | 0x80)
            } else {
                write(code, of: preferredSet)
            }
            return
        }
        // Already reachable without an escape?
        if let code = MARC8ReverseTables.code(of: scalar, in: g0) {
            output.append(code)
            return
        }
        if let code = MARC8ReverseTables.code(of: scalar, in: g1) {
            output.append(code | 0x80)
            return
        }
        let location = MARC8ReverseTables.location(of: scalar)
        guard let (set, code) = location else {
            throw MARCEncodingError(reason: "\(MARCMessages.character(scalar)) cannot be written in MARC-8; write the record in UTF-8")
        }
        write(code, of: set)
    }

    /// Designates `set` into its usual register and writes `code` there.
    private mutating func write(_ code: UInt8, of set: MARC8GraphicSet) {
        switch set.preferredRegister {
        case .g0:
            designate(set, into: .g0)
            output.append(code)
        case .g1:
            designate(set, into: .g1)
            output.append(code | 0x80)
        }
    }

    private mutating func designate(_ set: MARC8GraphicSet, into register: MARC8Register) {
        output.append(0x1B)
        output.append(contentsOf: set.designation(into: register))
        switch register {
        case .g0: g0 = set
        case .g1: g1 = set
        }
    }

    private mutating func returnToDefault() {
        if g0 != .basicLatin {
            // Technique 1 sets are left with ESC s, technique 2 sets by redesignating ASCII.
            if g0.isTechniqueOne {
                output.append(contentsOf: [0x1B, UInt8(ascii: "s")])
                g0 = .basicLatin
            } else {
                designate(.basicLatin, into: .g0)
            }
        }
        if g1 != .extendedLatin {
            designate(.extendedLatin, into: .g1)
        }
    }

    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }

    /// NSB, NSE, ZWJ, ZWNJ: MARC-8 writes them as C1 controls.
    private static let controlBytes: [UInt32: UInt8] = [0x0098: 0x88, 0x009C: 0x89, 0x200D: 0x8D, 0x200C: 0x8E]
}
