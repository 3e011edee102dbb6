import Foundation
import ManbaCore

/// What a reader asked for, to be sent to foreign catalogues as CQL: words to find anywhere, in the
/// title or in the author, all of them required.
///
/// Each target gets its own CQL (`cql(for:)`), with its index names. Every word becomes one clause
/// `index = word`, the clauses joined by `and`: the one form every SRU server reads the same way
/// (`all` and `any` differ between servers, and `=` with several words means a phrase to some of them).
/// With `searchBothScripts`, a word gets its other Uzbek script, and its oʻ/gʻ written with U+02BB, as
/// alternatives: `(dc.title = rasadxonasi or dc.title = расадхонаси)`.
public struct FederatedQuery: Sendable, Hashable {
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case any
        case title
        case author
    }

    public var any: String
    public var title: String
    public var author: String

    /// Words beyond these are not sent: a reader's query is short, and a pasted paragraph would be a
    /// query no server answers quickly.
    public static let maximumWords = 8

    public init(any: String = "", title: String = "", author: String = "") {
        self.any = any
        self.title = title
        self.author = author
    }

    /// The search box of the OPAC: words to find anywhere.
    public init(_ text: String) {
        self.init(any: text)
    }

    public var isEmpty: Bool { Field.allCases.allSatisfy { Self.words(in: text(of: $0)).isEmpty } }

    public func text(of field: Field) -> String {
        switch field {
        case .any: return any
        case .title: return title
        case .author: return author
        }
    }

    /// The CQL sent to `target`, or nil when there is nothing to search for.
    public func cql(for target: FederatedTarget) -> String? {
        var clauses: [String] = []
        for field in Field.allCases {
            let index = target.indexes.index(for: field).trimmingCharacters(in: .whitespaces)
            for word in Self.words(in: text(of: field)) {
                guard clauses.count < Self.maximumWords else { break }
                let variants = target.searchBothScripts ? Self.scriptVariants(of: word) : [word]
                let terms = variants.map { Self.clause(index: index, word: $0) }
                clauses.append(terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " or ") + ")")
            }
        }
        return clauses.isEmpty ? nil : clauses.joined(separator: " and ")
    }

    /// `index = "word"`, the word taken literally except for a final `*` (right truncation, which
    /// readers type and Zebra understands).
    static func clause(index: String, word: String) -> String {
        var literal = Substring(word)
        var truncated = false
        if literal.count > 1, literal.hasSuffix("*") {
            literal = literal.dropLast()
            while literal.hasSuffix("*") { literal = literal.dropLast() }
            truncated = !literal.isEmpty
        }
        var term = CQLTerm(literal: String(literal)).text
        if truncated { term += "*" }
        let printed = CQLPrinting.string(term)
        return index.isEmpty ? printed : "\(CQLPrinting.string(index)) = \(printed)"
    }

    /// The words of a reader's text: split at white space, quotes and brackets, without the punctuation
    /// around them (an apostrophe inside a word stays: oʻquv, Ulug'bek). At most `maximumWords`.
    static func words(in text: String) -> [String] {
        let separators = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"()[]{}<>«»„“”"))
        let edges = CharacterSet.punctuationCharacters.union(.symbols).subtracting(CharacterSet(charactersIn: "*"))
            .union(CharacterSet(charactersIn: "=/"))
        var result: [String] = []
        for piece in text.components(separatedBy: separators) {
            var word = piece.trimmingCharacters(in: edges)
            // A trailing "*" survives the trim above; punctuation before it does not matter to servers.
            while word.hasPrefix("*") { word.removeFirst() }
            guard word.unicodeScalars.contains(where: { CharacterSet.alphanumerics.contains($0) }) else { continue }
            result.append(word)
            if result.count == maximumWords { break }
        }
        return result
    }

    /// The word as typed; in Uzbek Latin also with oʻ/gʻ (and the tutuq belgisi) written as the official
    /// Latin writes them, U+02BB and U+02BC, which is how catalogues store them and what Zebra keeps
    /// inside a word (an ASCII apostrophe splits it); and in the other Uzbek script. A word that mixes
    /// scripts, or has no letters, is sent as it is.
    public static func scriptVariants(of word: String) -> [String] {
        var hasLatin = false, hasCyrillic = false
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: hasLatin = true
            case 0x400...0x52F: hasCyrillic = true
            default: break
            }
        }
        var variants = [word]
        func add(_ variant: String) {
            if !variant.isEmpty, !variants.contains(variant) { variants.append(variant) }
        }
        if hasLatin && !hasCyrillic {
            add(normalisingApostrophes(word))
            add(UzbekTransliteration.latinToCyrillic(word))
        } else if hasCyrillic && !hasLatin {
            add(UzbekTransliteration.cyrillicToLatin(word))
        }
        return variants
    }

    /// oʻ and gʻ with U+02BB whatever apostrophe was typed after o or g; any other apostrophe between
    /// letters (maʼno, sanʼat) as U+02BC.
    static func normalisingApostrophes(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            guard apostrophes.contains(scalar.value), i > 0, i + 1 < scalars.count || isOG(scalars[i - 1]) else {
                result.append(scalar)
                continue
            }
            if isOG(scalars[i - 1]) {
                result.append("\u{02BB}")
            } else if scalars[i - 1].properties.isAlphabetic, scalars[i + 1].properties.isAlphabetic {
                result.append("\u{02BC}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static let apostrophes: Set<UInt32> = [0x27, 0x60, 0xB4, 0x2BB, 0x2BC, 0x2BD, 0x2018, 0x2019, 0x2032]

    private static func isOG(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "o" || scalar == "O" || scalar == "g" || scalar == "G"
    }
}
