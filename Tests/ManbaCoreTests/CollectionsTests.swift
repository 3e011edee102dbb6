import Testing
@testable import ManbaCore

/// The search indexes' building blocks: a bitset iterated in order, and a bounded heap keeping the best.
struct CollectionsTests {
    @Test(arguments: [0, 1, 63, 64, 65, 200])
    func aBitsetYieldsItsMembersInOrder(count: Int) {
        #expect(Array(Bitset(count: count)) == [])
        #expect(Array(Bitset.all(count: count)) == Array(0..<count))
        var some = Bitset(count: count)
        let members = [0, 1, 62, 63, 64, 65, 127, 128, 199].filter { $0 < count }
        for m in members.reversed() { some.insert(m) }
        #expect(Array(some) == members)
        #expect(some.count == members.count)
    }

    @Test func intersectionUnionAndDifference() {
        var a = Bitset(count: 130), b = Bitset(count: 130)
        for i in [1, 64, 129] { a.insert(i) }
        for i in [64, 100, 129] { b.insert(i) }
        var both = a; both.formIntersection(b)
        var either = a; either.formUnion(b)
        var onlyA = a; onlyA.subtract(b)
        #expect(Array(both) == [64, 129])
        #expect(Array(either) == [1, 64, 100, 129])
        #expect(Array(onlyA) == [1])
    }

    @Test func aBoundedHeapKeepsTheBestInOrderWhateverTheOfferOrder() {
        let values = Array(0..<1_000).map { ($0 * 7_919) % 1_000 }
        for input in [values, values.sorted(), values.sorted(by: >)] {
            var heap = BoundedHeap<Int>(capacity: 10, precedes: >)
            for v in input { heap.offer(v) }
            #expect(heap.sorted() == Array((990..<1_000).reversed()))
        }
        var empty = BoundedHeap<Int>(capacity: 0, precedes: <)
        empty.offer(1)
        #expect(empty.sorted() == [])
    }
}
