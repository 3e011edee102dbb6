/// One subfield of a data field: a one-character code (`a`, `6`, ...) and its text.
public struct MARCSubfield: Sendable, Hashable {
    public var code: Character
    public var value: String

    public init(code: Character, value: String) {
        self.code = code
        self.value = value
    }
}
