/// The character encodings the ISO 2709 codecs read and write. Text in a `MARCRecord` is always a Swift
/// `String`; the character set only matters at the byte boundary.
public enum MARCCharacterSet: String, Sendable {
    /// Unicode in UTF-8: Leader/09 `a` in MARC 21, `50` in UNIMARC 100 $a/26-27.
    case utf8
    /// The Library of Congress MARC-8 environment (ASCII, ANSEL diacritics, Cyrillic, Greek, Hebrew,
    /// Arabic sets switched by ISO 2022 escapes): Leader/09 blank in MARC 21.
    case marc8
    /// Windows-1251, the usual encoding of Russian and Central Asian RUSMARC data (IRBIS exports):
    /// `89` in RUSMARC 100 $a/26-29. MARC 21 has no code for it; such records say MARC-8 (blank
    /// Leader/09) and are recognised by their bytes.
    case cp1251
}

extension MARCCharacterSet {
    /// The usual name, for messages.
    var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .marc8: "MARC-8"
        case .cp1251: "Windows-1251"
        }
    }
}
