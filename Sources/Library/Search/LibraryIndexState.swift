import Foundation
import ManbaCore

/// The data behind `LibraryIndex`, as flat arrays: a million records must fit in a few hundred
/// megabytes and be counted in milliseconds. A slot is one version of a work; a changed work gets a new
/// slot and its old one is marked dead. Mutated only under the index's lock.
struct LibraryIndexState {
    var workOfSlot: [Int64] = []
    var alive: [Bool] = []
    var year: [Int16] = []
    var titleSortKey: [String] = []
    /// Facet values of slot i are `facetValues[facetStart[i]..<facetStart[i + 1]]`, each `facet << 24 | value id`.
    var facetStart: [UInt32] = [0]
    var facetValues: [Int32] = []
    var slotOfWork: [Int64: Int32] = [:]
    /// Word to postings, each `slot << 4 | fields` (the `LibraryField` bits the word occurs in).
    var postings: [String: [UInt32]] = [:]
    var vocabulary: [String] = []
    var vocabularyDirty = false
    var exactTitles: [Int: [Int32]] = [:]
    var isbns: [String: [Int32]] = [:]
    var interned = [Interner](repeating: Interner(), count: LibraryFacet.allCases.count)
    var revision: Int64 = 0
    var deadSlots = 0

    var slotCount: Int { workOfSlot.count }
    var liveCount: Int { slotCount - deadSlots }

    mutating func add(work: Int64, deleted: Bool, sources: [SourceTerms], regions: [String: String]) {
        if let old = slotOfWork[work] {
            alive[Int(old)] = false
            deadSlots += 1
            slotOfWork[work] = nil
        }
        guard !deleted, !sources.isEmpty else { return }
        let slot = Int32(workOfSlot.count)
        workOfSlot.append(work)
        alive.append(true)
        slotOfWork[work] = slot
        let primary = sources[0]
        year.append(Int16(clamping: primary.year ?? 0))
        titleSortKey.append(primary.titleKey)

        var fieldsOfWord: [String: UInt32] = [:]
        for source in sources {
            for w in source.title { fieldsOfWord[w, default: 0] |= UInt32(LibraryField.title.rawValue) }
            for w in source.creators { fieldsOfWord[w, default: 0] |= UInt32(LibraryField.creator.rawValue) }
            for w in source.subjects { fieldsOfWord[w, default: 0] |= UInt32(LibraryField.subject.rawValue) }
            for w in source.other { fieldsOfWord[w, default: 0] |= UInt32(LibraryField.other.rawValue) }
            for isbn in source.isbns { isbns[isbn, default: []].append(slot) }
            if !source.titleKey.isEmpty { exactTitles[source.titleKey.hashValue, default: []].append(slot) }
        }
        for (word, fields) in fieldsOfWord {
            let posting = UInt32(slot) << 4 | fields
            if postings[word]?.append(posting) == nil {
                postings[word] = [posting]
                vocabularyDirty = true
            }
        }

        var values = Set<Int32>()
        func add(_ facet: LibraryFacet, _ value: String) {
            guard !value.isEmpty else { return }
            let f = facetIndex(facet)
            values.insert(Int32(f) << 24 | interned[f].intern(value))
        }
        for source in sources {
            for code in source.libraries {
                add(.library, code)
                add(.region, regions[code] ?? "")
            }
            add(.language, source.language)
            add(.material, source.material)
            for heading in source.subjectHeadings { add(.subject, heading) }
        }
        if let y = primary.year { add(.year, String(y)) }
        facetValues.append(contentsOf: values.sorted())
        facetStart.append(UInt32(facetValues.count))
    }

    func facetIndex(_ facet: LibraryFacet) -> Int { LibraryFacet.allCases.firstIndex(of: facet)! }

    /// When most slots are dead, the index is built again from the database.
    var needsRebuild: Bool { deadSlots > 100_000 && deadSlots > slotCount / 2 }
}
