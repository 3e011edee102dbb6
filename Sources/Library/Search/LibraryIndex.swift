import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// The union catalogue's search index, in memory and built from the stored index terms of every
/// contributed record (so building it needs no MARC decoding). Like the open data index, it catches up
/// with the database before each search by reading only works with a newer revision.
final class LibraryIndex: Sendable {
    private let database: any DatabaseBackend
    private let state = Locked(LibraryIndexState())
    private let refreshLock = AsyncLock()
    private let checkedGeneration = Locked<Int?>(nil)

    init(database: any DatabaseBackend) {
        self.database = database
    }

    func search(_ query: LibraryQuery, sort: LibrarySort = .relevance, start: Int = 0, rows: Int = 10,
                facets: [LibraryFacet] = [], facetLimit: Int = 10) async throws -> LibraryHits {
        try await catchUp()
        let request = LibraryIndexState.Request(query: query, sort: sort, start: start, rows: rows, facets: facets, facetLimit: facetLimit)
        return state.withLock { $0.evaluate(request) }
    }

    var recordCount: Int { state.withLock { $0.liveCount } }

    func catchUp() async throws {
        let generation = database.changes?.generation
        if let generation, generation == checkedGeneration.withLock({ $0 }) { return }
        let latest = try await database.read { db in
            try await db.first("SELECT COALESCE(MAX(revision), 0) AS r FROM bib_works")?.decode(column: "r", as: Int64.self) ?? 0
        }
        if state.withLock({ $0.revision }) < latest {
            try await refreshLock.withLock { try await self.load(upTo: latest) }
        }
        if let generation { checkedGeneration.withLock { $0 = generation } }
    }

    /// Loads works newer than the index, a revision range at a time so a first load never holds the
    /// whole catalogue's terms at once.
    private func load(upTo latest: Int64) async throws {
        if state.withLock({ $0.needsRebuild }) { state.withLock { $0 = LibraryIndexState() } }
        let regions = try await database.read { db in
            try await db.rows("SELECT code, region FROM member_libraries").reduce(into: [String: String]()) { map, row in
                map[try row.decode(column: "code", as: String.self)] = try row.decode(column: "region", as: String.self)
            }
        }
        while true {
            let from = state.withLock { $0.revision }
            guard from < latest else { break }
            let to = min(latest, from + Self.revisionsPerBatch)
            let rows = try await database.read { db in
                try await db.rows("""
                    SELECT w.id, w.revision, w.deleted, s.terms FROM bib_works w LEFT JOIN bib_sources s ON s.work_id = w.id
                    WHERE w.revision > \(bind: from) AND w.revision <= \(bind: to) ORDER BY w.revision, s.added, s.source_key
                    """)
            }
            // The words of digitised copies are searched with the record, as text of the "other" kind.
            let fullTexts = try await database.read { db in
                try await db.rows("""
                    SELECT i.work_id, i.terms FROM digital_items i JOIN bib_works w ON w.id = i.work_id
                    WHERE w.revision > \(bind: from) AND w.revision <= \(bind: to)
                    """)
            }.reduce(into: [Int64: [String]]()) { map, row in
                map[try row.decode(column: "work_id", as: Int64.self), default: []] += try row.decode(column: "terms", as: String.self).split(separator: " ").map(String.init)
            }
            var works: [(id: Int64, deleted: Bool, sources: [SourceTerms])] = []
            for row in rows {
                let id = try row.decode(column: "id", as: Int64.self)
                let terms = try row.decodeNil(column: "terms") ? nil : try row.decode(column: "terms", as: String.self)
                if works.last?.id != id {
                    works.append((id, try row.decode(column: "deleted", as: Int.self) != 0, []))
                }
                if let terms { works[works.count - 1].sources.append(SourceTerms(encoded: terms)) }
            }
            for i in works.indices where !works[i].sources.isEmpty {
                if let words = fullTexts[works[i].id] {
                    var text = SourceTerms()
                    text.other = words
                    works[i].sources.append(text)
                }
            }
            state.withLock { s in
                for work in works { s.add(work: work.id, deleted: work.deleted, sources: work.sources, regions: regions) }
                s.revision = to
            }
        }
    }

    static let revisionsPerBatch: Int64 = 20_000
}
