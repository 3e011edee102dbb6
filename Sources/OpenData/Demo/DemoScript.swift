// Script helpers for the demo texts, which are written once in Uzbek Latin and derived from there:
// Uzbek Cyrillic by the 1995 orthography, a Russian rendering of Uzbek proper names, and URL slugs.
// The rules cover the vocabulary of this folder; they are not a general transliterator.
// Works on Unicode scalars throughout: the catalogue transliterates a few hundred kilobytes per run.

import Foundation
enum DemoScript {
    nonisolated(unsafe) static var recorded = Set<String>()
    static let recordLock = NSLock()
    /// Uzbek Latin to Uzbek Cyrillic.
    static func cyrillic(_ latin: String) -> String {
        recordLock.lock(); recorded.insert(latin); recordLock.unlock()
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(24)
        for scalar in latin.unicodeScalars {
            if isWordScalar(scalar) {
                word.append(scalar)
                continue
            }
            if !word.isEmpty {
                cyrillicWord(word, into: &out)
                word.removeAll(keepingCapacity: true)
            }
            switch scalar {
            case "“": out.append("«")
            case "”": out.append("»")
            default: out.append(scalar)
            }
        }
        if !word.isEmpty { cyrillicWord(word, into: &out) }
        return String(out)
    }

    /// An Uzbek name in Cyrillic as Russian texts spell it: ў қ ғ ҳ become у к г х.
    static func russian(_ latin: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in cyrillic(latin).unicodeScalars {
            switch scalar {
            case "ў": out.append("у")
            case "Ў": out.append("У")
            case "қ": out.append("к")
            case "Қ": out.append("К")
            case "ғ": out.append("г")
            case "Ғ": out.append("Г")
            case "ҳ": out.append("х")
            case "Ҳ": out.append("Х")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// An ASCII slug of Uzbek Latin text: lower case, apostrophes dropped, other marks turned into "-".
    static func slug(_ latin: String, limit: Int = 100) -> String {
        var out = ""
        var dash = false
        for scalar in latin.unicodeScalars {
            switch scalar {
            case "ʻ", "ʼ", "'", "‘", "’": continue
            case "a"..."z", "0"..."9":
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(scalar)
            case "A"..."Z":
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            default:
                dash = true
            }
        }
        if out.count > limit {
            var cut = String(out.prefix(limit))
            if let last = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: last) > limit / 2 {
                cut = String(cut[..<last])
            }
            out = cut
        }
        return out
    }

    // MARK: - Word level

    private static let modifierTurned: Unicode.Scalar = "ʻ" // U+02BB, in oʻ and gʻ
    private static let modifierApostrophe: Unicode.Scalar = "ʼ" // U+02BC, the tutuq belgisi

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", "ʻ", "ʼ": return true
        default: return false
        }
    }

    private static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    private static func isLatinLetter(_ s: Unicode.Scalar) -> Bool { isUpper(s) || (s.value >= 0x61 && s.value <= 0x7A) }
    private static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar { isUpper(s) ? Unicode.Scalar(s.value + 32)! : s }

    /// Latin-script tokens that stay as they are in Cyrillic text.
    private static let keptTokens: Set<String> = [
        "CSV", "JSON", "XML", "ID", "GPS", "IT", "ISO", "UTC", "API", "WGS", "USD", "EUR", "RUB", "CNY",
        "KZT", "GBP", "JPY", "CHF", "KRW", "TRY", "PM", "GDP", "I", "II", "III", "IV", "YYYY", "MM", "DD", "C",
    ]

    /// Loanwords whose Cyrillic spelling the letter rules cannot recover (ц written s, ь and ъ dropped,
    /// ю written u). Matched on the start of a lower-cased word, first match wins (longer stems first);
    /// the rest of the word follows the rules.
    private static let stems: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("budjet", "бюджет"), ("obyekt", "объект"), ("subyekt", "субъект"), ("stansiya", "станция"),
        ("inspeksiya", "инспекция"), ("korrupsiya", "коррупция"), ("aksiya", "акция"), ("sement", "цемент"),
        ("konsert", "концерт"), ("kompyuter", "компьютер"), ("direksiya", "дирекция"), ("funksiya", "функция"),
        ("yanvar", "январь"), ("fevral", "февраль"), ("aprel", "апрель"), ("iyun", "июнь"), ("iyul", "июль"),
        ("sentabr", "сентябрь"), ("oktabr", "октябрь"), ("noyabr", "ноябрь"), ("dekabr", "декабрь"),
        ("distansion", "дистанцион"), ("konsentratsiya", "концентрация"), ("konsentrat", "концентрат"), ("infeksiya", "инфекция"),
        ("funksional", "функционал"), ("sertifikat", "сертификат"),
        ("litsenziya", "лицензия"), ("prinsip", "принцип"), ("seftriakson", "цефтриаксон"), ("yevro", "евро"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Indices into `stems` by first letter, so that most words are checked against none.
    private static let stemsByInitial: [Unicode.Scalar: [Int]] = {
        var index: [Unicode.Scalar: [Int]] = [:]
        for (i, stem) in stems.enumerated() { index[stem.0[0], default: []].append(i) }
        return index
    }()

    /// Whole words with a soft sign that suffixes would move; only the bare form is used here.
    private static let words: [String: String] = [
        "avtomobil": "автомобиль", "film": "фильм", "mebel": "мебель", "dizel": "дизель", "model": "модель",
        "polsha": "польша", "pushkin": "пушкин", "neft": "нефть",
    ]

    private static let wordInitials: Set<Unicode.Scalar> = Set(words.keys.compactMap { $0.unicodeScalars.first })

    private static func appendUpper(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        // Cyrillic capitals: а-я are 0x430-0x44F (capitals 0x410-0x42F); ё is 0x451 (0x401); ў қ ғ ҳ have
        // their capital one below.
        let v = s.value
        switch v {
        case 0x430...0x44F: out.append(Unicode.Scalar(v - 0x20)!)
        case 0x450...0x45F: out.append(Unicode.Scalar(v - 0x50)!)
        case 0x49B, 0x493, 0x4B3, 0x45E: out.append(Unicode.Scalar(v == 0x45E ? 0x40E : v - 1)!)
        default: out.append(s)
        }
    }

    private static func cyrillicWord(_ word: [Unicode.Scalar], into out: inout String.UnicodeScalarView) {
        let n = word.count
        var digits = false, letters = false, allUpper = true
        var lowered = [Unicode.Scalar]()
        lowered.reserveCapacity(n)
        for i in 0..<n {
            let c = word[i]
            if isDigit(c) { digits = true } else if isLatinLetter(c) { letters = true }
            if !isUpper(c) { allUpper = false }
            lowered.append(lower(c))
        }
        if digits && letters {
            out.append(contentsOf: word)
            return
        }
        if allUpper {
            if keptTokens.contains(String(String.UnicodeScalarView(word))) {
                out.append(contentsOf: word)
                return
            }
        }
        let capital = isUpper(word[0])
        if n <= 9, wordInitials.contains(lowered[0]), let whole = words[String(String.UnicodeScalarView(lowered))] {
            var i = 0
            for c in whole.unicodeScalars {
                if capital && i == 0 { appendUpper(c, to: &out) } else { out.append(c) }
                i += 1
            }
            return
        }
        for index in stemsByInitial[lowered[0]] ?? [] {
            let (stem, cyr) = stems[index]
            guard n >= stem.count else { continue }
            var same = true
            for k in 1..<stem.count where lowered[k] != stem[k] {
                same = false
                break
            }
            guard same else { continue }
            let allCaps = n > 1 && allUpper
            for k in 0..<cyr.count {
                if allCaps || (capital && k == 0) { appendUpper(cyr[k], to: &out) } else { out.append(cyr[k]) }
            }
            self.letters(word, lowered, from: stem.count, into: &out)
            return
        }
        self.letters(word, lowered, from: 0, into: &out)
    }

    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "e", "i", "o", "u": return true
        default: return false
        }
    }

    private static let single: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж", "k": "к", "l": "л",
        "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
        "x": "х", "z": "з", "c": "к", "w": "в",
    ]

    /// The letter rules, from index `start` of the word (letters before it are context only).
    private static func letters(_ w: [Unicode.Scalar], _ lw: [Unicode.Scalar], from start: Int, into out: inout String.UnicodeScalarView) {
        func emit(_ c: Unicode.Scalar, _ upper: Bool) {
            if upper { appendUpper(c, to: &out) } else { out.append(c) }
        }
        let n = w.count
        var i = start
        while i < n {
            let c = w[i]
            let l = lw[i]
            let upper = isUpper(c)
            let n1: Unicode.Scalar? = i + 1 < n ? lw[i + 1] : nil
            let n2: Unicode.Scalar? = i + 2 < n ? lw[i + 2] : nil
            switch l {
            case modifierApostrophe:
                out.append("ъ"); i += 1
            case modifierTurned:
                i += 1 // stray; it belongs to o or g
            case "o" where n1 == modifierTurned:
                emit("ў", upper); i += 2
            case "g" where n1 == modifierTurned:
                emit("ғ", upper); i += 2
            case "s" where n1 == "h":
                emit("ш", upper); i += 2
            case "c" where n1 == "h":
                emit("ч", upper); i += 2
            case "t" where n1 == "s" && (n2 == "i" || n2 == "e"):
                emit("ц", upper); i += 2
            case "y" where n1 == "o" && n2 != modifierTurned:
                emit("ё", upper); i += 2
            case "y" where n1 == "u":
                emit("ю", upper); i += 2
            case "y" where n1 == "a":
                emit("я", upper); i += 2
            case "y" where n1 == "e":
                emit("е", upper); i += 2
            case "y":
                emit("й", upper); i += 1
            case "e":
                // э at the start of a word and after a vowel, е elsewhere.
                var afterVowel = i == 0
                if i > 0 {
                    let p = lw[i - 1]
                    afterVowel = p == modifierTurned ? (i > 1 && lw[i - 2] == "o") : isVowel(p)
                }
                emit(afterVowel ? "э" : "е", upper); i += 1
            default:
                if let m = single[l] { emit(m, upper) } else { out.append(c) }
                i += 1
            }
        }
    }
}
