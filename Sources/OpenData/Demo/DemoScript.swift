// Script helpers for the demo texts, which are written once in Uzbek Latin and derived from there:
// Uzbek Cyrillic (by ManbaCore's transliterator), a Russian rendering of Uzbek proper names, and URL slugs.
// Works on Unicode scalars throughout: the catalogue transliterates a few hundred kilobytes per run.

import ManbaCore

enum DemoScript {
    /// Uzbek Latin to Uzbek Cyrillic, with the “…” quotes of the Latin texts turned into «…».
    static func cyrillic(_ latin: String) -> String {
        let cyrillic = UzbekTransliteration.latinToCyrillic(latin)
        // “ and ” are E2 80 9C and E2 80 9D in UTF-8: without an E2 byte in the Latin there is neither.
        guard latin.utf8.contains(0xE2) else { return cyrillic }
        var out = String.UnicodeScalarView()
        for scalar in cyrillic.unicodeScalars {
            switch scalar {
            case "“": out.append("«")
            case "”": out.append("»")
            default: out.append(scalar)
            }
        }
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
}
