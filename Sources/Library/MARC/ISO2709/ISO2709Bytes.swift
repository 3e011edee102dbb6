/// The separator bytes of ISO 2709 (they are the same in MARC 21 and UNIMARC).
enum ISO2709Bytes {
    static let subfieldDelimiter: UInt8 = 0x1F
    static let fieldTerminator: UInt8 = 0x1E
    static let recordTerminator: UInt8 = 0x1D
    static let leaderLength = 24
    /// Five decimal digits in the leader: no record can be longer.
    static let maximumRecordLength = 99_999

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Parses a run of ASCII digits; nil if any byte is not a digit.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard count > 0, start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

/// One `Character` per ASCII byte, made once: building a Character per indicator and subfield code
/// would cost more than the rest of the field.
enum ASCIICharacters {
    static let table: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
}
