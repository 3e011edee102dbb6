/// Windows-1251, the code page of Russian-language library systems in the CIS (IRBIS, OPAC-Global)
/// and of much RUSMARC exchange data. One byte per character: bytes below 0x80 are ASCII.
///
/// It has no letters for Tajik (ғ ӣ қ ӯ ҳ ҷ) or Uzbek қ ғ ҳ; text with them cannot be written in it.
enum CP1251 {
    /// Unicode scalar for bytes 0x80...0xFF; 0 where the code page leaves the byte undefined (0x98).
    static let upperHalf: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
        0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
        0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
        0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
        0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
        0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
        0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
        0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
        0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
        0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
        0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
    ]

    private static let encoding: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (offset, scalar) in upperHalf.enumerated() where scalar != 0 {
            table[scalar] = UInt8(0x80 + offset)
        }
        return table
    }()

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(CharacterSetProblem) -> String {
        var scalars = String.UnicodeScalarView()
        for (index, byte) in bytes.enumerated() {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                continue
            }
            let value = upperHalf[Int(byte) - 0x80]
            guard value != 0, let scalar = Unicode.Scalar(value) else {
                throw CharacterSetProblem("byte \(MARCMessages.byte(byte)) is not defined in Windows-1251", at: index)
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func encode(_ text: String) throws(MARCEncodingError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if let byte = encoding[scalar.value] {
                bytes.append(byte)
            } else {
                throw MARCEncodingError(reason: "\(MARCMessages.character(scalar)) cannot be written in Windows-1251; write the record in UTF-8")
            }
        }
        return bytes
    }

    /// True for the bytes that are Cyrillic letters in this code page (used to recognise cp1251 data
    /// in records that declare MARC-8).
    static func isCyrillicLetter(_ byte: UInt8) -> Bool {
        guard byte >= 0x80 else { return false }
        let value = upperHalf[Int(byte) - 0x80]
        return value >= 0x0400 && value <= 0x04FF
    }
}
