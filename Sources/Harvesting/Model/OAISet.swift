/// A set records can be harvested by. A `setSpec` is a colon-separated path (`library:tashkent`): a set
/// includes the items of the sets below it.
public struct OAISet: Sendable, Hashable {
    public var spec: String
    public var name: String
    /// Complete XML elements for `<setDescription>` (usually an `oai_dc:dc`), inserted as they are.
    public var descriptions: [String]

    public init(spec: String, name: String, descriptions: [String] = []) {
        self.spec = spec
        self.name = name
        self.descriptions = descriptions
    }
}
