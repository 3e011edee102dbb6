import ManbaCore

/// Credits logged searches to the datasets whose titles they name: a search counts for a dataset when
/// every word of its folded query begins a word of the dataset's folded title (in any language) or URL
/// name, as the search index matches prefixes ("maktab" finds "Maktablar roʻyxati" and "Мактаблар").
/// A search counts in full for each dataset it names; searches that found nothing name none.
struct SearchAttribution {
    /// Every distinct title word, sorted, so the words a prefix begins are one contiguous range.
    private let vocabulary: [String]
    private let datasetsByWord: [String: Set<String>]

    init(titles: [(datasetID: String, text: String)]) {
        var byWord: [String: Set<String>] = [:]
        for (id, text) in titles {
            for word in ScriptFolding.tokens(text) { byWord[word, default: []].insert(id) }
        }
        datasetsByWord = byWord
        vocabulary = byWord.keys.sorted()
    }

    /// The datasets one folded query names.
    func datasets(matching queryKey: String) -> Set<String> {
        var matched: Set<String>?
        for word in Set(queryKey.split(separator: " ").map(String.init)) {
            var found = Set<String>()
            var i = lowerBound(word)
            while i < vocabulary.count, vocabulary[i].hasPrefix(word) {
                found.formUnion(datasetsByWord[vocabulary[i]] ?? [])
                i += 1
            }
            matched = matched.map { $0.intersection(found) } ?? found
            if matched!.isEmpty { return [] }
        }
        return matched ?? []
    }

    /// Searches per dataset, from (folded query, searches that found something) pairs.
    func searchesPerDataset(_ searches: [(queryKey: String, searches: Int)]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (key, n) in searches {
            for id in datasets(matching: key) { counts[id, default: 0] += n }
        }
        return counts
    }

    private func lowerBound(_ word: String) -> Int {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < word { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
