/// The relation of a search clause: a comparison symbol or a named relation, and its modifiers.
///
/// The parser accepts any relation name, as the grammar does (`dc.foo` is syntactically fine);
/// `kind` tells which relation of the CQL context set it is, and `CQLSupport` turns an unknown or
/// unsupported one into diagnostic 19.
public struct CQLRelation: Sendable, Equatable {
    /// The relations of the CQL context set, and `exact` of CQL 1.1 (replaced by `==` in 1.2, still
    /// sent by old clients).
    public enum Kind: String, Sendable, CaseIterable {
        case equals = "="
        case exactEquals = "=="
        case notEquals = "<>"
        case lessThan = "<"
        case greaterThan = ">"
        case lessThanOrEqual = "<="
        case greaterThanOrEqual = ">="
        case adj
        case all
        case any
        case within
        case encloses
        case exact
    }

    /// As written: a symbol, or a name with or without the `cql.` prefix, in the client's case.
    public var name: String
    public var modifiers: [CQLModifier]

    public init(_ name: String, modifiers: [CQLModifier] = []) {
        self.name = name
        self.modifiers = modifiers
    }

    public init(_ kind: Kind, modifiers: [CQLModifier] = []) {
        self.init(kind.rawValue, modifiers: modifiers)
    }

    /// The relation of a clause that is only a term: in CQL 1.2, `=` (the server's choice).
    public static let serverChoice = CQLRelation(.equals)

    /// Which CQL relation this is; nil for a name outside the CQL context set.
    public var kind: Kind? {
        var lowered = name.lowercased()
        if lowered.hasPrefix("cql.") { lowered.removeFirst(4) }
        return Kind(rawValue: lowered)
    }

    /// Whether a relation modifier of the CQL context set is present (`relevant`, `cql.unmasked`...).
    public func hasModifier(_ baseName: String) -> Bool {
        modifiers.contains { $0.isNamed(baseName, inContextSet: "cql") }
    }

    /// `cql.unmasked`: the client asks that `*`, `?` and `^` in the term be taken literally.
    public var isUnmasked: Bool { hasModifier("unmasked") }
}
