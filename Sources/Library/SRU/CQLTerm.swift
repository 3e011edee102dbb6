/// The search term of a clause, as the client wrote it.
///
/// CQL gives three characters a meaning inside a term: `*` (any number of characters), `?` (exactly
/// one character) and `^` (anchoring at the start or end of the field). A backslash takes the next
/// character literally: `\*` is an asterisk, `\"` a quote, `\\` a backslash. The term therefore keeps
/// the text as written, escapes and all, so that a literal asterisk stays apart from a mask until the
/// search layer decides what to do with it; `parts` and `unmaskedText` read it.
public struct CQLTerm: Sendable, Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The term as written, without the surrounding quotes, with its backslash escapes.
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// A term that matches `literal` exactly: every backslash, quote and special character escaped.
    public init(literal: String) {
        var escaped = ""
        for scalar in literal.unicodeScalars {
            if scalar == "\\" || scalar == "\"" || scalar == "*" || scalar == "?" || scalar == "^" {
                escaped.unicodeScalars.append("\\")
            }
            escaped.unicodeScalars.append(scalar)
        }
        self.init(escaped)
    }

    /// One piece of a term, in order: literal text (escapes resolved) or a special character.
    public enum Part: Sendable, Equatable {
        case literal(String)
        /// `*`: zero or more characters.
        case anyCharacters
        /// `?`: exactly one character.
        case oneCharacter
        /// `^`: the start or the end of the field, depending on where it stands.
        case anchor
    }

    /// The term split into literal text and special characters: `"ab*c\?"` gives
    /// `[.literal("ab"), .anyCharacters, .literal("c?")]`.
    public var parts: [Part] {
        var parts: [Part] = []
        var literal = ""
        forEachElement { scalar, isSpecial in
            guard isSpecial else {
                literal.unicodeScalars.append(scalar)
                return
            }
            if !literal.isEmpty {
                parts.append(.literal(literal))
                literal = ""
            }
            switch scalar {
            case "*": parts.append(.anyCharacters)
            case "?": parts.append(.oneCharacter)
            default: parts.append(.anchor)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// Whether the term holds an unescaped `*` or `?`.
    public var hasMasking: Bool {
        var found = false
        forEachElement { scalar, isSpecial in
            if isSpecial && (scalar == "*" || scalar == "?") { found = true }
        }
        return found
    }

    /// Whether the term holds an unescaped `^`.
    public var hasAnchoring: Bool {
        var found = false
        forEachElement { scalar, isSpecial in
            if isSpecial && scalar == "^" { found = true }
        }
        return found
    }

    /// The text with escapes resolved and `*`, `?`, `^` taken as themselves: what to search for when
    /// the relation says `cql.unmasked`, or when the term has no special characters at all.
    public var unmaskedText: String {
        var result = ""
        forEachElement { scalar, _ in result.unicodeScalars.append(scalar) }
        return result
    }

    public var isEmpty: Bool { text.isEmpty }

    public var description: String { text }

    /// Walks the term once, resolving backslash escapes. A backslash at the very end has nothing to
    /// escape and stands for itself.
    private func forEachElement(_ body: (Unicode.Scalar, _ isSpecial: Bool) -> Void) {
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                body(scalar, false)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                body(scalar, scalar == "*" || scalar == "?" || scalar == "^")
            }
        }
        if escaping { body("\\", false) }
    }
}
