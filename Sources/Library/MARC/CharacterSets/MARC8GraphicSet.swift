/// A MARC-8 graphic set and the escape sequences that designate it.
///
/// Technique 2 (ISO 2022): ESC ( F or ESC , F designate a one-byte set as G0, ESC ) F or ESC - F as G1;
/// ANSEL's final is the pair `!E` (yaz and older data also write plain `E`, which is accepted).
/// Technique 1 (MARC only): ESC g, ESC b, ESC p put Greek symbols, subscripts or superscripts into G0
/// and ESC s returns G0 to ASCII.
enum MARC8GraphicSet: Sendable, Equatable {
    case basicLatin
    case extendedLatin
    case basicCyrillic
    case extendedCyrillic
    case basicGreek
    case basicHebrew
    case basicArabic
    case extendedArabic
    case greekSymbols
    case subscripts
    case superscripts

    static let all: [MARC8GraphicSet] = [
        .basicLatin, .extendedLatin, .basicCyrillic, .extendedCyrillic, .basicGreek, .basicHebrew,
        .basicArabic, .extendedArabic, .greekSymbols, .subscripts, .superscripts,
    ]

    /// The set named by the final character of a technique 2 escape sequence.
    init?(finalByte: UInt8) {
        switch finalByte {
        case UInt8(ascii: "B"): self = .basicLatin
        case UInt8(ascii: "E"): self = .extendedLatin
        case UInt8(ascii: "N"): self = .basicCyrillic
        case UInt8(ascii: "Q"): self = .extendedCyrillic
        case UInt8(ascii: "S"): self = .basicGreek
        case UInt8(ascii: "2"): self = .basicHebrew
        case UInt8(ascii: "3"): self = .basicArabic
        case UInt8(ascii: "4"): self = .extendedArabic
        default: return nil
        }
    }

    var table: [UInt32] {
        switch self {
        case .basicLatin: MARC8Tables.basicLatin
        case .extendedLatin: MARC8Tables.extendedLatin
        case .basicCyrillic: MARC8Tables.basicCyrillic
        case .extendedCyrillic: MARC8Tables.extendedCyrillic
        case .basicGreek: MARC8Tables.basicGreek
        case .basicHebrew: MARC8Tables.basicHebrew
        case .basicArabic: MARC8Tables.basicArabic
        case .extendedArabic: MARC8Tables.extendedArabic
        case .greekSymbols: MARC8Tables.greekSymbols
        case .subscripts: MARC8Tables.subscripts
        case .superscripts: MARC8Tables.superscripts
        }
    }

    /// Where the writer puts the set. Everything but ANSEL goes to G0 and is left with ESC ( B, as
    /// yaz-iconv writes it: ANSEL then stays in G1 for diacritics on any script, and G1 never needs
    /// redesignating with ANSEL's two-byte final `!E`, which some readers (pymarc) do not know.
    /// (pymarc in turn only reads Extended Cyrillic from G1; LC's tables allow both.)
    var preferredRegister: MARC8Register {
        self == .extendedLatin ? .g1 : .g0
    }

    /// The bytes that designate this set into `register` (without the leading ESC).
    func designation(into register: MARC8Register) -> [UInt8] {
        switch self {
        case .greekSymbols: return [UInt8(ascii: "g")]
        case .subscripts: return [UInt8(ascii: "b")]
        case .superscripts: return [UInt8(ascii: "p")]
        default: break
        }
        let intermediate = register == .g0 ? UInt8(ascii: "(") : UInt8(ascii: ")")
        switch self {
        case .basicLatin: return [intermediate, UInt8(ascii: "B")]
        case .extendedLatin: return [intermediate, UInt8(ascii: "!"), UInt8(ascii: "E")]
        case .basicCyrillic: return [intermediate, UInt8(ascii: "N")]
        case .extendedCyrillic: return [intermediate, UInt8(ascii: "Q")]
        case .basicGreek: return [intermediate, UInt8(ascii: "S")]
        case .basicHebrew: return [intermediate, UInt8(ascii: "2")]
        case .basicArabic: return [intermediate, UInt8(ascii: "3")]
        case .extendedArabic: return [intermediate, UInt8(ascii: "4")]
        case .greekSymbols, .subscripts, .superscripts: return []
        }
    }

    var isTechniqueOne: Bool { self == .greekSymbols || self == .subscripts || self == .superscripts }

    var name: String {
        switch self {
        case .basicLatin: "ASCII"
        case .extendedLatin: "ANSEL"
        case .basicCyrillic: "Basic Cyrillic"
        case .extendedCyrillic: "Extended Cyrillic"
        case .basicGreek: "Basic Greek"
        case .basicHebrew: "Basic Hebrew"
        case .basicArabic: "Basic Arabic"
        case .extendedArabic: "Extended Arabic"
        case .greekSymbols: "Greek symbols"
        case .subscripts: "Subscripts"
        case .superscripts: "Superscripts"
        }
    }
}

enum MARC8Register: Sendable {
    case g0
    case g1
}
