/// A fixed-size set of small integers, for intersecting posting lists without hashing.
///
/// `@inlinable` because the search indexes in other modules call `insert` and `contains` once per
/// posting and per match: as opaque calls they cost more than the work they do.
public struct Bitset: Sendable, Sequence {
    @usableFromInline var words: [UInt64]

    @inlinable public init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

    @inlinable public mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
    @inlinable public func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    @inlinable public mutating func formIntersection(_ other: Bitset) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    @inlinable public mutating func formUnion(_ other: Bitset) {
        for i in words.indices { words[i] |= other.words[i] }
    }

    @inlinable public mutating func subtract(_ other: Bitset) {
        for i in words.indices { words[i] &= ~other.words[i] }
    }

    /// Every integer below `count`.
    @inlinable public static func all(count: Int) -> Bitset {
        var set = Bitset(count: count)
        for i in set.words.indices { set.words[i] = ~0 }
        if count % 64 != 0, !set.words.isEmpty { set.words[set.words.count - 1] = (1 << UInt64(count % 64)) - 1 }
        return set
    }

    @inlinable public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The members in ascending order. A `for` loop over the set keeps its body inline, where
    /// `forEach` would make it a closure whose captured variables are checked on every access.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let words: [UInt64]
        @usableFromInline var index = 0
        @usableFromInline var bits: UInt64 = 0

        @inlinable init(words: [UInt64]) { self.words = words }

        @inlinable public mutating func next() -> Int? {
            while bits == 0 {
                guard index < words.count else { return nil }
                bits = words[index]
                index += 1
            }
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            return (index - 1) << 6 | bit
        }
    }

    @inlinable public func makeIterator() -> Iterator { Iterator(words: words) }
}
