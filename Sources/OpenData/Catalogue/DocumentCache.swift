import ManbaCore

/// Recently decoded datasets, each under the revision it was decoded at.
///
/// Why: decoding a stored JSON document took a fifth of the time of a package_show and of a search page.
/// A hit must match the revision the search index holds for the dataset, and the index catches up with
/// the database before every read, so a cached document is never older than what the database says.
/// Eviction is first-in first-out over a fixed number of slots: simple, and bounded in memory.
final class DocumentCache: Sendable {
    private struct State {
        var documents: [String: (revision: Int64, dataset: Dataset)] = [:]
        var order: [String] = []
        var nextEviction = 0
    }

    private let state = Locked(State())
    let capacity: Int

    init(capacity: Int = 8_192) {
        self.capacity = max(capacity, 1)
    }

    func dataset(_ id: String, revision: Int64) -> Dataset? {
        state.withLock { s in
            guard let hit = s.documents[id], hit.revision == revision else { return nil }
            return hit.dataset
        }
    }

    func store(_ dataset: Dataset, revision: Int64) {
        state.withLock { s in
            if s.documents[dataset.id] == nil {
                if s.order.count < capacity {
                    s.order.append(dataset.id)
                } else {
                    s.documents[s.order[s.nextEviction]] = nil
                    s.order[s.nextEviction] = dataset.id
                    s.nextEviction = (s.nextEviction + 1) % capacity
                }
            }
            s.documents[dataset.id] = (revision, dataset)
        }
    }
}
