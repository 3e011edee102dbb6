import Foundation
import Logging
import ManbaCore
import ManbaStore
import SQLKit

/// The catalogue's search index, held in memory and built from the database.
///
/// Why in memory rather than SQLite FTS5 and PostgreSQL tsvector: exact facet counts over 100,000
/// datasets within a few milliseconds need per-document facet values at hand, and one index gives the
/// same results on both backends by construction. The database stays the only source of truth: before
/// each search the index reads `MAX(revision)` and loads only the rows written since, so writes made by
/// another process (`manba demo`, a second server) show up too.
final class SearchIndex: Sendable {
    private let database: any DatabaseBackend
    private let logger: Logger
    private let state = Locked(IndexState())
    private let refreshLock = AsyncLock()
    private let checkedGeneration = Locked<Int?>(nil)

    init(database: any DatabaseBackend, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    struct Hits: Sendable {
        let count: Int
        /// The page of matches, each with the revision the index holds of it.
        let documents: [(id: String, revision: Int64)]
        let facets: [SearchQuery.Field: [(value: String, count: Int)]]
    }

    func search(_ query: SearchQuery, for principal: Principal) async throws -> Hits {
        try await catchUp()
        return state.withLock { $0.evaluate(query, principal) }
    }

    /// The id and revision of the dataset with this id or name as of the database's latest revision.
    func current(idOrName: String) async throws -> (id: String, revision: Int64)? {
        try await catchUp()
        return state.withLock { s in s.entry(idOrName: idOrName).map { ($0.id, $0.revision) } }
    }

    func visibleNames(for principal: Principal, limit: Int?, offset: Int) async throws -> [String] {
        try await catchUp()
        let names = state.withLock { s in
            s.entries.compactMap { e -> String? in
                guard let e, s.isVisible(e, principal, includePrivate: false) else { return nil }
                return e.name
            }
        }.sorted()
        let from = min(max(offset, 0), names.count)
        let to = limit.map { from + min(max($0, 0), names.count - from) } ?? names.count
        return Array(names[from..<to])
    }

    /// Datasets per organisation id and per group id, as the principal may see them.
    func countsByOwnerAndGroup(for principal: Principal) async throws -> [String: Int] {
        try await catchUp()
        return state.withLock { s in
            var counts: [String: Int] = [:]
            for case let e? in s.entries where s.isVisible(e, principal, includePrivate: true) {
                counts[s.ownerID(e), default: 0] += 1
                for g in s.values(e, IndexState.facetSlot(.groups)!) { counts[g, default: 0] += 1 }
            }
            return counts
        }
    }

    func countDownload(datasetID: String) {
        state.withLock { $0.downloads[datasetID, default: 0] += 1 }
    }

    /// Brings the index up to the database's latest revision. Where the backend signals changes, a
    /// read with nothing changed since the last look asks the database nothing.
    func catchUp() async throws {
        let generation = database.changes?.generation
        if let generation, generation == checkedGeneration.withLock({ $0 }) { return }
        try await catchUpWithDatabase()
        // The generation read before the query: a change committed meanwhile moves it again.
        if let generation { checkedGeneration.withLock { $0 = generation } }
    }

    private func catchUpWithDatabase() async throws {
        let latest = try await database.read { db in
            try await db.first("SELECT COALESCE(MAX(revision), 0) AS r FROM datasets")?.decode(column: "r", as: Int64.self) ?? 0
        }
        if state.withLock({ $0.revision }) >= latest { return }
        try await refreshLock.withLock {
            if self.state.withLock({ $0.needsRebuild }) {
                self.state.withLock { $0 = IndexState() }
            }
            let started = Date()
            var loaded = 0
            let decoder = JSONDecoder()
            if self.state.withLock({ $0.revision }) == 0 {
                let downloads = try await self.database.read { db in
                    try await db.rows("SELECT dataset_id, downloads FROM dataset_stats WHERE downloads > 0")
                }
                var counts: [String: Int] = [:]
                for d in downloads { counts[try d.decode(column: "dataset_id", as: String.self)] = try d.decode(column: "downloads", as: Int.self) }
                self.state.withLock { $0.downloads = counts }
            }
            // In batches, so a first load of a large catalogue never holds all its documents at once.
            while true {
                let from = self.state.withLock { $0.revision }
                let rows = try await self.database.read { db in
                    try await db.rows("SELECT revision, doc FROM datasets WHERE revision > \(bind: from) ORDER BY revision LIMIT \(unsafeRaw: String(Self.batchSize))")
                }
                guard !rows.isEmpty else { break }
                var documents: [IndexedDocument] = []
                documents.reserveCapacity(rows.count)
                var newest = from
                for row in rows {
                    let revision = try row.decode(column: "revision", as: Int64.self)
                    newest = max(newest, revision)
                    if let dataset = try? decoder.decode(Dataset.self, from: Data(try row.decode(column: "doc", as: String.self).utf8)) {
                        documents.append(IndexedDocument(dataset, revision: revision))
                    }
                }
                self.state.withLock { s in
                    for document in documents { s.add(document) }
                    s.revision = newest
                }
                loaded += documents.count
                if rows.count < Self.batchSize { break }
            }
            if loaded > 1_000 {
                FreedMemory.release()
                self.logger.info("search index caught up", metadata: ["datasets": "\(loaded)", "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(started)))"])
            }
        }
    }

    static let batchSize = 5_000
}

/// What the index keeps of one dataset: its words and its facet values, nothing else. Organisations
/// and groups are kept by id, so renaming one needs no reindexing; `CatalogueService.search`
/// translates names to ids in filters and ids to names in facets.
struct IndexedDocument: Sendable {
    let id: String
    let name: String
    let revision: Int64
    let ownerOrg: String
    let isPrivate: Bool
    let classification: Classification
    let active: Bool
    let modified: Double
    let created: Double
    let titleSortKey: String
    /// Values per facet field, in the order of `SearchQuery.facetFields`.
    let facetValues: [[String]]
    let titleTokens: [String]
    let bodyTokens: [String]

    init(_ d: Dataset, revision: Int64) {
        self.revision = revision
        var values = [[String]](repeating: [], count: IndexState.facetFields.count)
        values[IndexState.facetSlot(.organization)!] = [d.ownerOrg]
        values[IndexState.facetSlot(.groups)!] = d.groups
        values[IndexState.facetSlot(.tags)!] = d.tags
        values[IndexState.facetSlot(.resFormat)!] = Array(Set(d.resources.map { $0.format.uppercased() }.filter { !$0.isEmpty })).sorted()
        values[IndexState.facetSlot(.licenseID)!] = d.licenseID.map { [$0] } ?? []
        var languages = Set(d.resources.compactMap(\.language))
        for language in d.title.values.keys { languages.insert(language.rawValue) }
        values[IndexState.facetSlot(.language)!] = languages.sorted()
        values[IndexState.facetSlot(.frequency)!] = d.frequency.map { [$0.rawValue] } ?? []
        facetValues = values
        id = d.id; name = d.name; ownerOrg = d.ownerOrg; isPrivate = d.isPrivate; classification = d.classification
        active = d.state == "active"
        modified = Timestamp.parse(d.modified)?.timeIntervalSince1970 ?? 0
        created = Timestamp.parse(d.created)?.timeIntervalSince1970 ?? 0
        titleSortKey = ScriptFolding.matchKey(d.title.resolved(for: .uzLatn))
        titleTokens = ScriptFolding.tokens(d.title.allText + " " + d.name.replacingOccurrences(of: "-", with: " "))
        bodyTokens = ScriptFolding.tokens(d.notes.allText + " " + d.tags.joined(separator: " ") + " "
                                          + d.resources.map { $0.name.allText + " " + $0.format }.joined(separator: " "))
    }
}
