import Foundation
import ManbaCore

extension LibraryIndexState {
    struct Request {
        var query: LibraryQuery
        var sort: LibrarySort
        var start: Int
        var rows: Int
        var facets: [LibraryFacet]
        var facetLimit: Int
    }

    mutating func evaluate(_ request: Request) -> LibraryHits {
        if vocabularyDirty { vocabulary = postings.keys.sorted(); vocabularyDirty = false }
        var weights = [Float]()
        let matched = evaluate(request.query, scoring: &weights)

        let wanted = request.facets.map(facetIndex)
        var position = [Int](repeating: -1, count: LibraryFacet.allCases.count)
        for (i, f) in wanted.enumerated() { position[f] = i }
        var counts = wanted.map { [Int32](repeating: 0, count: interned[$0].values.count) }
        var slots: [Int32] = []
        matched.forEach { slot in
            guard alive[slot] else { return }
            slots.append(Int32(slot))
            guard !wanted.isEmpty else { return }
            for k in Int(facetStart[slot])..<Int(facetStart[slot + 1]) {
                let encoded = facetValues[k]
                let p = position[Int(encoded >> 24)]
                if p >= 0 { counts[p][Int(encoded & 0xFFFFFF)] += 1 }
            }
        }
        var facets: [LibraryFacet: [(value: String, count: Int)]] = [:]
        for (i, facet) in request.facets.enumerated() {
            let names = interned[wanted[i]].values
            let ids = counts[i].indices.filter { counts[i][$0] > 0 }
            let top = facet == .year
                ? ids.sorted { names[$0] > names[$1] }
                : ids.sorted { counts[i][$0] != counts[i][$1] ? counts[i][$0] > counts[i][$1] : names[$0] < names[$1] }
            facets[facet] = top.prefix(max(request.facetLimit, 0)).map { (names[$0], Int(counts[i][$0])) }
        }
        let page = window(slots, weights: weights, request: request)
        return LibraryHits(count: slots.count, works: page.map { workOfSlot[Int($0)] }, facets: facets)
    }

    /// The set of slots matching `query`; `scoring` accumulates relevance per slot for the words matched.
    private func evaluate(_ query: LibraryQuery, scoring: inout [Float]) -> Bitset {
        switch query {
        case .all:
            return Bitset.all(count: slotCount)
        case .words(let field, let words, let match):
            var result: Bitset? = nil
            for word in words {
                let set = slots(for: word, in: field, scoring: &scoring)
                if result == nil { result = set } else if match == .all { result!.formIntersection(set) } else { result!.formUnion(set) }
            }
            return result ?? Bitset(count: slotCount)
        case .exactTitle(let key):
            var set = Bitset(count: slotCount)
            for slot in exactTitles[key.hashValue] ?? [] where titleSortKey[Int(slot)] == key { set.insert(Int(slot)) }
            return set
        case .isbn(let isbn):
            var set = Bitset(count: slotCount)
            for slot in isbns[isbn] ?? [] { set.insert(Int(slot)) }
            return set
        case .year(let comparison, let value):
            var set = Bitset(count: slotCount)
            for slot in 0..<slotCount where year[slot] != 0 {
                let y = Int(year[slot])
                let hit: Bool
                switch comparison {
                case .equal: hit = y == value
                case .notEqual: hit = y != value
                case .less: hit = y < value
                case .lessOrEqual: hit = y <= value
                case .greater: hit = y > value
                case .greaterOrEqual: hit = y >= value
                }
                if hit { set.insert(slot) }
            }
            return set
        case .facet(let facet, let value):
            var set = Bitset(count: slotCount)
            let f = facetIndex(facet)
            guard let id = interned[f].ids[value] else { return set }
            let encoded = Int32(f) << 24 | id
            for slot in 0..<slotCount {
                var k = Int(facetStart[slot])
                let end = Int(facetStart[slot + 1])
                while k < end { if facetValues[k] == encoded { set.insert(slot); break }; k += 1 }
            }
            return set
        case .and(let a, let b):
            var set = evaluate(a, scoring: &scoring)
            set.formIntersection(evaluate(b, scoring: &scoring))
            return set
        case .or(let a, let b):
            var set = evaluate(a, scoring: &scoring)
            set.formUnion(evaluate(b, scoring: &scoring))
            return set
        case .not(let a, let b):
            var set = evaluate(a, scoring: &scoring)
            var ignored: [Float] = []
            set.subtract(evaluate(b, scoring: &ignored))
            return set
        }
    }

    /// Slots where `word` (or, with a trailing `*`, any word it begins) occurs in `field`.
    private func slots(for rawWord: String, in field: LibraryField, scoring: inout [Float]) -> Bitset {
        var set = Bitset(count: slotCount)
        // Words are folded here, so every caller (OPAC, SRU, tests) matches across scripts the same way.
        let truncated = rawWord.hasSuffix("*")
        let word = ScriptFolding.matchKey(truncated ? String(rawWord.dropLast()) : rawWord).replacingOccurrences(of: " ", with: "") + (truncated ? "*" : "")
        let mask = UInt32(field.rawValue)
        var lists: [[UInt32]] = []
        if word.hasSuffix("*") {
            let stem = String(word.dropLast())
            guard !stem.isEmpty else { return set }
            var i = lowerBound(stem)
            while i < vocabulary.count, vocabulary[i].hasPrefix(stem), lists.count < 10_000 {
                if let list = postings[vocabulary[i]] { lists.append(list) }
                i += 1
            }
        } else if let list = postings[word] {
            lists.append(list)
        }
        let frequency = lists.reduce(0) { $0 + $1.count }
        guard frequency > 0 else { return set }
        let idf = Float(log(1 + Double(max(liveCount, 1)) / Double(frequency)))
        if scoring.count < slotCount { scoring.append(contentsOf: repeatElement(0, count: slotCount - scoring.count)) }
        for list in lists {
            for posting in list where posting & mask != 0 {
                let slot = Int(posting >> 4)
                set.insert(slot)
                scoring[slot] += idf * (posting & 1 != 0 ? 3 : (posting & 2 != 0 ? 2 : 1))
            }
        }
        return set
    }

    private func lowerBound(_ word: String) -> Int {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func window(_ slots: [Int32], weights: [Float], request: Request) -> [Int32] {
        let start = max(request.start, 0), rows = max(request.rows, 0)
        guard rows > 0, start < slots.count else { return [] }
        let year = self.year, titles = self.titleSortKey, works = self.workOfSlot
        func score(_ s: Int32) -> Float { Int(s) < weights.count ? weights[Int(s)] : 0 }
        let precedes: (Int32, Int32) -> Bool
        switch request.sort {
        case .relevance:
            precedes = { a, b in
                let x = score(a), y = score(b)
                return x != y ? x > y : (year[Int(a)] != year[Int(b)] ? year[Int(a)] > year[Int(b)] : works[Int(a)] < works[Int(b)])
            }
        case .yearDescending:
            precedes = { a, b in year[Int(a)] != year[Int(b)] ? year[Int(a)] > year[Int(b)] : works[Int(a)] < works[Int(b)] }
        case .yearAscending:
            precedes = { a, b in year[Int(a)] != year[Int(b)] ? year[Int(a)] < year[Int(b)] : works[Int(a)] < works[Int(b)] }
        case .title:
            precedes = { a, b in titles[Int(a)] != titles[Int(b)] ? titles[Int(a)] < titles[Int(b)] : works[Int(a)] < works[Int(b)] }
        }
        let needed = start + rows
        var ordered: [Int32]
        if needed * 8 < slots.count {
            var heap = BoundedHeap(capacity: needed, precedes: precedes)
            for s in slots { heap.offer(s) }
            ordered = heap.sorted()
        } else {
            ordered = slots.sorted(by: precedes)
        }
        return Array(ordered[min(start, ordered.count)..<min(needed, ordered.count)])
    }
}
