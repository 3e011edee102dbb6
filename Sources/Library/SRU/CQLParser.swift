/// A recursive-descent parser for CQL 1.2 (and the CQL 1.1 that old SRU clients still send).
///
///     cql-query     = query [ "sortBy" 1*( index *modifier ) ]
///     query         = *prefix-assignment scoped-clause
///     prefix-assign = ">" [ prefix "=" ] uri
///     scoped-clause = search-clause *( boolean *modifier search-clause )
///     search-clause = "(" query ")" / [ index relation *modifier ] term
///     modifier      = "/" name [ comparison value ]
///
/// It only checks syntax; whether the server supports an index, relation or modifier is for
/// `CQLSupport`. Every failure is an SRU diagnostic. The limits keep a hostile query from costing much:
/// the length is checked before anything else, and the nesting depth before each recursion, so
/// 100,000 opening parentheses end in a diagnostic, not in a stack overflow.
public struct CQLParser {
    public struct Limits: Sendable {
        /// In Unicode scalars; longer queries get diagnostic 12.
        public var maximumQueryLength: Int
        /// Parentheses inside parentheses; deeper queries get diagnostic 13.
        public var maximumNestingDepth: Int
        /// More operators get diagnostic 38. It also bounds the depth of the tree, which code walking
        /// it recursively (printing, comparing) relies on.
        public var maximumBooleanOperators: Int

        public init(maximumQueryLength: Int = 10_000, maximumNestingDepth: Int = 32, maximumBooleanOperators: Int = 256) {
            self.maximumQueryLength = maximumQueryLength
            self.maximumNestingDepth = maximumNestingDepth
            self.maximumBooleanOperators = maximumBooleanOperators
        }

        public static let `default` = Limits()
    }

    public static func parse(_ text: String, limits: Limits = .default) -> Result<CQLQuery, SRUDiagnostic> {
        // A scalar takes at least one UTF-8 byte and at most four: decide from the byte count when it
        // is conclusive, without walking a huge string.
        let byteCount = text.utf8.count
        if byteCount > 4 * limits.maximumQueryLength ||
            (byteCount > limits.maximumQueryLength && text.unicodeScalars.count > limits.maximumQueryLength) {
            return .failure(.tooManyCharactersInQuery(maximum: limits.maximumQueryLength))
        }
        do {
            let tokens = try CQLLexer.tokens(of: Array(text.unicodeScalars))
            var parser = CQLParser(tokens: tokens, limits: limits)
            return .success(try parser.parseQuery())
        } catch {
            return .failure(error)
        }
    }

    private let tokens: [CQLToken]
    private let limits: Limits
    private var position = 0
    private var depth = 0
    private var booleanOperatorCount = 0
    /// The prefix assignments in force, innermost scope last.
    private var scopes: [[CQLPrefixAssignment]] = []

    private init(tokens: [CQLToken], limits: Limits) {
        self.tokens = tokens
        self.limits = limits
    }

    private var current: CQLToken { tokens[position] }
    private var following: CQLToken { tokens[min(position + 1, tokens.count - 1)] }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    // MARK: - Query

    private mutating func parseQuery() throws(SRUDiagnostic) -> CQLQuery {
        if current.kind == .end { throw .querySyntaxError("the query is empty", atOffset: current.offset) }
        let assignments = try parsePrefixAssignments()
        scopes.append(assignments)
        let root = try parseScopedClause()
        var sortKeys: [CQLSortKey] = []
        if current.keyword == "sortby" {
            sortKeys = try parseSortSpecification()
        }
        switch current.kind {
        case .end:
            return CQLQuery(prefixAssignments: assignments, root: root, sortKeys: sortKeys)
        case .closeParenthesis:
            throw .invalidUseOfParentheses(atOffset: current.offset)
        default:
            throw unexpected("a boolean operator or sortBy")
        }
    }

    /// A query inside parentheses: its prefix assignments hold only until the closing parenthesis.
    private mutating func parseSubquery() throws(SRUDiagnostic) -> CQLNode {
        scopes.append(try parsePrefixAssignments())
        defer { scopes.removeLast() }
        return try parseScopedClause()
    }

    private mutating func parsePrefixAssignments() throws(SRUDiagnostic) -> [CQLPrefixAssignment] {
        var assignments: [CQLPrefixAssignment] = []
        while current.kind == .comparison(">") {
            advance()
            guard let first = current.string else { throw unexpected("a prefix or a context set identifier") }
            advance()
            if current.kind == .comparison("=") {
                advance()
                guard let identifier = current.string else { throw unexpected("a context set identifier") }
                advance()
                assignments.append(CQLPrefixAssignment(prefix: first, identifier: CQLTerm(identifier).unmaskedText))
            } else {
                assignments.append(CQLPrefixAssignment(prefix: nil, identifier: CQLTerm(first).unmaskedText))
            }
        }
        return assignments
    }

    // MARK: - Clauses

    /// Search clauses joined by boolean operators, grouped from the left. A loop, not recursion, so
    /// that a long chain costs no stack.
    private mutating func parseScopedClause() throws(SRUDiagnostic) -> CQLNode {
        var left = try parseSearchClause()
        while let keyword = current.keyword, let booleanOperator = CQLBooleanOperator(rawValue: keyword) {
            booleanOperatorCount += 1
            guard booleanOperatorCount <= limits.maximumBooleanOperators else {
                throw .tooManyBooleanOperators(maximum: limits.maximumBooleanOperators)
            }
            advance()
            let modifiers = try parseModifiers()
            let right = try parseSearchClause()
            left = .boolean(booleanOperator, modifiers, left, right)
        }
        return left
    }

    private mutating func parseSearchClause() throws(SRUDiagnostic) -> CQLNode {
        switch current.kind {
        case .openParenthesis:
            let opening = current.offset
            guard depth < limits.maximumNestingDepth else { throw .invalidUseOfParentheses(atOffset: opening) }
            depth += 1
            advance()
            let node = try parseSubquery()
            guard current.kind == .closeParenthesis else {
                if current.kind == .end { throw .invalidUseOfParentheses(atOffset: opening) }
                throw unexpected("a boolean operator or ')'")
            }
            advance()
            depth -= 1
            return node
        case .closeParenthesis:
            throw .invalidUseOfParentheses(atOffset: current.offset)
        case .word, .quoted:
            return .search(try parseIndexRelationTerm())
        default:
            throw unexpected("a search term or '('")
        }
    }

    /// `index relation term` when a relation follows the first string, otherwise a term alone. A
    /// relation is a comparison symbol or a word that is not a keyword: in `title any fish`, `any` is
    /// the relation; in `fish and cat`, `and` is not.
    private mutating func parseIndexRelationTerm() throws(SRUDiagnostic) -> CQLSearchClause {
        let first = current.string ?? ""
        let relationName: String?
        switch following.kind {
        case .comparison(let symbol):
            relationName = symbol
        case .word(let word) where !Self.isKeyword(word):
            relationName = word
        default:
            relationName = nil
        }
        advance()
        guard let relationName else {
            return CQLSearchClause(term: CQLTerm(first))
        }
        advance()
        let modifiers = try parseModifiers()
        guard let term = current.string else { throw unexpected("a search term") }
        advance()
        return CQLSearchClause(
            index: first,
            relation: CQLRelation(relationName, modifiers: modifiers),
            term: CQLTerm(term),
            contextSet: contextSet(forIndex: first)
        )
    }

    private static func isKeyword(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return CQLBooleanOperator(rawValue: lowered) != nil || lowered == "sortby"
    }

    /// The identifier the innermost assignment in force gives the index's prefix (or, for an index
    /// without prefix, the default context set).
    private func contextSet(forIndex index: String) -> String? {
        let prefix = index.firstIndex(of: ".").map { index[..<$0].lowercased() }
        for scope in scopes.reversed() {
            for assignment in scope.reversed() where assignment.prefix?.lowercased() == prefix {
                return assignment.identifier
            }
        }
        return nil
    }

    // MARK: - Modifiers and sorting

    private mutating func parseModifiers() throws(SRUDiagnostic) -> [CQLModifier] {
        var modifiers: [CQLModifier] = []
        while current.kind == .slash {
            advance()
            guard let name = current.string else { throw unexpected("a modifier name") }
            advance()
            if case .comparison(let symbol) = current.kind {
                advance()
                guard let value = current.string else { throw unexpected("a modifier value") }
                advance()
                modifiers.append(CQLModifier(name, symbol, value))
            } else {
                modifiers.append(CQLModifier(name))
            }
        }
        return modifiers
    }

    private mutating func parseSortSpecification() throws(SRUDiagnostic) -> [CQLSortKey] {
        advance()
        var keys: [CQLSortKey] = []
        while let index = current.string {
            advance()
            keys.append(CQLSortKey(index: index, modifiers: try parseModifiers()))
        }
        if keys.isEmpty { throw unexpected("an index to sort by") }
        return keys
    }

    private func unexpected(_ expected: String) -> SRUDiagnostic {
        .querySyntaxError("expected \(expected), found \(current.quotedForMessage)", atOffset: current.offset)
    }
}
