/// `and`, `or`, `not` and `prox`. CQL gives them equal precedence and groups them from the left:
/// `a and b or c` is `(a and b) or c`.
public enum CQLBooleanOperator: String, Sendable, CaseIterable {
    case and
    case or
    case not
    case prox
}

/// A CQL query tree: search clauses joined by boolean operators. Parentheses and prefix assignments
/// leave no node of their own; the grouping is in the shape of the tree and the assignments are
/// resolved into each clause's `contextSet`.
public indirect enum CQLNode: Sendable, Equatable {
    case search(CQLSearchClause)
    /// Operator, its modifiers, left operand, right operand.
    case boolean(CQLBooleanOperator, [CQLModifier], CQLNode, CQLNode)

    /// The search clauses from left to right.
    public var searchClauses: [CQLSearchClause] {
        var clauses: [CQLSearchClause] = []
        forEachNodeInQueryOrder { node in
            if case .search(let clause) = node { clauses.append(clause) }
        }
        return clauses
    }

    /// How many boolean operators the tree holds.
    public var booleanOperatorCount: Int {
        var count = 0
        forEachNodeInQueryOrder { node in
            if case .boolean = node { count += 1 }
        }
        return count
    }

    /// Visits every node in the order it appears in the query text: a boolean after its left operand
    /// and before its right one. It keeps its own stack rather than recursing, so that a deep tree
    /// built by hand cannot exhaust the thread's stack.
    public func forEachNodeInQueryOrder(_ body: (CQLNode) throws -> Void) rethrows {
        var pendingBooleans: [CQLNode] = []
        var next: CQLNode? = self
        while true {
            if let node = next {
                if case .boolean(_, _, let left, _) = node {
                    pendingBooleans.append(node)
                    next = left
                    continue
                }
                try body(node)
                next = nil
            }
            guard let boolean = pendingBooleans.popLast() else { return }
            try body(boolean)
            if case .boolean(_, _, _, let right) = boolean { next = right }
        }
    }
}
