import Foundation
import ManbaCore

/// The data structures behind `SearchIndex`: a slot per document version, posting lists per folded word,
/// and per-slot facet values. Mutated only under the index's lock.
struct IndexState {
    /// A class, not a struct: evaluation touches thousands of entries per query, and copying a struct
    /// with five references out of the array retained each of them.
    final class Entry: Sendable {
        let id: String
        let name: String
        /// The catalogue revision the entry was built from; `DocumentCache` keys decoded documents by it.
        let revision: Int64
        /// The owner's id, as interned in the organization facet.
        let ownerOrg: Int32
        let isPrivate: Bool
        let classification: Classification
        let active: Bool
        /// Seconds since 1970, for sorting and date ranges without parsing.
        let modified: Double
        let created: Double
        let titleSortKey: String
        /// Facet values, each `field << 24 | value id`: one small array per document instead of one per field.
        let facets: ContiguousArray<Int32>

        init(_ document: IndexedDocument, ownerOrg: Int32, facets: ContiguousArray<Int32>) {
            id = document.id; name = document.name; revision = document.revision
            self.ownerOrg = ownerOrg; self.facets = facets
            isPrivate = document.isPrivate; classification = document.classification; active = document.active
            modified = document.modified; created = document.created; titleSortKey = document.titleSortKey
        }
    }

    static let facetFields = SearchQuery.facetFields
    static func facetSlot(_ field: SearchQuery.Field) -> Int? { facetFields.firstIndex(of: field) }
    static let organizationSlot = facetSlot(.organization)!

    var entries: [Entry?] = []
    /// What evaluation reads of every candidate, inline and free of references, so a query touching tens
    /// of thousands of documents reads one contiguous array (a class per entry cost a cache miss each).
    struct Hot {
        var live: Bool
        let active: Bool
        let isPrivate: Bool
        let classification: Classification
        let ownerOrg: Int32
        let modified: Double
        let created: Double
        let facetStart: UInt32
        let facetCount: UInt32
    }
    var hot: [Hot] = []
    /// Facet values of every slot, `hot[slot].facetStart ..< + facetCount`.
    var facetValues: [Int32] = []
    var slotByID: [String: Int] = [:]
    var slotByName: [String: Int] = [:]
    /// Word to slots; each posting is `slot << 1 | 1` when the word is in the title.
    var postings: [String: [UInt32]] = [:]
    var vocabulary: [String] = []
    var vocabularyDirty = false
    /// Facet values interned per field, so counting them is indexing an array, not hashing strings.
    var interned = [Interner](repeating: Interner(), count: facetFields.count)
    var revision: Int64 = 0
    var deadSlots = 0
    var downloads: [String: Int] = [:]

    mutating func add(_ document: IndexedDocument) {
        if let old = slotByID[document.id] {
            if let replaced = entries[old], slotByName[replaced.name] == old { slotByName[replaced.name] = nil }
            entries[old] = nil
            hot[old].live = false
            deadSlots += 1
        }
        var facets = ContiguousArray<Int32>()
        for (field, values) in document.facetValues.enumerated() {
            for value in values { facets.append(Int32(field) << 24 | interned[field].intern(value)) }
        }
        let slot = entries.count
        let owner = interned[Self.organizationSlot].intern(document.ownerOrg)
        entries.append(Entry(document, ownerOrg: owner, facets: facets))
        hot.append(Hot(live: true, active: document.active, isPrivate: document.isPrivate, classification: document.classification,
                       ownerOrg: owner, modified: document.modified, created: document.created, facetStart: UInt32(facetValues.count), facetCount: UInt32(facets.count)))
        facetValues.append(contentsOf: facets)
        slotByID[document.id] = slot
        slotByName[document.name] = slot
        let titleSet = Set(document.titleTokens)
        for token in titleSet.union(document.bodyTokens) {
            let posting = UInt32(slot) << 1 | (titleSet.contains(token) ? 1 : 0)
            if postings[token]?.append(posting) == nil {
                postings[token] = [posting]
                vocabularyDirty = true
            }
        }
    }

    /// When most slots hold replaced versions, the index is rebuilt from the database rather than
    /// compacted in place: it keeps no copy of the words it would need for that.
    var needsRebuild: Bool { deadSlots > 50_000 && deadSlots > entries.count / 2 }

    /// The entry for a dataset id or name, whatever its visibility (callers check that on the document).
    func entry(idOrName: String) -> Entry? {
        guard let slot = slotByID[idOrName] ?? slotByName[idOrName] else { return nil }
        return entries[slot]
    }

    func ownerID(_ e: Entry) -> String { interned[Self.organizationSlot].values[Int(e.ownerOrg)] }

    func isVisible(_ e: Entry, _ principal: Principal, includePrivate: Bool) -> Bool {
        guard e.active, principal.mayRead(classification: e.classification) else { return false }
        guard e.isPrivate else { return true }
        return Visibility.mayRead(state: "active", isPrivate: true, classification: e.classification,
                                  ownerOrg: ownerID(e), principal: principal, includePrivate: includePrivate)
    }

    func values(_ e: Entry, _ field: Int) -> [String] {
        e.facets.filter { Int($0 >> 24) == field }.map { interned[field].values[Int($0 & 0xFFFFFF)] }
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

        // Filters become predicates on interned values; a value never indexed matches nothing.
        enum Check { case facet(Int32?), name(String), id(String), range(Double?, Double?) }
        let checks: [(check: Check, negated: Bool)] = query.filters.map { filter in
            switch filter.field {
            case .name: return (.name(filter.value), filter.negated)
            case .id: return (.id(filter.value), filter.negated)
            case .metadataModified:
                return (.range(filter.from.flatMap(Timestamp.parse)?.timeIntervalSince1970, filter.until.flatMap(Timestamp.parse)?.timeIntervalSince1970), filter.negated)
            default:
                let field = Self.facetSlot(filter.field)!
                let value = filter.field == .resFormat ? filter.value.uppercased() : filter.value
                return (.facet(interned[field].ids[value].map { Int32(field) << 24 | $0 }), filter.negated)
            }
        }
        let facetSlots = query.facetFields.compactMap { f in Self.facetSlot(f).map { (f, $0) } }
        // All requested facets count into one flat array: field index to where its values start there
        // (-1: not requested). Nested arrays cost a uniqueness check on every increment.
        var countStart = [Int](repeating: -1, count: Self.facetFields.count)
        var countSize = 0
        for facet in facetSlots where countStart[facet.1] < 0 {
            countStart[facet.1] = countSize
            countSize += interned[facet.1].values.count
        }
        var facetCounts = [Int32](repeating: 0, count: countSize)
        var matched: [(slot: Int, score: Double)] = []
        let slots = candidates ?? Bitset.all(count: slotCount)
        let countsFacets = !facetSlots.isEmpty

        // One pass over the candidates, inline rather than a closure per slot: the loop runs for tens of
        // thousands of documents per query.
        hot.withUnsafeBufferPointer { hot in
            facetValues.withUnsafeBufferPointer { facetValues in
                facetCounts.withUnsafeMutableBufferPointer { counts in
                    candidates: for slot in slots {
                        let h = hot[slot]
                        guard h.live, h.active, principal.mayRead(classification: h.classification) else { continue }
                        if h.isPrivate {
                            guard let e = entries[slot], isVisible(e, principal, includePrivate: query.includePrivate) else { continue }
                        }
                        let facets = UnsafeBufferPointer(rebasing: facetValues[Int(h.facetStart)..<Int(h.facetStart + h.facetCount)])
                        for (check, negated) in checks {
                            let hit: Bool
                            switch check {
                            case .name(let name): hit = entries[slot]?.name == name
                            case .id(let id): hit = entries[slot]?.id == id
                            case .range(let from, let until): hit = (from.map { h.modified >= $0 } ?? true) && (until.map { h.modified <= $0 } ?? true)
                            case .facet(let value): hit = value.map { facets.contains($0) } ?? false
                            }
                            if hit == negated { continue candidates }
                        }
                        var score = 0.0
                        for term in termBitsets { score += term.weight * (term.title.contains(slot) ? 3 : 1) }
                        matched.append((slot, score))
                        if countsFacets {
                            for encoded in facets {
                                let start = countStart[Int(encoded >> 24)]
                                if start >= 0 { counts[start + Int(encoded & 0xFFFFFF)] += 1 }
                            }
                        }
                    }
                }
            }
        }

        var facets: [SearchQuery.Field: [(value: String, count: Int)]] = [:]
        for facet in facetSlots {
            let names = interned[facet.1].values
            let counts = Array(facetCounts[countStart[facet.1]..<countStart[facet.1] + names.count])
            let limit = max(query.facetLimit, 0)
            let precedes: (Int, Int) -> Bool = { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : names[$0] < names[$1] }
            // Tags run to thousands of values; only the top `limit` are wanted, so they are not all sorted.
            var top = BoundedHeap<Int>(capacity: min(max(limit, 1), counts.count), precedes: precedes)
            for value in counts.indices where counts[value] > 0 && Int(counts[value]) >= query.facetMinCount { top.offer(value) }
            facets[facet.0] = limit == 0 ? [] : top.sorted().map { (names[$0], Int(counts[$0])) }
        }

        let window = topWindow(matched, query: query)
        return SearchIndex.Hits(count: matched.count, documents: window.map { (entries[$0]!.id, entries[$0]!.revision) }, facets: facets)
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
        let needed = start + rows
        // Matches are gathered in slot order already.
        if query.sort == .unordered { return matched[start..<min(needed, matched.count)].map(\.slot) }
        let precedes = ordering(for: query.sort)
        let ordered: [(slot: Int, score: Double)]
        if needed * 8 < matched.count {
            var heap = BoundedHeap(capacity: needed, precedes: precedes)
            // Slots are appended as datasets are written, so the newest sit last. Offered newest first, the
            // usual sorts (relevance, then newest) fill the heap with keepers at once and reject the rest
            // after one comparison; offered oldest first, nearly every match would displace the root.
            if Self.favoursNewest(query.sort) {
                for m in matched.reversed() { heap.offer(m) }
            } else {
                for m in matched { heap.offer(m) }
            }
            ordered = heap.sorted()
        } else {
            ordered = matched.sorted(by: precedes)
        }
        return ordered[min(start, ordered.count)..<min(needed, ordered.count)].map(\.slot)
    }

    private static func favoursNewest(_ sort: SearchQuery.Sort) -> Bool {
        switch sort {
        case .relevance, .popularity, .modified(ascending: false), .created(ascending: false): return true
        default: return false
        }
    }

    /// Comparisons read dates from `hot`, inline values; an entry (a class) is touched only to break a tie by name.
    private func ordering(for sort: SearchQuery.Sort) -> ((slot: Int, score: Double), (slot: Int, score: Double)) -> Bool {
        let entries = self.entries
        let hot = self.hot
        let downloads = self.downloads
        func newerFirst(_ a: Int, _ b: Int) -> Bool {
            let x = hot[a].modified, y = hot[b].modified
            return x != y ? x > y : entries[a]!.name < entries[b]!.name
        }
        func byDate(_ date: KeyPath<Hot, Double>, ascending: Bool) -> ((slot: Int, score: Double), (slot: Int, score: Double)) -> Bool {
            { a, b in
                let x = hot[a.slot][keyPath: date], y = hot[b.slot][keyPath: date]
                return x != y ? (ascending ? x < y : x > y) : entries[a.slot]!.name < entries[b.slot]!.name
            }
        }
        switch sort {
        case .relevance:
            return { $0.score != $1.score ? $0.score > $1.score : newerFirst($0.slot, $1.slot) }
        case .modified(let ascending):
            return byDate(\.modified, ascending: ascending)
        case .created(let ascending):
            return byDate(\.created, ascending: ascending)
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
                return x != y ? x > y : newerFirst(a.slot, b.slot)
            }
        case .unordered:
            return { $0.slot < $1.slot }
        }
    }

    private func uniqued(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
