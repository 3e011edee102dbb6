/// Keeps the best `capacity` elements seen, so a search page near the top costs O(n log k), not a full sort.
///
/// `@inlinable` so each search index gets a copy specialised to its element type: the generic version
/// looked up type metadata on every comparison, and that was most of a search's time.
public struct BoundedHeap<Element> {
    @usableFromInline var items: [Element] = []
    public let capacity: Int
    /// True when the first argument ranks before the second.
    @usableFromInline let precedes: (Element, Element) -> Bool

    @inlinable public init(capacity: Int, precedes: @escaping (Element, Element) -> Bool) {
        self.capacity = max(capacity, 0)
        self.precedes = precedes
        // Callers pass limits that come from requests (facet.limit, rows); space is reserved only for a
        // plausible page, never for a number a client made up.
        items.reserveCapacity(min(self.capacity, 1_024))
    }

    /// The root holds the worst kept element (a max-heap on "ranks later").
    @inlinable public mutating func offer(_ element: Element) {
        if items.count < capacity {
            items.append(element)
            siftUp(items.count - 1)
        } else if let worst = items.first, precedes(element, worst) {
            items[0] = element
            siftDown(0)
        }
    }

    @inlinable public func sorted() -> [Element] { items.sorted(by: precedes) }

    @inlinable func ranksLater(_ a: Int, _ b: Int) -> Bool { precedes(items[b], items[a]) }

    @inlinable mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard ranksLater(child, parent) else { return }
            items.swapAt(child, parent)
            child = parent
        }
    }

    @inlinable mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < items.count, ranksLater(left, worst) { worst = left }
            if right < items.count, ranksLater(right, worst) { worst = right }
            if worst == parent { return }
            items.swapAt(parent, worst)
            parent = worst
        }
    }
}
