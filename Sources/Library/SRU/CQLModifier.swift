/// A modifier on a relation (`=/relevant`), a boolean operator (`prox/unit=word`) or a sort key
/// (`dc.title/sort.descending`): a name, and optionally a comparison symbol and a value.
public struct CQLModifier: Sendable, Equatable {
    /// As written, with its context set prefix if it had one (`cql.unmasked`, `sort.descending`).
    public var name: String
    /// One of `=` `==` `<>` `<` `>` `<=` `>=`, when the modifier carries a value.
    public var comparison: String?
    /// As written (backslash escapes kept, quotes removed).
    public var value: String?

    public init(_ name: String, _ comparison: String? = nil, _ value: String? = nil) {
        self.name = name
        self.comparison = comparison
        self.value = value
    }

    /// Whether this modifier is `baseName` of the context set `contextSet`, written either with the
    /// prefix or, as CQL allows for the set a modifier belongs to by default, without it.
    /// Names compare case-insensitively.
    public func isNamed(_ baseName: String, inContextSet contextSet: String) -> Bool {
        let written = name.lowercased()
        let base = baseName.lowercased()
        return written == base || written == contextSet.lowercased() + "." + base
    }

    /// The name with the default context set written out, lower-cased: `relevant` gives
    /// `cql.relevant` when `defaultContextSet` is "cql".
    public func qualifiedName(defaultContextSet: String) -> String {
        let written = name.lowercased()
        return written.contains(".") ? written : defaultContextSet.lowercased() + "." + written
    }
}
