/// Strings numbered in the order first seen, so search indexes count facet values by indexing an array
/// instead of hashing strings.
public struct Interner: Sendable {
    public private(set) var ids: [String: Int32] = [:]
    public private(set) var values: [String] = []

    public init() {}

    public mutating func intern(_ value: String) -> Int32 {
        if let id = ids[value] { return id }
        let id = Int32(values.count)
        ids[value] = id
        values.append(value)
        return id
    }
}
