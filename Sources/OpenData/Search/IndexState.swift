import Foundation
import ManbaCore

/// The data structures behind `SearchIndex`: a slot per document version, posting lists per folded word,
/// and per-slot facet values. Mutated only under the index's lock.
struct IndexState {
    struct Entry: Sendable {
        let id: String
        let name: String
        let ownerOrgID: String
        let isPrivate: Bool
        let classification: Classification
        let active: Bool
        let modified: String
        let created: String
        let titleSortKey: String
        /// Facet values, in the order of `facetFields`.
        let values: [[String]]
    }

    static let facetFields = SearchQuery.facetFields
    static func facetSlot(_ field: SearchQuery.Field) -> Int? { facetFields.firstIndex(of: field) }

    var entries: [Entry?] = []
    var slotByID: [String: Int] = [:]
    /// Word to slots; each posting is `slot << 1 | 1` when the word is in the title.
    var postings: [String: [UInt32]] = [:]
    var vocabulary: [String] = []
    var vocabularyDirty = false
    var revision: Int64 = 0
    var deadSlots = 0
    var downloads: [String: Int] = [:]
    /// Kept so the index can be compacted without going back to the database.
    var tokensBySlot: [(title: [String], body: [String])?] = []

    mutating func add(_ document: IndexedDocument) {
        if let old = slotByID[document.entry.id] {
            entries[old] = nil
            tokensBySlot[old] = nil
            deadSlots += 1
        }
        let slot = entries.count
        entries.append(document.entry)
        tokensBySlot.append((document.titleTokens, document.bodyTokens))
        slotByID[document.entry.id] = slot
        insertPostings(slot: slot, title: document.titleTokens, body: document.bodyTokens)
    }

    private mutating func insertPostings(slot: Int, title: [String], body: [String]) {
        let titleSet = Set(title)
        for token in titleSet.union(body) {
            let posting = UInt32(slot) << 1 | (titleSet.contains(token) ? 1 : 0)
            if postings[token]?.append(posting) == nil {
                postings[token] = [posting]
                vocabularyDirty = true
            }
        }
    }

    /// Drops the slots of replaced versions, renumbering the live ones.
    mutating func compact() {
        let live = entries.indices.filter { entries[$0] != nil }
        let oldEntries = entries, oldTokens = tokensBySlot
        entries = []; tokensBySlot = []; slotByID = [:]; postings = [:]; deadSlots = 0
        for old in live {
            let slot = entries.count
            entries.append(oldEntries[old])
            tokensBySlot.append(oldTokens[old])
            slotByID[oldEntries[old]!.id] = slot
            insertPostings(slot: slot, title: oldTokens[old]!.title, body: oldTokens[old]!.body)
        }
        vocabularyDirty = true
    }

    func isVisible(_ e: Entry, _ principal: Principal, includePrivate: Bool) -> Bool {
        Visibility.mayRead(state: e.active ? "active" : "deleted", isPrivate: e.isPrivate, classification: e.classification,
                           ownerOrg: e.ownerOrgID, principal: principal, includePrivate: includePrivate)
    }

    // MARK: Evaluation

    mutating func evaluate(_ query: SearchQuery, _ principal: Principal) -> SearchIndex.Hits {
        if vocabularyDirty { vocabulary = postings.keys.sorted(); vocabularyDirty = false }
        let slotCount = entries.count
        let words = uniqued(ScriptFolding.tokens(query.text))

        // Candidate slots: the intersection of every word's postings, or everything.
        var candidates: Bitset? = nil
        var termBitsets: [(title: Bitset, weight: Double)] = []
        for word in words {
            var any = Bitset(count: slotCount), title = Bitset(count: slotCount)
            var documentFrequency = 0
            for token in expansions(of: word) {
                guard let list = postings[token] else { continue }
                documentFrequency += list.count
                for posting in list {
                    let slot = Int(posting >> 1)
                    any.insert(slot)
                    if posting & 1 == 1 { title.insert(slot) }
                }
            }
            let idf = log(1 + Double(max(slotCount - deadSlots, 1)) / Double(max(documentFrequency, 1)))
            termBitsets.append((title, idf))
            if candidates == nil { candidates = any } else { candidates!.formIntersection(any) }
        }

        // Filters become predicates on facet values.
        let filterChecks: [(slot: Int?, field: SearchQuery.Field, value: String, negated: Bool, from: String?, until: String?)] = query.filters.map {
            (Self.facetSlot($0.field), $0.field, $0.value, $0.negated, $0.from, $0.until)
        }
        let facetSlots = query.facetFields.compactMap { f in Self.facetSlot(f).map { (f, $0) } }
        var facetCounts = [[String: Int]](repeating: [:], count: facetSlots.count)
        var matched: [(slot: Int, score: Double)] = []

        func consider(_ slot: Int) {
            guard let e = entries[slot], isVisible(e, principal, includePrivate: query.includePrivate) else { return }
            for check in filterChecks {
                let hit: Bool
                switch check.field {
                case .name: hit = e.name == check.value
                case .id: hit = e.id == check.value
                case .metadataModified:
                    hit = (check.from.map { e.modified >= $0 } ?? true) && (check.until.map { e.modified <= $0 } ?? true)
                case .resFormat: hit = e.values[check.slot!].contains { $0.caseInsensitiveCompare(check.value) == .orderedSame }
                default: hit = e.values[check.slot!].contains(check.value)
                }
                if hit == check.negated { return }
            }
            var score = 0.0
            for term in termBitsets { score += term.weight * (term.title.contains(slot) ? 3 : 1) }
            matched.append((slot, score))
            for (i, facet) in facetSlots.enumerated() {
                for value in e.values[facet.1] { facetCounts[i][value, default: 0] += 1 }
            }
        }

        if let candidates { candidates.forEach(consider) } else { for slot in 0..<slotCount { consider(slot) } }

        var facets: [SearchQuery.Field: [(value: String, count: Int)]] = [:]
        for (i, facet) in facetSlots.enumerated() {
            let items = facetCounts[i].filter { $0.value >= query.facetMinCount }
                .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            facets[facet.0] = items.prefix(max(query.facetLimit, 0)).map { ($0.key, $0.value) }
        }

        let window = topWindow(matched, query: query)
        return SearchIndex.Hits(count: matched.count, ids: window.map { entries[$0]!.id }, facets: facets)
    }

    /// A word matches itself and, from three letters on, every indexed word it begins (Uzbek builds words
    /// with suffixes: "maktab" should find "maktablari").
    private func expansions(of word: String) -> [String] {
        guard word.count >= 3 else { return postings[word] == nil ? [] : [word] }
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < word { low = mid + 1 } else { high = mid }
        }
        var result: [String] = []
        var i = low
        while i < vocabulary.count, vocabulary[i].hasPrefix(word) { result.append(vocabulary[i]); i += 1 }
        return result
    }

    /// The requested page, ordered by the requested sort, without sorting every match when the page is near the top.
    private func topWindow(_ matched: [(slot: Int, score: Double)], query: SearchQuery) -> [Int] {
        let start = max(query.start, 0), rows = max(min(query.rows, SearchQuery.maxRows), 0)
        guard rows > 0, start < matched.count else { return [] }
        let precedes = ordering(for: query.sort)
        let needed = start + rows
        let ordered: [(slot: Int, score: Double)]
        if needed * 8 < matched.count {
            var heap = BoundedHeap(capacity: needed, precedes: precedes)
            for m in matched { heap.offer(m) }
            ordered = heap.sorted()
        } else {
            ordered = matched.sorted(by: precedes)
        }
        return ordered[min(start, ordered.count)..<min(needed, ordered.count)].map(\.slot)
    }

    private func ordering(for sort: SearchQuery.Sort) -> ((slot: Int, score: Double), (slot: Int, score: Double)) -> Bool {
        let entries = self.entries
        let downloads = self.downloads
        func tieBreak(_ a: Int, _ b: Int) -> Bool {
            let x = entries[a]!, y = entries[b]!
            return x.modified != y.modified ? x.modified > y.modified : x.name < y.name
        }
        switch sort {
        case .relevance:
            return { $0.score != $1.score ? $0.score > $1.score : tieBreak($0.slot, $1.slot) }
        case .modified(let ascending):
            return { a, b in
                let x = entries[a.slot]!.modified, y = entries[b.slot]!.modified
                return x != y ? (ascending ? x < y : x > y) : entries[a.slot]!.name < entries[b.slot]!.name
            }
        case .created(let ascending):
            return { a, b in
                let x = entries[a.slot]!.created, y = entries[b.slot]!.created
                return x != y ? (ascending ? x < y : x > y) : entries[a.slot]!.name < entries[b.slot]!.name
            }
        case .name(let ascending):
            return { a, b in ascending ? entries[a.slot]!.name < entries[b.slot]!.name : entries[a.slot]!.name > entries[b.slot]!.name }
        case .title(let ascending):
            return { a, b in
                let x = entries[a.slot]!.titleSortKey, y = entries[b.slot]!.titleSortKey
                return x != y ? (ascending ? x < y : x > y) : entries[a.slot]!.name < entries[b.slot]!.name
            }
        case .popularity:
            return { a, b in
                let x = downloads[entries[a.slot]!.id] ?? 0, y = downloads[entries[b.slot]!.id] ?? 0
                return x != y ? x > y : tieBreak(a.slot, b.slot)
            }
        }
    }

    private func uniqued(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
