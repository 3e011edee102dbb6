import Foundation


/// Conversion between the two Uzbek scripts by the 1995 rules.
///
/// Both directions lose something the other script does not write, so a round trip is exact only for
/// text that avoids these: Latin `s` stands for both с and ц (sirk/цирк, konsert/концерт), `e` after a
/// consonant for both е and э, `oʻ` for both ў and ўъ (moʻjiza/мўъжиза), `ya/yu/yo` after a consonant for
/// both я and ья (kompyuter/компьютер). Latin to Cyrillic guesses where it must, and says how below.
public enum UzbekTransliteration {
    /// Uzbek Cyrillic -> official Uzbek Latin (oʻ gʻ with U+02BB, ʼ U+02BC for ъ), preserving case (Ш -> Sh, ШАҲАР -> SHAHAR).
    public static func cyrillicToLatin(_ text: String) -> String {
        let s = composedScalars(text)
        var out = UTF8Writer(capacity: text.utf8.count)
        var i = 0
        while i < s.count {
            let v = s[i].value
            guard Cyrillic.contains(v) else { out.append(v); i += 1; continue }
            if !isLetter(s, i - 1), let (length, latin) = exception(in: s, at: i, cyrillicExceptions) {
                appendCopyingCase(latin, from: s[i..<(i + length)], to: &out)
                i += length
                continue
            }
            let lower = Cyrillic.lower(v)
            guard let latin = latinValue(of: lower, in: s, at: i) else { out.append(v); i += 1; continue }
            // A digraph from a capital is all capitals inside a capitalised word: ШАҲАР -> SHAHAR, Шаҳар -> Shahar.
            let upper = lower != v
            let allCaps = upper && (isUpper(s, i + 1) || (!isLetter(s, i + 1) && isUpper(s, i - 1)))
            latin.withUTF8Buffer { bytes in
                for (k, byte) in bytes.enumerated() {
                    out.append(ascii: (allCaps || (upper && k == 0)) ? asciiUpper(byte) : byte)
                }
            }
            i += 1
        }
        return out.string
    }

    /// Uzbek Latin -> Uzbek Cyrillic (accept every apostrophe form; sh ch ng yo yu ya ye, e at word start -> э, ts -> ц), preserving case.
    ///
    /// `ts` becomes ц only where loanwords put it (at either end of a word, before e o u, in -tsiya, -tsion);
    /// elsewhere it is a stem and a suffix (ketsa, otsiz) and stays тс. `ye` after a consonant gets ъ
    /// (obyekt -> объект). Loanwords whose Cyrillic no rule can recover (stansiya -> станция,
    /// budjet -> бюджет) come from a table of stems matched at the start of a word, and a few soft-sign
    /// words (model -> модель) from a table of whole words. Months follow Uzbek, not Russian, spelling:
    /// сентябр, январ, with no soft sign. Tokens that Uzbek Cyrillic text keeps in Latin stay as they
    /// are: listed acronyms and currency codes (CSV, GDP, USD), two or more capitals mixed with digits
    /// (PM2.5, CO2) and Roman numerals (XXI asr).
    public static func latinToCyrillic(_ text: String) -> String {
        let s = composedScalars(text)
        var out = UTF8Writer(capacity: text.utf8.count * 2)
        var previous = LetterKind.none
        var i = 0
        func letterAt(_ j: Int) -> UInt8? { j < s.count ? asciiLowerLetter(s[j].value) : nil }
        func apostropheAt(_ j: Int) -> Bool { j < s.count && ScriptFolding.isApostrophe(s[j].value) }
        func emit(_ cyrillic: UInt32, upper: Bool) {
            out.append(upper ? Cyrillic.upper(cyrillic) : cyrillic)
        }

        while i < s.count {
            let v = s[i].value
            if ScriptFolding.isApostrophe(v) {
                if isLetter(s, i - 1), isLetter(s, i + 1) {
                    // s'h keeps с and ҳ apart from ш; any other apostrophe inside a word is the tutuq belgisi.
                    let isSH = asciiLowerLetter(s[i - 1].value) == UInt8(ascii: "s") && letterAt(i + 1) == UInt8(ascii: "h")
                    if !isSH { emit(0x44A, upper: isUpper(s, i - 1) && isUpper(s, i + 1)) }
                } else {
                    out.append(v)
                }
                i += 1
                continue
            }
            if isASCIIAlphanumeric(v), startsWord(s, i), let (length, kind) = wholeToken(s, at: i, to: &out) {
                previous = kind
                i += length
                continue
            }
            guard let c = asciiLowerLetter(v) else {
                out.append(v)
                previous = isLetter(s, i) ? .consonant : .none
                i += 1
                continue
            }
            let upper = v < 0x61
            let next = letterAt(i + 1)
            var used = 1
            var kind = LetterKind.consonant
            switch c {
            case UInt8(ascii: "o"):
                if apostropheAt(i + 1) { emit(0x45E, upper: upper); used = 2 } else { emit(0x43E, upper: upper) }
                kind = .vowel
            case UInt8(ascii: "g"):
                if apostropheAt(i + 1) { emit(0x493, upper: upper); used = 2 } else { emit(0x433, upper: upper) }
            case UInt8(ascii: "s"):
                if next == UInt8(ascii: "h") { emit(0x448, upper: upper); used = 2 } else { emit(0x441, upper: upper) }
            case UInt8(ascii: "c"):
                if next == UInt8(ascii: "h") { emit(0x447, upper: upper); used = 2 } else { emit(0x446, upper: upper) }
            case UInt8(ascii: "y"):
                let iotated: UInt32? = switch next {
                case UInt8(ascii: "o"): apostropheAt(i + 2) ? nil : 0x451  // yoʻl is й + ўл
                case UInt8(ascii: "u"): 0x44E
                case UInt8(ascii: "a"): 0x44F
                case UInt8(ascii: "e"): 0x435
                default: nil
                }
                if let iotated {
                    if iotated == 0x435 && previous == .consonant { emit(0x44A, upper: upper && isUpper(s, i + 1)) }
                    emit(iotated, upper: upper)
                    used = 2
                    kind = .vowel
                } else {
                    emit(0x439, upper: upper)
                }
            case UInt8(ascii: "e"):
                // е after a consonant reads e; at a word start or after a vowel it would read ye, so э.
                emit(previous == .consonant ? 0x435 : 0x44D, upper: upper)
                kind = .vowel
            case UInt8(ascii: "t"):
                if next == UInt8(ascii: "s"), tsIsTse(after: previous, then: letterAt(i + 2), letterAt(i + 3)) {
                    emit(0x446, upper: upper)
                    used = 2
                } else {
                    emit(0x442, upper: upper)
                }
            default:
                emit(latinToCyrillicLetter[Int(c - UInt8(ascii: "a"))], upper: upper)
                if isVowel(c) { kind = .vowel }
            }
            previous = kind
            i += used
        }
        return out.string
    }

    /// True when more than half of the letters are Cyrillic.
    public static func isMostlyCyrillic(_ text: String) -> Bool {
        var cyrillic = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if asciiLowerLetter(v) != nil { letters += 1; continue }
            if v < 0x80 || ScriptFolding.isApostrophe(v) { continue }
            guard scalar.properties.isAlphabetic else { continue }
            letters += 1
            if Cyrillic.contains(v) { cyrillic += 1 }
        }
        return cyrillic * 2 > letters
    }

    // MARK: Cyrillic to Latin

    private static func latinValue(of lower: UInt32, in s: [Unicode.Scalar], at i: Int) -> StaticString? {
        let previous = i > 0 ? letterKind(s[i - 1]) : .none
        let next = i + 1 < s.count ? Cyrillic.lower(s[i + 1].value) : 0
        switch lower {
        case 0x430: return "a"
        case 0x431: return "b"
        case 0x432: return "v"
        case 0x433: return "g"
        case 0x434: return "d"
        case 0x435: return previous == .consonant ? "e" : "ye"
        case 0x451: return "yo"
        case 0x436, 0x4B7: return "j"  // ж, Tajik ҷ
        case 0x437: return "z"
        case 0x438, 0x4E3: return "i"  // и, Tajik ӣ
        case 0x439: return "y"
        case 0x43A: return "k"
        case 0x43B: return "l"
        case 0x43C: return "m"
        case 0x43D: return "n"
        case 0x43E: return "o"
        case 0x43F: return "p"
        case 0x440: return "r"
        case 0x441: return next == 0x4B3 ? "s\u{2BC}" : "s"  // Исҳоқ -> Isʼhoq, not Ishoq
        case 0x442: return "t"
        case 0x443, 0x4EF: return "u"  // у, Tajik ӯ
        case 0x444: return "f"
        case 0x445: return "x"
        case 0x446: return previous == .vowel ? "ts" : "s"
        case 0x447: return "ch"
        case 0x448, 0x449: return "sh"
        case 0x44A:
            // The Russian separating sign, between a consonant and е ё ю я, is said by the y of the Latin
            // (obyekt); the Uzbek ъ after a vowel stays ʼ (meʼyor), except after ў, whose ʻ says it (moʻjiza).
            let separating = previous == .consonant && [0x435, 0x451, 0x44E, 0x44F].contains(next)
            let silent = separating || !isLetter(s, i + 1) || (i > 0 && Cyrillic.lower(s[i - 1].value) == 0x45E)
            return silent ? "" : "\u{2BC}"
        case 0x44B: return "i"
        case 0x44C: return next == 0x43E ? "y" : ""  // бульон -> bulyon
        case 0x44D: return "e"
        case 0x44E: return "yu"
        case 0x44F: return "ya"
        case 0x45E: return "o\u{2BB}"
        case 0x49B: return "q"
        case 0x493: return "g\u{2BB}"
        case 0x4B3: return "h"
        default: return nil
        }
    }

    private static func asciiUpper(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
    }

    // MARK: Latin to Cyrillic

    /// Cyrillic for the Latin letters that map one to one, a...z; the digraph letters are handled apart.
    private static let latinToCyrillicLetter: [UInt32] = [
        0x430, 0x431, 0x446, 0x434, 0x435, 0x444, 0x433, 0x4B3, 0x438, 0x436, 0x43A, 0x43B, 0x43C,  // a-m
        0x43D, 0x43E, 0x43F, 0x49B, 0x440, 0x441, 0x442, 0x443, 0x432, 0x432, 0x445, 0x439, 0x437,  // n-z
    ]

    /// Native ts is a stem's t before a suffix in -sa, -si- (ketsa, aytsin, otsiz); loanwords put ц at the
    /// edges of a word, before e, o, u (litsey) and in -tsiya, -tsion.
    private static func tsIsTse(after previous: LetterKind, then third: UInt8?, _ fourth: UInt8?) -> Bool {
        guard previous != .none, let third else { return true }
        switch third {
        case UInt8(ascii: "e"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        case UInt8(ascii: "i"):
            guard let fourth else { return false }
            return fourth == UInt8(ascii: "y") || isVowel(fourth)
        default: return false  // -sa, and t + sh
        }
    }

    // MARK: Exceptions

    /// Month names whose Latin drops the softening of the Cyrillic. Each pair has the same length, so
    /// case copies letter by letter.
    private static let cyrillicExceptions: [([UInt32], String)] = [
        (Array("сентябр".unicodeScalars.map(\.value)), "sentabr"),
        (Array("октябр".unicodeScalars.map(\.value)), "oktabr"),
    ]

    private static func exception(in s: [Unicode.Scalar], at i: Int, _ table: [([UInt32], String)]) -> (Int, String)? {
        for (pattern, replacement) in table where i + pattern.count <= s.count {
            var matches = true
            for (k, p) in pattern.enumerated() where lowered(s[i + k].value) != p { matches = false; break }
            if matches { return (pattern.count, replacement) }
        }
        return nil
    }

    private static func appendCopyingCase(_ replacement: String, from source: ArraySlice<Unicode.Scalar>,
                                          to out: inout UTF8Writer) {
        for (r, s) in zip(replacement.unicodeScalars, source) {
            let v = r.value
            if lowered(s.value) == s.value { out.append(v) }
            else { out.append(v < 0x80 ? UInt32(asciiUpper(UInt8(v))) : Cyrillic.upper(v)) }
        }
    }

    // MARK: Latin to Cyrillic, whole words

    /// Loanword stems whose Cyrillic the letter rules cannot recover: ц written s, ь and ъ dropped, ю
    /// written u, ўъ written oʻ. Matched at the start of a word, the longest first; the rest of the word
    /// follows the rules (stansiyalar -> станциялар). `'` stands for any apostrophe form. A stem must not
    /// end where a suffix could start a rule of its own (sertifikat + siya would lose the ц of -tsiya).
    /// Every entry starts with two letters, by which the entries are found.
    private static let loanwordStems: [(String, String)] = [
        // ц written s
        ("stansiya", "станция"), ("kvitansiya", "квитанция"), ("distans", "дистанц"), ("konferensiya", "конференция"),
        ("konsert", "концерт"), ("konsern", "концерн"), ("konsepsiya", "концепция"), ("konsessiya", "концессия"),
        ("konsentrat", "концентрат"), ("konsentratsiya", "концентрация"), ("sement", "цемент"), ("sentr", "центр"),
        ("prinsip", "принцип"), ("seftriakson", "цефтриаксон"), ("spetsifik", "специфик"), ("korrupsiya", "коррупция"),
        ("aksiya", "акция"), ("aksiz", "акциз"), ("reaksiya", "реакция"), ("fraksiya", "фракция"), ("seksiya", "секция"),
        ("direksiya", "дирекция"), ("inspeksiya", "инспекция"), ("infeksiya", "инфекция"), ("infeksion", "инфекцион"),
        ("kolleksiya", "коллекция"), ("produksiya", "продукция"), ("instruksiya", "инструкция"),
        ("konstruksiya", "конструкция"), ("rekonstruksiya", "реконструкция"), ("funksiya", "функция"),
        ("funksional", "функционал"),
        // ь and ъ dropped, ю written u
        ("budjet", "бюджет"), ("kompyuter", "компьютер"), ("premyer", "премьер"), ("inyeksiya", "инъекция"),
        ("medalyon", "медальон"), ("pavilyon", "павильон"), ("batalyon", "батальон"), ("bulyon", "бульон"),
        ("film", "фильм"), ("albom", "альбом"), ("fakultet", "факультет"), ("polsh", "польш"),
        // Months: Uzbek drops the ь but keeps the я that Latin writes a.
        ("sentabr", "сентябр"), ("oktabr", "октябр"),
        // ўъ written oʻ
        ("mo'jiza", "мўъжиза"), ("mo'tabar", "мўътабар"), ("mo'tadil", "мўътадил"),
    ]

    /// Words with a soft sign at the end, which a suffix would move or drop: only the bare form is listed.
    private static let wholeWords: [(String, String)] = [
        ("avtomobil", "автомобиль"), ("mebel", "мебель"), ("dizel", "дизель"), ("model", "модель"),
        ("neft", "нефть"), ("portfel", "портфель"),
    ]

    /// Latin tokens that Uzbek Cyrillic text keeps in Latin: formats and standards, units and date
    /// patterns, currency codes (ISO 4217). Matched only when written in capitals.
    private static let keptAcronyms: [String] = [
        "CSV", "JSON", "XML", "XLS", "XLSX", "PDF", "HTML", "HTTP", "HTTPS", "URL", "API", "SQL", "KML", "RDF",
        "GPS", "ISO", "UTC", "GMT", "WGS", "GDP", "PM", "ID", "IT", "C", "YYYY", "MM", "DD",
        "USD", "EUR", "RUB", "CNY", "KZT", "KGS", "TJS", "AZN", "GBP", "JPY", "CHF", "KRW", "TRY", "INR", "UZS",
    ]

    private struct Stem: Sendable {
        /// Lower-case ASCII; 0x27 stands for any apostrophe.
        let latin: [UInt8]
        let cyrillic: [UInt32]
        /// What the last Latin letter was, for the rules that go on after the stem.
        let last: LetterKind
        /// Matches only the whole word.
        let whole: Bool
    }

    /// The stems and whole words by their first two letters (a-z, 26 * first + second), longest first:
    /// most words find theirs empty.
    private static let stemsByInitials: [[Stem]] = {
        var buckets = [[Stem]](repeating: [], count: 26 * 26)
        for (table, whole) in [(loanwordStems, false), (wholeWords, true)] {
            for (latin, cyrillic) in table {
                let bytes = Array(latin.utf8)
                let lastLetter = bytes.last { $0 != UInt8(ascii: "'") }!
                let stem = Stem(latin: bytes, cyrillic: cyrillic.unicodeScalars.map(\.value),
                                last: isVowel(lastLetter) ? .vowel : .consonant, whole: whole)
                buckets[26 * Int(bytes[0] - UInt8(ascii: "a")) + Int(bytes[1] - UInt8(ascii: "a"))].append(stem)
            }
        }
        return buckets.map { $0.sorted { $0.latin.count > $1.latin.count } }
    }()

    private static let keptAcronymKeys: Set<UInt64> = Set(keptAcronyms.map {
        let scalars = Array($0.unicodeScalars)
        return packedLetters(scalars, 0..<scalars.count)!
    })

    /// Up to 12 ASCII letters, case folded, as one number (5 bits a letter, none of them 0).
    private static func packedLetters(_ s: [Unicode.Scalar], _ range: Range<Int>) -> UInt64? {
        guard range.count <= 12 else { return nil }
        var key: UInt64 = 0
        for k in range {
            guard let c = asciiLowerLetter(s[k].value) else { return nil }
            key = key << 5 | UInt64(c - 0x60)
        }
        return key
    }

    /// Whether a word of ASCII letters and digits starts at `i`: nothing before it that belongs to a word.
    private static func startsWord(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let p = s[i - 1].value
        if isASCIIAlphanumeric(p) { return false }
        if ScriptFolding.isApostrophe(p) { return !isLetter(s, i - 2) }
        return !isLetter(s, i - 1)
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ v: UInt32) -> Bool {
        (v >= 0x30 && v <= 0x39) || asciiLowerLetter(v) != nil
    }

    /// The word-level rules, at the start `i` of a word: writes what they give and returns how many
    /// scalars it covers and what kind of letter ended them, or nil when the letter rules take the word.
    private static func wholeToken(_ s: [Unicode.Scalar], at i: Int, to out: inout UTF8Writer) -> (Int, LetterKind)? {
        let v = s[i].value
        // A word in lower case can only be a loanword, and the loanword tables need no look at its end.
        if v >= 0x61 && v <= 0x7A { return loanword(s, at: i, initial: Int(v - 0x61), to: &out) }

        // The token: ASCII letters and digits, and apostrophes between letters.
        var end = i
        var letters = 0, capitals = 0, digits = 0, apostrophes = 0
        while end < s.count {
            let v = s[end].value
            if v >= 0x30 && v <= 0x39 {
                digits += 1
            } else if v >= 0x41 && v <= 0x5A {
                letters += 1; capitals += 1
            } else if v >= 0x61 && v <= 0x7A {
                letters += 1
            } else if ScriptFolding.isApostrophe(v), end > i, asciiLowerLetter(s[end - 1].value) != nil,
                      end + 1 < s.count, asciiLowerLetter(s[end + 1].value) != nil {
                apostrophes += 1
            } else {
                break
            }
            end += 1
        }
        guard letters > 0 else { return nil }
        let range = i..<end
        if digits > 0 {
            // PM2, CO2, MP3 stay as they are; 2023yil, km2 and the one letter of a house or class
            // number (12A, 5B) are read letter by letter.
            guard capitals == letters, letters > 1 else { return nil }
            for k in range { out.append(s[k].value) }
            return (range.count, .none)
        }
        if capitals == letters, apostrophes == 0,
           isRomanNumeral(s, range) || packedLetters(s, range).map(keptAcronymKeys.contains) == true {
            for k in range { out.append(s[k].value) }
            return (range.count, .none)
        }
        return loanword(s, at: i, initial: Int(v - 0x41), to: &out)
    }

    /// The longest loanword stem, or whole word, that the word at `i` starts with, written in its case.
    private static func loanword(_ s: [Unicode.Scalar], at i: Int, initial: Int,
                                 to out: inout UTF8Writer) -> (Int, LetterKind)? {
        guard i + 1 < s.count, let second = asciiLowerLetter(s[i + 1].value) else { return nil }
        stems: for stem in stemsByInitials[26 * initial + Int(second - UInt8(ascii: "a"))] where i + stem.latin.count <= s.count {
            for k in 2..<stem.latin.count {
                let p = stem.latin[k]
                let v = s[i + k].value
                let same = p == UInt8(ascii: "'") ? ScriptFolding.isApostrophe(v) : asciiLowerLetter(v) == p
                if !same { continue stems }
            }
            let end = i + stem.latin.count
            if stem.whole, end < s.count {
                let next = s[end].value
                if isASCIIAlphanumeric(next) || isLetter(s, end) || (ScriptFolding.isApostrophe(next) && isLetter(s, end + 1)) {
                    continue
                }
            }
            appendInCase(of: s, i..<end, stem.cyrillic, to: &out)
            return (stem.latin.count, stem.last)
        }
        return nil
    }

    /// A Roman numeral up to 399 in canonical form (C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})), the kind
    /// that numbers centuries, chapters and quarters. Of the single letters only I, V and X count, and
    /// not before a full stop, where they are far more often initials (I. Karimov -> И. Каримов).
    private static func isRomanNumeral(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let (c, l, x, v, i): (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x43, 0x4C, 0x58, 0x56, 0x49)
        func at(_ k: Int) -> UInt32 { k < s.count && k < range.upperBound ? s[k].value : 0 }
        if range.count == 1 {
            let letter = s[range.lowerBound].value
            return (letter == i || letter == v || letter == x) && !(range.upperBound < s.count && s[range.upperBound] == ".")
        }
        var k = range.lowerBound
        func run(_ letter: UInt32) { var n = 0; while n < 3, at(k) == letter { k += 1; n += 1 } }
        run(c)
        if at(k) == x, at(k + 1) == c || at(k + 1) == l { k += 2 } else { if at(k) == l { k += 1 }; run(x) }
        if at(k) == i, at(k + 1) == x || at(k + 1) == v { k += 2 } else { if at(k) == v { k += 1 }; run(i) }
        return k == range.upperBound
    }

    /// Writes `cyrillic` in the case of the Latin it stands for, whatever the two lengths: all capitals
    /// (STANSIYA -> СТАНЦИЯ), a capital first (Stansiya -> Станция), or lower case.
    private static func appendInCase(of s: [Unicode.Scalar], _ range: Range<Int>, _ cyrillic: [UInt32],
                                     to out: inout UTF8Writer) {
        var letters = 0, capitals = 0
        for k in range {
            let v = s[k].value
            if v >= 0x41 && v <= 0x5A { letters += 1; capitals += 1 } else if v >= 0x61 && v <= 0x7A { letters += 1 }
        }
        let allCaps = letters > 1 && capitals == letters
        let firstCapital = isUpper(s, range.lowerBound)
        for (k, c) in cyrillic.enumerated() {
            out.append(allCaps || (firstCapital && k == 0) ? Cyrillic.upper(c) : c)
        }
    }

    // MARK: Letters

    private enum LetterKind: Sendable { case none, vowel, consonant, sign }

    private static func letterKind(_ scalar: Unicode.Scalar) -> LetterKind {
        let v = scalar.value
        if let c = asciiLowerLetter(v) { return isVowel(c) ? .vowel : .consonant }
        if ScriptFolding.isApostrophe(v) { return .sign }
        if Cyrillic.contains(v) {
            switch Cyrillic.lower(v) {
            case 0x44A, 0x44C: return .sign
            case 0x430, 0x435, 0x451, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F, 0x45E, 0x4E3, 0x4EF: return .vowel
            default: return Cyrillic.isLetter(v) ? .consonant : .none
            }
        }
        return scalar.properties.isAlphabetic ? .consonant : .none
    }

    private static func isLetter(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let v = s[i].value
        if v < 0x80 { return asciiLowerLetter(v) != nil }
        if Cyrillic.contains(v) { return Cyrillic.isLetter(v) }
        return !ScriptFolding.isApostrophe(v) && s[i].properties.isAlphabetic
    }

    private static func isUpper(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let v = s[i].value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if Cyrillic.contains(v) { return Cyrillic.lower(v) != v }
        return s[i].properties.isUppercase
    }

    private static func lowered(_ v: UInt32) -> UInt32 {
        if v >= 0x41 && v <= 0x5A { return v | 0x20 }
        return Cyrillic.contains(v) ? Cyrillic.lower(v) : v
    }

    private static func asciiLowerLetter(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x61...0x7A: return UInt8(v)
        case 0x41...0x5A: return UInt8(v) | 0x20
        default: return nil
        }
    }

    private static func isVowel(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        default: return false
        }
    }

    private static func composedScalars(_ text: String) -> [Unicode.Scalar] {
        // A decomposed й, ў or ё would otherwise be read as a base letter and a stray mark.
        let composed = text.utf8.contains { $0 == 0xCC || $0 == 0xCD } ? text.precomposedStringWithCanonicalMapping : text
        return Array(composed.unicodeScalars)
    }

    /// Case mapping of the Cyrillic block (U+0400-U+052F) without going through String.
    enum Cyrillic {
        @inline(__always)
        static func contains(_ v: UInt32) -> Bool { v >= 0x400 && v < 0x530 }

        /// Every scalar of the block is a letter but the thousands sign and the combining marks.
        @inline(__always)
        static func isLetter(_ v: UInt32) -> Bool { contains(v) && !(0x482...0x489).contains(v) }

        static func lower(_ v: UInt32) -> UInt32 {
            switch v {
            case 0x410...0x42F: return v + 0x20
            case 0x400...0x40F: return v + 0x50
            case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x52F: return v | 1
            case 0x4C0: return 0x4CF
            case 0x4C1...0x4CE: return v & 1 == 1 ? v + 1 : v
            default: return v
            }
        }

        static func upper(_ v: UInt32) -> UInt32 {
            switch v {
            case 0x430...0x44F: return v - 0x20
            case 0x450...0x45F: return v - 0x50
            case 0x460...0x481, 0x48A...0x4BF, 0x4D0...0x52F: return v & ~1
            case 0x4CF: return 0x4C0
            case 0x4C1...0x4CE: return v & 1 == 0 ? v - 1 : v
            default: return v
            }
        }
    }

    /// Output as UTF-8 bytes: appending scalars to a String one by one costs several times more.
    private struct UTF8Writer {
        private var bytes: [UInt8] = []

        init(capacity: Int) { bytes.reserveCapacity(capacity) }

        var string: String { String(decoding: bytes, as: UTF8.self) }

        mutating func append(ascii byte: UInt8) { bytes.append(byte) }

        mutating func append(_ v: UInt32) {
            switch v {
            case ..<0x80:
                bytes.append(UInt8(v))
            case ..<0x800:
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            case ..<0x10000:
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | v & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
    }
}
