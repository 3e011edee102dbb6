import ManbaStore
import SQLKit

/// What an import run knows the catalogue holds: hashes of every contributed record's key and every
/// match key, and which contributed records a librarian has split off. A key whose hash is absent is
/// certainly not in the catalogue, so the batch transaction looks up only the others (false positives
/// cost a lookup, never a wrong answer).
///
/// Why: in a large import nearly every record and match key is new, and looking each one up inside the
/// write transaction took a quarter of it; the transaction is the one part of an import that cannot run
/// in parallel.
///
/// It is only valid while the run is the catalogue's only writer. Every change to the catalogue raises
/// the largest work revision, so the memory records the revision it is valid for; a batch that finds
/// another revision (a harvest, an unmerge, another import wrote meanwhile) looks everything up and the
/// run goes on without the memory.
struct ImportMemory: Sendable {
    private(set) var sourceKeys = Set<Int>()
    private(set) var matchKeys = Set<Int>()
    /// Contributed records with exclusions; few, as each is a librarian's decision.
    private(set) var excludedSources = Set<String>()
    /// The catalogue's largest work revision when the memory was last brought up to date.
    private(set) var revision: Int64 = 0

    /// Rows per page when reading the catalogue's keys at the start of a run.
    static let pageSize = 50_000

    /// Reads the catalogue's keys, when a run of about `expectedRecords` records is at least a tenth of
    /// the catalogue (reading a key in order is much cheaper than looking one up, and a record has two
    /// or three keys; a small file into a large catalogue looks its few keys up instead); nil otherwise.
    ///
    /// The revision is read before the keys: a write that lands while they are read raises it past the
    /// one recorded, and the first batch then finds the memory stale.
    static func load(from database: any DatabaseBackend, expectedRecords: Int) async throws -> ImportMemory? {
        guard expectedRecords >= 1000 else { return nil }
        return try await database.read { db -> ImportMemory? in
            let works = try await db.first("SELECT COALESCE(MAX(id), 0) AS id FROM bib_works")?.decode(column: "id", as: Int.self) ?? 0
            guard expectedRecords >= works / 10 else { return nil }
            var memory = ImportMemory()
            memory.revision = try await db.first("SELECT COALESCE(MAX(revision), 0) AS revision FROM bib_works")?
                .decode(column: "revision", as: Int64.self) ?? 0
            try await forEachKey(column: "source_key", table: "bib_sources", in: db) { memory.sourceKeys.insert($0.hashValue) }
            try await forEachKey(column: "match_key", table: "bib_match_keys", in: db) { memory.matchKeys.insert($0.hashValue) }
            for row in try await db.rows("SELECT DISTINCT source_key FROM bib_merge_exclusions") {
                memory.excludedSources.insert(try row.decode(column: "source_key", as: String.self))
            }
            return memory
        }
    }

    /// Pages through a text primary key in key order, so no page holds more than `pageSize` rows.
    private static func forEachKey(column: String, table: String, in db: any SQLDatabase, _ body: (String) -> Void) async throws {
        var after: String?
        while true {
            let condition: SQLQueryString = after.map { "WHERE \(unsafeRaw: column) > \(bind: $0)" } ?? ""
            let rows = try await db.rows("SELECT \(unsafeRaw: column) AS k FROM \(unsafeRaw: table) " + condition
                + " ORDER BY \(unsafeRaw: column) LIMIT \(literal: pageSize)")
            for row in rows {
                let key = try row.decode(column: "k", as: String.self)
                body(key)
                after = key
            }
            if rows.count < pageSize { return }
        }
    }

    /// Whether the memory still describes the catalogue, whose largest revision is now `current`.
    func isCurrent(at current: Int64) -> Bool { current == revision }

    func mayHoldSource(_ key: String) -> Bool { sourceKeys.contains(key.hashValue) }
    func mayHoldMatchKey(_ key: String) -> Bool { matchKeys.contains(key.hashValue) }
    func hasExclusions(for key: String) -> Bool { excludedSources.contains(key) }

    /// Adds what a batch wrote, and the revision the catalogue reached with it.
    mutating func remember(sources: [String], matchKeys keys: [String], revision: Int64) {
        for key in sources { sourceKeys.insert(key.hashValue) }
        for key in keys { matchKeys.insert(key.hashValue) }
        self.revision = revision
    }
}
