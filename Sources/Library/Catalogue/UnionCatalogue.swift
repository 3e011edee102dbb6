import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// The union catalogue: every read and change of member libraries, records and holdings goes through here.
public final class UnionCatalogue: Sendable {
    let database: any DatabaseBackend
    let clock: any ManbaClock
    let index: LibraryIndex
    /// Member libraries, read at most every two seconds: every OPAC page names many of them, and
    /// decoding twelve thousand descriptions per page would cost more than the search.
    private let libraryCache = Locked<(loaded: Date, libraries: [MemberLibrary])?>(nil)

    public init(database: any DatabaseBackend, clock: any ManbaClock = SystemClock()) {
        self.database = database
        self.clock = clock
        index = LibraryIndex(database: database)
    }

    public var importer: MARCImporter { MARCImporter(database: database, clock: clock) }

    // MARK: Search

    public struct SearchPage: Sendable {
        public let count: Int
        public let records: [WorkRecord]
        public let facets: [LibraryFacet: [(value: String, count: Int)]]
    }

    public func search(_ query: LibraryQuery, sort: LibrarySort = .relevance, start: Int = 0, rows: Int = 10,
                       facets: [LibraryFacet] = [], facetLimit: Int = 10) async throws -> SearchPage {
        let hits = try await index.search(query, sort: sort, start: start, rows: min(max(rows, 0), Self.maxRows),
                                          facets: facets, facetLimit: facetLimit)
        let records = try await works(hits.works)
        return SearchPage(count: hits.count, records: records, facets: hits.facets)
    }

    public static let maxRows = 1_000

    public func warmUp() async throws { try await index.catchUp() }

    // MARK: Records

    public func work(_ id: Int64) async throws -> WorkRecord {
        guard let work = try await works([id]).first else { throw ManbaError.notFound("No record \(id) in the union catalogue") }
        return work
    }

    /// The works with these ids that exist and are not deleted, in the order asked.
    public func works(_ ids: [Int64]) async throws -> [WorkRecord] {
        guard !ids.isEmpty else { return [] }
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT w.id, w.datestamp, s.source_key, s.library_code, s.flavour, s.character_set, s.marc
                FROM bib_works w JOIN bib_sources s ON s.work_id = w.id
                WHERE w.id IN \(SQLBind.group(ids)) AND w.deleted = 0 ORDER BY s.added, s.source_key
                """)
        }
        var sources: [Int64: [ContributedRecord]] = [:]
        var datestamps: [Int64: String] = [:]
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            datestamps[id] = try row.decode(column: "datestamp", as: String.self)
            let flavour = MARCFlavour(rawValue: try row.decode(column: "flavour", as: String.self)) ?? .marc21
            let marc = try row.decode(column: "marc", as: String.self)
            guard let record = try? ISO2709Reader.decodeRecord(Array(marc.utf8), flavour: flavour, characterSet: .utf8) else { continue }
            sources[id, default: []].append(ContributedRecord(
                key: try row.decode(column: "source_key", as: String.self), library: try row.decode(column: "library_code", as: String.self),
                flavour: flavour, characterSet: MARCCharacterSet(rawValue: try row.decode(column: "character_set", as: String.self)) ?? .utf8,
                record: record))
        }
        return ids.compactMap { id in sources[id].map { WorkRecord(id: id, datestamp: datestamps[id] ?? "", sources: $0) } }
    }

    /// Splits a contributed record off the edition it was matched to, into a record of its own, and
    /// remembers not to match the two again.
    public func unmerge(sourceKey: String) async throws -> Int64 {
        let datestamp = Datestamp.string(clock.now())
        return try await database.write { db in
            guard let row = try await db.first("SELECT work_id, terms FROM bib_sources WHERE source_key = \(bind: sourceKey)") else {
                throw ManbaError.notFound("No contributed record \(sourceKey)")
            }
            let old = try row.decode(column: "work_id", as: Int64.self)
            let others = try await db.first("SELECT COUNT(*) AS n FROM bib_sources WHERE work_id = \(bind: old) AND source_key <> \(bind: sourceKey)")
            guard try others?.decode(column: "n", as: Int.self) ?? 0 > 0 else {
                throw ManbaError.conflict("This record was not merged with another")
            }
            let counters = try await WorkCounters.read(in: db)
            let id = counters.id + 1
            let revision = counters.revision
            try await db.run("INSERT INTO bib_works (id, revision, datestamp, deleted) VALUES (\(bind: id), \(bind: revision + 1), \(bind: datestamp), 0)")
            try await db.run("UPDATE bib_works SET revision = \(bind: revision + 2), datestamp = \(bind: datestamp) WHERE id = \(bind: old)")
            try await db.run("UPDATE bib_sources SET work_id = \(bind: id) WHERE source_key = \(bind: sourceKey)")
            try await db.run("INSERT INTO bib_merge_exclusions (source_key, work_id) VALUES (\(bind: sourceKey), \(bind: old)) ON CONFLICT DO NOTHING")
            try await Self.rebuildMemberships(of: [old, id], in: db)
            return id
        }
    }

    /// Which libraries hold a work (the OAI-PMH sets), recomputed from its contributed records.
    static func rebuildMemberships(of works: [Int64], in db: any SQLDatabase) async throws {
        try await db.run("DELETE FROM bib_work_libraries WHERE work_id IN \(SQLBind.group(works))")
        for row in try await db.rows("SELECT work_id, terms FROM bib_sources WHERE work_id IN \(SQLBind.group(works))") {
            let work = try row.decode(column: "work_id", as: Int64.self)
            for code in SourceTerms(encoded: try row.decode(column: "terms", as: String.self)).libraries {
                try await db.run("INSERT INTO bib_work_libraries (library_code, work_id) VALUES (\(bind: code), \(bind: work)) ON CONFLICT DO NOTHING")
            }
        }
    }

    // MARK: Libraries

    public func libraries() async throws -> [MemberLibrary] {
        if let hit = libraryCache.withLock({ $0 }), Date().timeIntervalSince(hit.loaded) < 2 { return hit.libraries }
        let libraries = try await database.read { db in
            try await db.rows("SELECT code, doc FROM member_libraries ORDER BY code").map {
                MemberLibrary.decode(try $0.decode(column: "doc", as: String.self), code: try $0.decode(column: "code", as: String.self))
            }
        }
        libraryCache.withLock { $0 = (Date(), libraries) }
        return libraries
    }

    /// Registers a library or replaces its description.
    public func save(_ library: MemberLibrary) async throws {
        defer { libraryCache.withLock { $0 = nil } }
        guard LibraryCode.isValid(library.code) else { throw ManbaError.validation(["code": ["Library codes are 1-32 letters, digits, '-', '_' or '.'"]]) }
        let at = Timestamp.string(clock.now())
        try await database.write { db in
            try await db.run("""
                INSERT INTO member_libraries (code, region, kind, doc, created, modified)
                VALUES (\(bind: library.code), \(bind: library.region), \(bind: library.kind), \(bind: library.encodedDocument), \(bind: at), \(bind: at))
                ON CONFLICT (code) DO UPDATE SET region = excluded.region, kind = excluded.kind, doc = excluded.doc, modified = excluded.modified
                """)
            // The region facet is part of every work the library holds: those works are indexed again.
            let revision = try await db.first("SELECT COALESCE(MAX(revision), 0) AS r FROM bib_works")?.decode(column: "r", as: Int64.self) ?? 0
            try await db.run("""
                UPDATE bib_works SET revision = revision + \(bind: revision) WHERE id IN (SELECT work_id FROM bib_work_libraries WHERE library_code = \(bind: library.code))
                """)
        }
    }

    /// Quarantined records, newest first.
    public func quarantine(library: String? = nil, limit: Int = 100) async throws -> [(library: String, record: QuarantinedRecord)] {
        try await database.read { db in
            let rows: [any SQLRow]
            if let library {
                rows = try await db.rows("SELECT * FROM marc_quarantine WHERE library_code = \(bind: library) ORDER BY at DESC, byte_offset LIMIT \(bind: limit)")
            } else {
                rows = try await db.rows("SELECT * FROM marc_quarantine ORDER BY at DESC, byte_offset LIMIT \(bind: limit)")
            }
            return try rows.map { row in
                (try row.decode(column: "library_code", as: String.self),
                 QuarantinedRecord(fileName: try row.decode(column: "file_name", as: String.self), offset: Int(try row.decode(column: "byte_offset", as: Int64.self)),
                                   reason: try row.decode(column: "reason", as: String.self)))
            }
        }
    }
}
