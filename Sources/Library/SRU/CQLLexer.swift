/// A token of CQL. Offsets count Unicode scalars from 0; diagnostics report them.
struct CQLToken: Equatable {
    enum Kind: Equatable {
        /// An unquoted string: an index, a term, a relation or modifier name, or a keyword
        /// (`and`, `or`, `not`, `prox`, `sortBy`: keywords only when unquoted).
        case word(String)
        /// A string written between double quotes: the text inside, backslash escapes kept.
        case quoted(String)
        /// `=` `==` `<>` `<` `>` `<=` `>=`
        case comparison(String)
        case slash
        case openParenthesis
        case closeParenthesis
        case end
    }

    let kind: Kind
    let offset: Int

    /// The text of a word or a quoted string.
    var string: String? {
        switch kind {
        case .word(let text), .quoted(let text): return text
        default: return nil
        }
    }

    /// The word in lower case, to compare with keywords; nil for anything else (a quoted "and" is a term).
    var keyword: String? {
        if case .word(let text) = kind { return text.lowercased() }
        return nil
    }

    var isComparison: Bool {
        if case .comparison = kind { return true }
        return false
    }

    /// How the token reads in an error message.
    var quotedForMessage: String {
        switch kind {
        case .word(let text): return "'\(text)'"
        case .quoted(let text): return "\"\(text)\""
        case .comparison(let symbol): return "'\(symbol)'"
        case .slash: return "'/'"
        case .openParenthesis: return "'('"
        case .closeParenthesis: return "')'"
        case .end: return "the end of the query"
        }
    }
}

/// Splits a CQL query into tokens, following the CQL 1.2 grammar: an unquoted string runs until
/// whitespace or one of `( ) = < > " /`; a quoted string runs to the next double quote that no
/// backslash escapes.
enum CQLLexer {
    static func tokens(of scalars: [Unicode.Scalar]) throws(SRUDiagnostic) -> [CQLToken] {
        var tokens: [CQLToken] = []
        var position = 0
        while true {
            while position < scalars.count && scalars[position].properties.isWhitespace { position += 1 }
            guard position < scalars.count else {
                tokens.append(CQLToken(kind: .end, offset: position))
                return tokens
            }
            let start = position
            let scalar = scalars[position]
            let next: Unicode.Scalar? = position + 1 < scalars.count ? scalars[position + 1] : nil
            switch scalar {
            case "(":
                tokens.append(CQLToken(kind: .openParenthesis, offset: start))
                position += 1
            case ")":
                tokens.append(CQLToken(kind: .closeParenthesis, offset: start))
                position += 1
            case "/":
                tokens.append(CQLToken(kind: .slash, offset: start))
                position += 1
            case "=":
                let symbol = next == "=" ? "==" : "="
                tokens.append(CQLToken(kind: .comparison(symbol), offset: start))
                position += symbol.unicodeScalars.count
            case "<":
                let symbol = next == "=" ? "<=" : next == ">" ? "<>" : "<"
                tokens.append(CQLToken(kind: .comparison(symbol), offset: start))
                position += symbol.unicodeScalars.count
            case ">":
                let symbol = next == "=" ? ">=" : ">"
                tokens.append(CQLToken(kind: .comparison(symbol), offset: start))
                position += symbol.unicodeScalars.count
            case "\"":
                position += 1
                var text = String.UnicodeScalarView()
                var closed = false
                while position < scalars.count {
                    let inner = scalars[position]
                    if inner == "\"" {
                        closed = true
                        position += 1
                        break
                    }
                    text.append(inner)
                    // The escaped character is kept with its backslash; only the quote matters here.
                    if inner == "\\" && position + 1 < scalars.count {
                        text.append(scalars[position + 1])
                        position += 2
                    } else {
                        position += 1
                    }
                }
                guard closed else { throw .invalidUseOfQuotes(atOffset: start) }
                tokens.append(CQLToken(kind: .quoted(String(text)), offset: start))
            default:
                var text = String.UnicodeScalarView()
                while position < scalars.count, !endsWord(scalars[position]) {
                    text.append(scalars[position])
                    position += 1
                }
                tokens.append(CQLToken(kind: .word(String(text)), offset: start))
            }
        }
    }

    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "=", "<", ">", "\"", "/": return true
        default: return scalar.properties.isWhitespace
        }
    }
}
