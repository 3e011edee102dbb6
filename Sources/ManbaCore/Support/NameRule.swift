/// The rule for URL names (datasets, organisations, users): a length range and a small ASCII alphabet.
/// A hand-written check rather than a Regex: it is on every write path, and `Regex` is not Sendable.
public struct NameRule: Sendable {
    public let lengths: ClosedRange<Int>
    public let extraCharacters: Set<Character>

    public init(lengths: ClosedRange<Int> = 2...100, extraCharacters: Set<Character> = ["-", "_"]) {
        self.lengths = lengths
        self.extraCharacters = extraCharacters
    }

    public func accepts(_ name: String) -> Bool {
        lengths.contains(name.count) && name.allSatisfy { c in
            (c.isASCII && (c.isLowercase || c.isNumber)) || extraCharacters.contains(c)
        }
    }

    /// Datasets, organisations, groups: CKAN's rule.
    public static let slug = NameRule()
    /// User login names also allow `.` and `@`, so e-mail addresses work as names.
    public static let login = NameRule(extraCharacters: ["-", "_", ".", "@"])
}
