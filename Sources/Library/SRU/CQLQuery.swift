/// `> prefix = "identifier"`, or `> "identifier"` for the default context set of indexes written
/// without a prefix.
public struct CQLPrefixAssignment: Sendable, Equatable {
    public var prefix: String?
    /// The context set identifier (a URI), escapes resolved.
    public var identifier: String

    public init(prefix: String?, identifier: String) {
        self.prefix = prefix
        self.identifier = identifier
    }
}

/// A parsed CQL query: the prefix assignments that open it, the query tree, and the `sortBy` keys.
public struct CQLQuery: Sendable, Equatable {
    /// The assignments before the top-level query. Those inside parentheses hold only there and are
    /// resolved into the `contextSet` of the clauses they cover.
    public var prefixAssignments: [CQLPrefixAssignment]
    public var root: CQLNode
    public var sortKeys: [CQLSortKey]

    public init(prefixAssignments: [CQLPrefixAssignment] = [], root: CQLNode, sortKeys: [CQLSortKey] = []) {
        self.prefixAssignments = prefixAssignments
        self.root = root
        self.sortKeys = sortKeys
    }

    public static func parse(_ text: String, limits: CQLParser.Limits = .default) -> Result<CQLQuery, SRUDiagnostic> {
        CQLParser.parse(text, limits: limits)
    }
}
