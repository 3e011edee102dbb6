import Foundation

/// Search match keys under which the same word meets whatever script or spelling it was typed in.
///
/// The key is built in one pass over the unicode scalars. Cyrillic (Uzbek, Tajik, Russian) is written out
/// in Latin letters with the Uzbek 1995 values, and a few folds are applied to the Latin as it is written,
/// to both scripts alike, so that the places where official Latin and Cyrillic spelling part ways meet:
/// - apostrophes vanish, so `oʻ` = `o'` = `o` = `ў` and `maʼlumot` = `маълумот` (this merges rare pairs
///   such as qol/qoʻl, which is the price of finding the many texts typed without any apostrophe);
/// - `ts` becomes `s`, because Latin writes ц as `s` or `ts` by position and people write either;
/// - `y` between a consonant and a/e/o/u drops, because Latin drops the softness of
///   сентябр/sentabr and keeps it in obyekt/объект, kompyuter/компьютер.
/// Word-initial and post-vowel `ye` stays, so yer (ер, earth) and er (эр, man) stay apart.
public enum ScriptFolding {
    /// The search match key of a text: lower case; Uzbek Cyrillic, Tajik Cyrillic and Russian Cyrillic
    /// mapped to one Latin form; every apostrophe form of oʻ/gʻ (U+02BB ʻ, U+2018 ‘, U+2019 ’, ', `, ´, U+02BC ʼ) folded;
    /// diacritics dropped (NFD, remove combining marks); zero-width chars (U+200B-U+200D, U+2060, U+FEFF) and
    /// bidi marks removed; anything not a letter or digit becomes a space; runs of spaces collapsed; trimmed.
    public static func matchKey(_ text: String) -> String {
        if text.isEmpty { return "" }
        // Й, ё, ў, ӣ, ӯ decompose into a base letter and a mark, and the mark alone would be dropped
        // below; composing first keeps them whole. Rare, so the cost is only paid when a mark is present.
        let source = hasCombiningMark(text) ? text.precomposedStringWithCanonicalMapping : text
        var writer = KeyWriter(capacity: source.utf8.count)
        for scalar in source.unicodeScalars { writer.take(scalar) }
        return writer.finish()
    }

    /// The words of the match key, in order (split on spaces, empty ones dropped).
    public static func tokens(_ text: String) -> [String] {
        matchKey(text).split(separator: " ").map(String.init)
    }

    private static func hasCombiningMark(_ text: String) -> Bool {
        // U+0300-U+037F are exactly the scalars whose UTF-8 lead byte is 0xCC or 0xCD.
        text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
    }
}

extension ScriptFolding {
    /// The apostrophes people type for the ʻ of oʻ/gʻ and the ʼ of the tutuq belgisi.
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool {
        switch v {
        case 0x27, 0x60, 0xB4, 0x2BB, 0x2BC, 0x2BD, 0x2018, 0x2019, 0x2032: return true
        default: return false
        }
    }
}

private typealias Cyrillic = UzbekTransliteration.Cyrillic

private struct KeyWriter {
    /// What the last source letter was; Cyrillic е reads ye or e by it.
    private enum Previous { case boundary, vowel, consonant, sign }

    private var bytes: [UInt8] = []
    private var wordStart = 0
    private var pendingSpace = false
    private var previous = Previous.boundary

    init(capacity: Int) { bytes.reserveCapacity(capacity + 8) }

    func finish() -> String { String(decoding: bytes, as: UTF8.self) }

    mutating func take(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        switch v {
        case 0x61...0x7A: letter(UInt8(v))
        case 0x41...0x5A: letter(UInt8(v) | 0x20)
        case 0x30...0x39: digit(scalar)
        case 0x400..<0x530: cyrillic(Cyrillic.lower(v))
        default:
            if ScriptFolding.isApostrophe(v) { previous = .sign }
            else if v < 0x80 { separator() }
            else { other(scalar) }
        }
    }

    // MARK: Cyrillic

    private mutating func cyrillic(_ v: UInt32) {
        switch v {
        case 0x430: latin("a", vowel: true)    // а
        case 0x431: latin("b")                 // б
        case 0x432: latin("v")                 // в
        case 0x433, 0x453, 0x491, 0x493: latin("g")  // г ѓ ґ ғ
        case 0x434: latin("d")                 // д
        case 0x435, 0x450:                     // е ѐ
            latin(previous == .consonant ? "e" : "ye", vowel: true)
        case 0x451: latin("yo", vowel: true)   // ё
        case 0x436, 0x4B7: latin("j")          // ж ҷ
        case 0x437, 0x499: latin("z")          // з ҙ
        case 0x438, 0x456, 0x45D, 0x4E3, 0x44B: latin("i", vowel: true)  // и і ѝ ӣ ы
        case 0x439, 0x458: latin("y")          // й ј
        case 0x43A, 0x45C: latin("k")          // к ќ
        case 0x43B, 0x459: latin("l")          // л љ
        case 0x43C: latin("m")                 // м
        case 0x43D, 0x45A: latin("n")          // н њ
        case 0x43E, 0x45E, 0x4E9: latin("o", vowel: true)  // о ў ө
        case 0x43F: latin("p")                 // п
        case 0x440: latin("r")                 // р
        // ц is written s here; Latin's ts after vowels folds to s in letter(_:).
        case 0x441, 0x446, 0x4AB: latin("s")   // с ц ҫ
        case 0x442: latin("t")                 // т
        case 0x443, 0x4EF, 0x4AF, 0x4B1: latin("u", vowel: true)  // у ӯ ү ұ
        case 0x444: latin("f")                 // ф
        case 0x445: latin("x")                 // х
        case 0x447, 0x45B: latin("ch")         // ч ћ
        case 0x448, 0x449: latin("sh")         // ш щ
        case 0x44A, 0x44C: previous = .sign    // ъ ь
        case 0x44D: latin("e", vowel: true)    // э
        case 0x44E: latin("yu", vowel: true)   // ю
        case 0x44F: latin("ya", vowel: true)   // я
        case 0x454: latin("ye", vowel: true)   // є
        case 0x457: latin("yi", vowel: true)   // ї
        case 0x455: latin("dz")                // ѕ
        case 0x452, 0x45F: latin("dj")         // ђ џ
        case 0x49B: latin("q")                 // қ
        case 0x4A3: latin("ng")                // ң
        case 0x4B3, 0x4BB: latin("h")          // ҳ һ
        case 0x4D9: latin("a", vowel: true)    // ә
        default: other(Unicode.Scalar(v)!)
        }
    }

    private mutating func latin(_ s: StaticString, vowel: Bool = false) {
        s.withUTF8Buffer { for c in $0 { letter(c) } }
        previous = vowel ? .vowel : .consonant
    }

    // MARK: Latin and the folds

    private mutating func letter(_ c: UInt8) {
        openWord()
        previous = isVowel(c) ? .vowel : .consonant
        let n = bytes.count
        if c == UInt8(ascii: "s") {
            // ts -> s, and tts too, so that a key keyed again stays the same.
            var m = n
            while m > wordStart && bytes[m - 1] == UInt8(ascii: "t") { m -= 1 }
            bytes.removeLast(n - m)
        } else if isVowel(c), c != UInt8(ascii: "i"), n - wordStart >= 2,
                  bytes[n - 1] == UInt8(ascii: "y"), isConsonant(bytes[n - 2]) {
            // sentyabr -> sentabr, obyekt -> obekt; after a vowel (noyabr, poyezd) the y is a sound of its own.
            bytes[n - 1] = c
            return
        }
        bytes.append(c)
    }

    private mutating func digit(_ scalar: Unicode.Scalar) {
        raw(scalar)
        previous = .boundary
    }

    private mutating func separator() {
        if !bytes.isEmpty { pendingSpace = true }
        previous = .boundary
    }

    private mutating func openWord() {
        guard pendingSpace else { return }
        bytes.append(0x20)
        wordStart = bytes.count
        pendingSpace = false
    }

    private mutating func raw(_ scalar: Unicode.Scalar) {
        openWord()
        bytes.append(contentsOf: UTF8.encode(scalar)!)
    }

    // MARK: Everything else

    private mutating func other(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < UInt32(FoldTable.entries.count) {
            let entry = FoldTable.entries[Int(v)]
            switch entry.kind {
            case .drop: return
            case .separator: separator()
            case .digit: digit(scalar)
            case .letter:
                for out in entry.scalars {
                    if out.value < 0x80 { letter(UInt8(out.value)) }
                    // ӓ, ӧ, ӱ and the like: the base letter has a Latin value.
                    else if (0x400..<0x530).contains(out.value), out.value != v { cyrillic(out.value) }
                    else { raw(out); previous = .consonant }
                }
            }
            return
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return
        case .decimalNumber, .letterNumber, .otherNumber: digit(scalar)
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            if properties.changesWhenLowercased {
                for out in properties.lowercaseMapping.unicodeScalars { raw(out) }
            } else {
                raw(scalar)
            }
            previous = .consonant
        default: separator()
        }
    }
}

@inline(__always)
private func isVowel(_ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
    default: return false
    }
}

@inline(__always)
private func isConsonant(_ c: UInt8) -> Bool {
    c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && !isVowel(c) && c != UInt8(ascii: "y")
}

/// Lower case without diacritics for the scalars below U+2000 outside Cyrillic (Latin with accents,
/// Greek, Arabic, Hebrew...), worked out once with Foundation so the hot path is an array lookup.
private enum FoldTable {
    enum Kind: UInt8 { case separator, drop, letter, digit }

    struct Entry {
        var kind: Kind
        var scalars: [Unicode.Scalar] = []
    }

    static let entries: [Entry] = (0..<0x2000).map { entry(for: UInt32($0)) }

    /// Letters that carry no canonical decomposition but that a reader takes for their base letter.
    private static let plain: [UInt32: String] = [
        0x131: "i", 0x142: "l", 0x141: "l", 0xF8: "o", 0xD8: "o", 0x111: "d", 0x110: "d", 0xD0: "d",
        0xF0: "d", 0x127: "h", 0x126: "h", 0xE6: "ae", 0xC6: "ae", 0x153: "oe", 0x152: "oe", 0xDF: "ss",
        0xFE: "th", 0xDE: "th",
    ]

    private static func entry(for v: UInt32) -> Entry {
        guard let scalar = Unicode.Scalar(v) else { return Entry(kind: .separator) }
        if v == 0x640 { return Entry(kind: .drop) }  // Arabic tatweel only stretches a word
        if let plain = plain[v] { return Entry(kind: .letter, scalars: Array(plain.unicodeScalars)) }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return Entry(kind: .drop)
        case .decimalNumber, .letterNumber, .otherNumber: return Entry(kind: .digit)
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            let folded = String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { !isMark($0) }
            return Entry(kind: .letter, scalars: Array(folded))
        default: return Entry(kind: .separator)
        }
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
