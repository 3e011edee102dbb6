/// How problem messages name bytes and characters: printable ASCII as itself, anything else in hex,
/// characters with their code point, so that a librarian can find the spot in a hex editor.
enum MARCMessages {
    /// `'a'` or `0x1F`.
    static func byte(_ byte: UInt8) -> String {
        if byte > 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "0x" + hex(UInt32(byte), width: 2)
    }

    /// Bytes in quotes, non-printable ones as `\x1F`: a tag, a leader field, stray data.
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> String {
        var text = ""
        for index in start..<min(start + count, bytes.count) {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += "\\x" + hex(UInt32(byte), width: 2)
            }
        }
        return "'\(text)'"
    }

    /// `U+0493 (ғ)`.
    static func character(_ scalar: Unicode.Scalar) -> String {
        "U+\(hex(scalar.value, width: 4)) (\(String(scalar)))"
    }

    /// Upper-case hexadecimal, zero-padded to `width` digits.
    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
