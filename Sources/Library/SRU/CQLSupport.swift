/// What the server can search: the parser accepts all of CQL, this says which part of it Manba
/// executes, and `check` turns the first thing it cannot into the diagnostic SRU names for it.
/// Explain announces the same facts (configInfo), so the two cannot disagree.
public struct CQLSupport: Sendable {
    public var contextSets: [SRUContextSet]
    /// The set of an index written without a prefix (`title` read as `dc.title`); nil: such indexes
    /// are refused.
    public var defaultContextSet: String?
    /// Lower-cased `set.name`. `cql.serverChoice` is always supported.
    public var indexes: Set<String>
    /// Lower-cased `set.name` of the indexes `sortBy` may use.
    public var sortableIndexes: Set<String>
    public var relations: Set<CQLRelation.Kind>
    /// Lower-cased and qualified: `cql.relevant`, `cql.unmasked`.
    public var relationModifiers: Set<String>
    public var booleanOperators: Set<CQLBooleanOperator>
    /// Lower-cased and qualified (`prox.unit`); empty: boolean modifiers are refused.
    public var booleanModifiers: Set<String>
    public var supportsMasking: Bool
    public var supportsAnchoring: Bool
    public var supportsEmptyTerm: Bool
    public var supportsSort: Bool

    public init(
        contextSets: [SRUContextSet] = SRUContextSet.standard,
        defaultContextSet: String? = "dc",
        indexes: [SRUIndexDescription],
        relations: Set<CQLRelation.Kind> = [.equals, .exactEquals, .notEquals, .lessThan, .greaterThan,
                                             .lessThanOrEqual, .greaterThanOrEqual, .adj, .all, .any, .exact],
        relationModifiers: Set<String> = ["cql.unmasked"],
        booleanOperators: Set<CQLBooleanOperator> = [.and, .or, .not],
        booleanModifiers: Set<String> = [],
        supportsMasking: Bool = true,
        supportsAnchoring: Bool = false,
        supportsEmptyTerm: Bool = false,
        supportsSort: Bool = true
    ) {
        self.contextSets = contextSets
        self.defaultContextSet = defaultContextSet
        self.indexes = Set(indexes.map { $0.qualifiedName.lowercased() })
        self.sortableIndexes = Set(indexes.filter(\.sortable).map { $0.qualifiedName.lowercased() })
        self.relations = relations
        self.relationModifiers = Set(relationModifiers.map { $0.lowercased() })
        self.booleanOperators = booleanOperators
        self.booleanModifiers = Set(booleanModifiers.map { $0.lowercased() })
        self.supportsMasking = supportsMasking
        self.supportsAnchoring = supportsAnchoring
        self.supportsEmptyTerm = supportsEmptyTerm
        self.supportsSort = supportsSort
    }

    /// The first unsupported feature of the query, in the order of the query text; nil when Manba can run it.
    public func check(_ query: CQLQuery) -> SRUDiagnostic? {
        var problem: SRUDiagnostic?
        query.root.forEachNodeInQueryOrder { node in
            guard problem == nil else { return }
            switch node {
            case .search(let clause):
                problem = check(clause)
            case .boolean(let booleanOperator, let modifiers, _, _):
                if !booleanOperators.contains(booleanOperator) {
                    problem = .unsupportedBooleanOperator(booleanOperator.rawValue)
                } else if let modifier = modifiers.first(where: {
                    !booleanModifiers.contains($0.qualifiedName(defaultContextSet: booleanOperator == .prox ? "prox" : "cql"))
                }) {
                    problem = .unsupportedBooleanModifier(modifier.name)
                }
            }
        }
        if let problem { return problem }
        return checkSortKeys(query.sortKeys, assignments: query.prefixAssignments)
    }

    public func check(_ clause: CQLSearchClause) -> SRUDiagnostic? {
        if !clause.isServerChoice, let index = clause.index {
            switch resolve(index: index, contextSetIdentifier: clause.contextSet) {
            case .failure(let diagnostic): return diagnostic
            case .success(let qualified):
                guard indexes.contains(qualified) else { return .unsupportedIndex(index) }
            }
        }
        guard let kind = clause.relation.kind, relations.contains(kind) else {
            return .unsupportedRelation(clause.relation.name)
        }
        for modifier in clause.relation.modifiers where !relationModifiers.contains(modifier.qualifiedName(defaultContextSet: "cql")) {
            return .unsupportedRelationModifier(modifier.name)
        }
        if clause.term.isEmpty && !supportsEmptyTerm { return .emptyTermUnsupported() }
        if !clause.relation.isUnmasked {
            if clause.term.hasMasking && !supportsMasking { return .maskingCharacterNotSupported(clause.term.text) }
            if clause.term.hasAnchoring && !supportsAnchoring { return .anchoringCharacterNotSupported(clause.term.text) }
        }
        return nil
    }

    /// The lower-cased `set.name` an index stands for: its prefix (or the set a prefix assignment in the
    /// query gave it, matched by identifier), or the default set for an index without prefix.
    public func resolve(index: String, contextSetIdentifier: String? = nil) -> Result<String, SRUDiagnostic> {
        let lowered = index.lowercased()
        let dot = lowered.firstIndex(of: ".")
        let name = dot.map { String(lowered[lowered.index(after: $0)...]) } ?? lowered
        let setName: String
        if let contextSetIdentifier {
            guard let known = contextSets.first(where: { $0.identifier == contextSetIdentifier }) else {
                return .failure(.unsupportedContextSet(contextSetIdentifier))
            }
            setName = known.name.lowercased()
        } else if let dot {
            let prefix = String(lowered[..<dot])
            guard contextSets.contains(where: { $0.name.lowercased() == prefix }) else {
                return .failure(.unsupportedContextSet(prefix))
            }
            setName = prefix
        } else {
            guard let defaultContextSet else { return .failure(.unsupportedIndex(index)) }
            setName = defaultContextSet.lowercased()
        }
        return .success(setName + "." + name)
    }

    /// Sort keys stand outside any parentheses, so only the query's top-level assignments apply.
    private func checkSortKeys(_ keys: [CQLSortKey], assignments: [CQLPrefixAssignment]) -> SRUDiagnostic? {
        guard !keys.isEmpty else { return nil }
        guard supportsSort else { return .sortNotSupported() }
        for key in keys {
            let prefix = key.index.firstIndex(of: ".").map { key.index[..<$0].lowercased() }
            let assigned = assignments.last { $0.prefix?.lowercased() == prefix }?.identifier
            switch resolve(index: key.index, contextSetIdentifier: assigned) {
            case .failure(let diagnostic): return diagnostic
            case .success(let qualified):
                guard sortableIndexes.contains(qualified) else { return .unsupportedPathForSort(key.index) }
            }
        }
        return nil
    }
}
