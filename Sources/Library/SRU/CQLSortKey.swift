/// One key of a `sortBy` clause: `dc.title/sort.descending`.
///
/// The modifiers are kept as written (so the key prints back as it came); the properties below read
/// them with the sort context set's rules, the prefix `sort.` being optional.
public struct CQLSortKey: Sendable, Equatable {
    public var index: String
    public var modifiers: [CQLModifier]

    public init(index: String, modifiers: [CQLModifier] = []) {
        self.index = index
        self.modifiers = modifiers
    }

    /// What to do with a record that has no value for the key.
    public enum MissingValueAction: Sendable, Equatable {
        /// `sort.missingOmit`: leave such records out.
        case omit
        /// `sort.missingFail`: fail the request (diagnostic 93).
        case fail
        /// `sort.missingLow`: sort them as if lower than any value.
        case low
        /// `sort.missingHigh`: sort them as if higher than any value.
        case high
        /// `sort.missingValue=x`: sort them as if they held `x`.
        case value(String)
    }

    /// False when `sort.descending` is given; ascending is the default.
    public var ascending: Bool {
        var ascending = true
        for modifier in modifiers {
            if modifier.isNamed("descending", inContextSet: "sort") { ascending = false }
            if modifier.isNamed("ascending", inContextSet: "sort") { ascending = true }
        }
        return ascending
    }

    /// `sort.respectCase` gives true, `sort.ignoreCase` false; nil leaves it to the server.
    public var caseSensitive: Bool? {
        var result: Bool?
        for modifier in modifiers {
            if modifier.isNamed("respectCase", inContextSet: "sort") { result = true }
            if modifier.isNamed("ignoreCase", inContextSet: "sort") { result = false }
        }
        return result
    }

    /// nil leaves it to the server.
    public var missingValueAction: MissingValueAction? {
        var result: MissingValueAction?
        for modifier in modifiers {
            if modifier.isNamed("missingOmit", inContextSet: "sort") { result = .omit }
            if modifier.isNamed("missingFail", inContextSet: "sort") { result = .fail }
            if modifier.isNamed("missingLow", inContextSet: "sort") { result = .low }
            if modifier.isNamed("missingHigh", inContextSet: "sort") { result = .high }
            if modifier.isNamed("missingValue", inContextSet: "sort"), let value = modifier.value {
                result = .value(CQLTerm(value).unmaskedText)
            }
        }
        return result
    }
}
