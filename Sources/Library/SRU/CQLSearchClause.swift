/// `index relation term`, or a term alone.
public struct CQLSearchClause: Sendable, Equatable {
    /// As written (`dc.title`, `title`, `cql.serverChoice`); nil when the clause is only a term,
    /// which CQL reads as `cql.serverChoice = term`. Compare with `hasIndex`, which ignores case.
    public var index: String?
    public var relation: CQLRelation
    public var term: CQLTerm
    /// The context set identifier a prefix assignment in the query gave this index (`> dc = "uri"`
    /// for `dc.title`, or `> "uri"` for an index without prefix); nil when the query assigned none and
    /// the server's own prefixes apply.
    public var contextSet: String?

    public init(index: String? = nil, relation: CQLRelation = .serverChoice, term: CQLTerm, contextSet: String? = nil) {
        self.index = index
        self.relation = relation
        self.term = term
        self.contextSet = contextSet
    }

    /// True for a term alone and for an explicit `cql.serverChoice` index.
    public var isServerChoice: Bool {
        guard let index else { return true }
        return index.lowercased() == "cql.serverchoice"
    }

    /// The part of the index before the first dot, if there is a dot (CQL: the first dot separates
    /// the context set prefix from the name).
    public var indexPrefix: String? {
        guard let index, let dot = index.firstIndex(of: ".") else { return nil }
        return String(index[..<dot])
    }

    /// The index without its prefix.
    public var indexName: String? {
        guard let index else { return nil }
        guard let dot = index.firstIndex(of: ".") else { return index }
        return String(index[index.index(after: dot)...])
    }

    /// Whether the index is `name`, ignoring case (index names compare case-insensitively in CQL).
    public func hasIndex(_ name: String) -> Bool {
        guard let index else { return false }
        return index.lowercased() == name.lowercased()
    }
}
