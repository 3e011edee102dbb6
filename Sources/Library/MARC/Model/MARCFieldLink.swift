/// The parsed content of a `$6` linkage subfield, e.g. `245-01/(N`.
public struct MARCFieldLink: Sendable, Hashable {
    /// The tag of the linked field (`880` in a regular field, the regular tag in an 880 field).
    public var tag: String
    /// Two digits pairing the fields; `00` when the 880 has no regular partner.
    public var occurrence: String
    /// The script identification code after the first slash (`(N` Cyrillic, `$1` CJK, ...), if any.
    public var script: String?

    public init?(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 6, scalars[3] == "-" else { return nil }
        tag = String(String.UnicodeScalarView(scalars[0..<3]))
        occurrence = String(String.UnicodeScalarView(scalars[4..<6]))
        let rest = scalars[6...]
        if rest.first == "/" {
            let script = rest.dropFirst().prefix { $0 != "/" }
            self.script = script.isEmpty ? nil : String(String.UnicodeScalarView(script))
        } else {
            script = nil
        }
    }
}
