/// Windows-1251, the code page older Excel and 1C in Uzbekistan, Tajikistan and Russia still save CSV in.
///
/// Written out here rather than asked of Foundation because `String.Encoding.windowsCP1251` is not
/// available from every Foundation on Linux, and a 64-entry table is easier to trust than that.
enum WindowsCyrillic {
    /// Decodes `bytes`, or returns nil when they are evidently not Windows-1251 text: a byte the code page
    /// leaves undefined (0x98), or a control character other than tab and line breaks, which no
    /// spreadsheet writes but every binary file (an .xlsx renamed to .csv, UTF-16 text) is full of.
    static func decode(_ bytes: some Sequence<UInt8>) -> String? {
        var text = String.UnicodeScalarView()
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0D, 0x20...0x7F:
                text.append(Unicode.Scalar(byte))
            case 0x00..<0x20:
                return nil
            case 0xC0...0xFF:
                // А..я are contiguous in both Windows-1251 and Unicode.
                text.append(Unicode.Scalar(0x0410 + UInt32(byte - 0xC0))!)
            default:
                let value = upperHalf[Int(byte - 0x80)]
                guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                text.append(scalar)
            }
        }
        return String(text)
    }

    /// 0x80...0xBF; 0 marks 0x98, which Windows-1251 does not define.
    private static let upperHalf: [UInt32] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ]
}
