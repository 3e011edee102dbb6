// A small seeded generator, so that every run builds the same catalogue on every platform.
// Never draws from the system; never iterates dictionaries or sets (their order differs per process).

/// SplitMix64 (Steele, Lea, Flood 2014): 64 bits of state, good enough statistics for demo data.
public struct DemoRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator seeded from a string, so that one part of the catalogue does not shift when another
    /// part draws more or fewer numbers.
    public init(seed: UInt64, label: String) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a
        for byte in label.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        state = seed ^ h
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (a tiny modulo bias is irrelevant here).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Picks by integer weights.
    public mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(0...(total - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// `count` distinct elements, kept in their original order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        let k = min(count, items.count)
        var indices = Array(items.indices)
        for i in 0..<k { indices.swapAt(i, int(i...(indices.count - 1))) }
        return indices.prefix(k).sorted().map { items[$0] }
    }
}
