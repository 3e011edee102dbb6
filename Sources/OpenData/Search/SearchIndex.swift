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

    init(database: any DatabaseBackend, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    struct Hits: Sendable {
        let count: Int
        let ids: [String]
        let facets: [SearchQuery.Field: [(value: String, count: Int)]]
    }

    func search(_ query: SearchQuery, for principal: Principal) async throws -> Hits {
        try await catchUp()
        return state.withLock { $0.evaluate(query, principal) }
    }

    func visibleNames(for principal: Principal, limit: Int?, offset: Int) async throws -> [String] {
        try await catchUp()
        let names = state.withLock { s in
            s.entries.compactMap { e -> String? in
                guard let e, Visibility.mayRead(state: e.active ? "active" : "deleted", isPrivate: e.isPrivate, classification: e.classification,
                                                ownerOrg: e.ownerOrgID, principal: principal, includePrivate: false) else { return nil }
                return e.name
            }
        }.sorted()
        let from = min(max(offset, 0), names.count)
        let to = limit.map { min(from + max($0, 0), names.count) } ?? names.count
        return Array(names[from..<to])
    }

    /// Datasets per organisation id and per group name, as the principal may see them.
    func countsByOwnerAndGroup(for principal: Principal) async throws -> [String: Int] {
        try await catchUp()
        return state.withLock { s in
            var counts: [String: Int] = [:]
            for case let e? in s.entries where s.isVisible(e, principal, includePrivate: true) {
                counts[e.ownerOrgID, default: 0] += 1
                for g in e.values[IndexState.facetSlot(.groups)!] { counts["group:" + g, default: 0] += 1 }
            }
            return counts
        }
    }

    func countDownload(datasetID: String) {
        state.withLock { $0.downloads[datasetID, default: 0] += 1 }
    }

    /// Brings the index up to the database's latest revision.
    func catchUp() async throws {
        let latest = try await database.read { db in
            try await db.first("SELECT COALESCE(MAX(revision), 0) AS r FROM datasets")?.decode(column: "r", as: Int64.self) ?? 0
        }
        if state.withLock({ $0.revision }) >= latest { return }
        try await refreshLock.withLock {
            let from = self.state.withLock { $0.revision }
            guard from < latest else { return }
            let started = Date()
            let (rows, groups, downloads) = try await self.database.read { db in
                let rows = try await db.rows("""
                    SELECT datasets.revision, datasets.doc, organizations.name AS org_name
                    FROM datasets LEFT JOIN organizations ON organizations.id = datasets.owner_org
                    WHERE datasets.revision > \(bind: from) ORDER BY datasets.revision
                    """)
                let groups = try await db.rows("SELECT id, name FROM organizations WHERE kind = 'group'")
                let downloads = from == 0 ? try await db.rows("SELECT dataset_id, downloads FROM dataset_stats WHERE downloads > 0") : []
                return (rows, groups, downloads)
            }
            var groupNames: [String: String] = [:]
            for g in groups { groupNames[try g.decode(column: "id", as: String.self)] = try g.decode(column: "name", as: String.self) }
            var documents: [IndexedDocument] = []
            documents.reserveCapacity(rows.count)
            var newest = from
            let decoder = JSONDecoder()
            for row in rows {
                newest = max(newest, try row.decode(column: "revision", as: Int64.self))
                guard let dataset = try? decoder.decode(Dataset.self, from: Data(try row.decode(column: "doc", as: String.self).utf8)) else { continue }
                let orgName = (try? row.optional("org_name", as: String.self)) ?? nil
                documents.append(IndexedDocument(dataset, organisationName: orgName ?? dataset.ownerOrg, groupNames: groupNames))
            }
            var counts: [String: Int] = [:]
            for d in downloads { counts[try d.decode(column: "dataset_id", as: String.self)] = try d.decode(column: "downloads", as: Int.self) }
            self.state.withLock { s in
                for (id, n) in counts { s.downloads[id] = n }
                for document in documents { s.add(document) }
                s.revision = newest
                if s.deadSlots > 50_000 && s.deadSlots > s.entries.count / 2 { s.compact() }
            }
            if documents.count > 1_000 {
                self.logger.info("search index caught up", metadata: ["datasets": "\(documents.count)", "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(started)))"])
            }
        }
    }
}

/// What the index keeps of one dataset: its words and its facet values, nothing else.
struct IndexedDocument: Sendable {
    let entry: IndexState.Entry
    let titleTokens: [String]
    let bodyTokens: [String]

    init(_ d: Dataset, organisationName: String, groupNames: [String: String]) {
        var values = [[String]](repeating: [], count: IndexState.facetFields.count)
        values[IndexState.facetSlot(.organization)!] = [organisationName]
        values[IndexState.facetSlot(.groups)!] = d.groups.compactMap { groupNames[$0] }
        values[IndexState.facetSlot(.tags)!] = d.tags
        values[IndexState.facetSlot(.resFormat)!] = Array(Set(d.resources.map(\.format).filter { !$0.isEmpty })).sorted()
        values[IndexState.facetSlot(.licenseID)!] = d.licenseID.map { [$0] } ?? []
        var languages = Set(d.resources.compactMap(\.language))
        for language in d.title.values.keys { languages.insert(language.rawValue) }
        values[IndexState.facetSlot(.language)!] = languages.sorted()
        values[IndexState.facetSlot(.frequency)!] = d.frequency.map { [$0.rawValue] } ?? []
        entry = IndexState.Entry(
            id: d.id, name: d.name, ownerOrgID: d.ownerOrg, isPrivate: d.isPrivate, classification: d.classification,
            active: d.state == "active", modified: d.modified, created: d.created,
            titleSortKey: ScriptFolding.matchKey(d.title.resolved(for: .uzLatn)), values: values)
        titleTokens = ScriptFolding.tokens(d.title.allText + " " + d.name.replacingOccurrences(of: "-", with: " "))
        bodyTokens = ScriptFolding.tokens(d.notes.allText + " " + d.tags.joined(separator: " ") + " "
                                          + d.resources.map { $0.name.allText + " " + $0.format }.joined(separator: " "))
    }
}
