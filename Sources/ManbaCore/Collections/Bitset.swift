/// A fixed-size set of small integers, for intersecting posting lists without hashing.
public struct Bitset: Sendable {
    public private(set) var words: [UInt64]

    public init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    public mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
    public func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    public mutating func formIntersection(_ other: Bitset) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    public mutating func formUnion(_ other: Bitset) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    public mutating func subtract(_ other: Bitset) {
        for i in words.indices { words[i] &= ~other.words[i] }
    }

    /// Every integer below `count`.
    public static func all(count: Int) -> Bitset {
        var set = Bitset(count: count)
        for i in set.words.indices { set.words[i] = ~0 }
        if count % 64 != 0, !set.words.isEmpty { set.words[set.words.count - 1] = (1 << UInt64(count % 64)) - 1 }
        return set
    }

    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    public func forEach(_ body: (Int) -> Void) {
        for (w, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                let bit = bits.trailingZeroBitCount
                body(w << 6 | bit)
                bits &= bits - 1
            }
        }
    }
}
