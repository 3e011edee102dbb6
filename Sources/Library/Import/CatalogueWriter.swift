import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// Writes one batch of prepared records in one transaction, with a handful of multi-row statements
/// whatever the batch size: which sources exist, which editions match, then upserts.
struct CatalogueWriter: Sendable {
    let database: any DatabaseBackend
    let now: Date

    struct Outcome: Sendable {
        var read = 0, imported = 0, updated = 0, unchanged = 0, merged = 0, withdrawn = 0, quarantined = 0
        /// The run's memory with this batch added; nil once another writer has changed the catalogue.
        var memory: ImportMemory?
        /// The match keys this batch added and their works, while the run has a memory: the next batch's
        /// keys were looked up while this one was being written, so these complete its lookup.
        var addedKeys: [String: Int64] = [:]
    }

    /// The records of a batch to write: the same record twice in one batch counts once, and the later
    /// one wins, as it would in two batches.
    static func latestOfEach(_ sources: [PreparedSource]) -> (batch: [PreparedSource], repeated: Int) {
        var latest: [String: PreparedSource] = [:]
        for source in sources { latest[source.key] = source }
        guard latest.count < sources.count else { return (sources, 0) }
        var kept = Set<String>()
        let batch = sources.filter { latest[$0.key] === $0 && kept.insert($0.key).inserted }
        return (batch, sources.count - batch.count)
    }

    /// Rows per multi-row statement: under SQLite's 32,766 bound parameters with ten columns.
    static let rowsPerStatement = 500

    /// `batch`: records with distinct keys (`latestOfEach`). `memory`: what the run knows the catalogue
    /// holds (`ImportMemory`), to skip lookups of keys it certainly lacks. `lookedUp`: the works of the
    /// batch's match keys, found before the transaction; used only if `memory` is still current.
    func write(_ batch: [PreparedSource], quarantined: [(QuarantinedRecord, [UInt8])], withdrawn: [String] = [], library: String,
               memory: ImportMemory? = nil, lookedUp: [String: Int64]? = nil) async throws -> Outcome {
        let datestamp = Datestamp.string(now)
        let at = Timestamp.string(now)
        return try await database.write { db in
            var outcome = Outcome()

            let counters = try await WorkCounters.read(in: db)
            var nextID = counters.id
            var revision = counters.revision
            let memory = memory.flatMap { $0.isCurrent(at: revision) ? $0 : nil }

            let existing = try await Self.existingSources(batch.map(\.key).filter { memory?.mayHoldSource($0) ?? true }, in: db)
            let fresh = batch.filter { existing[$0.key] == nil }
            let changed = batch.filter { source in existing[source.key].map { $0.hash != source.contentHash } ?? false }
            outcome.unchanged += batch.count - fresh.count - changed.count
            outcome.updated = changed.count

            let known: [String: Int64]
            if memory != nil, let lookedUp {
                known = lookedUp
            } else {
                known = try await Self.works(matching: fresh.flatMap(\.matchKeys).filter { memory?.mayHoldMatchKey($0) ?? true }, in: db)
            }
            let excluded = try await Self.exclusions(fresh.map(\.key).filter { memory?.hasExclusions(for: $0) ?? true }, in: db)

            var workOf: [String: Int64] = [:]
            var batchKeys: [String: Int64] = [:]
            var touched: [Int64] = []
            var newKeys: [(String, Int64)] = []
            for source in fresh {
                let candidates = source.matchKeys.compactMap { batchKeys[$0] ?? known[$0] }
                let work: Int64
                if let match = excluded.isEmpty ? candidates.first : candidates.first(where: { !excluded.contains("\(source.key)|\($0)") }) {
                    work = match
                    outcome.merged += 1
                } else {
                    nextID += 1
                    work = nextID
                }
                workOf[source.key] = work
                touched.append(work)
                for key in source.matchKeys where batchKeys[key] == nil && known[key] == nil {
                    batchKeys[key] = work
                    newKeys.append((key, work))
                }
            }
            for source in changed { let work = existing[source.key]!.work; workOf[source.key] = work; touched.append(work) }
            // A merged record counts as imported too: it is a new contributed record.
            outcome.imported = fresh.count

            // Written with BulkRows: a few multi-row statements per batch, the cells bound as they are.
            var seenWorks = Set<Int64>()
            var workRows = BulkRows(table: "bib_works", columns: [("id", .integer), ("revision", .integer), ("datestamp", .text), ("deleted", .integer)])
            for id in touched where seenWorks.insert(id).inserted {
                revision += 1
                workRows.append(cells: .integer(Int(id)), .integer(Int(revision)), .text(datestamp), .integer(0))
            }
            try await workRows.insert(in: db, suffix: "ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, datestamp = excluded.datestamp, deleted = 0")
            var sourceRows = BulkRows(table: "bib_sources", columns: [
                ("source_key", .text), ("library_code", .text), ("work_id", .integer), ("flavour", .text), ("character_set", .text),
                ("content_hash", .text), ("marc", .text), ("terms", .text), ("added", .text), ("modified", .text)], batchSize: 1000)
            for s in fresh + changed {
                sourceRows.append(cells: .text(s.key), .text(s.library), .integer(Int(workOf[s.key]!)), .text(s.flavour.rawValue),
                                  .text(s.characterSet.rawValue), .text(s.contentHash), .text(s.marc), .text(s.encodedTerms), .text(at), .text(at))
            }
            try await sourceRows.insert(in: db, suffix: """
                ON CONFLICT (source_key) DO UPDATE SET flavour = excluded.flavour, character_set = excluded.character_set,
                content_hash = excluded.content_hash, marc = excluded.marc, terms = excluded.terms, modified = excluded.modified
                """)
            var keyRows = BulkRows(table: "bib_match_keys", columns: [("match_key", .text), ("work_id", .integer)])
            // In the index's own (byte) order: consecutive inserts then land on the same or the next leaf.
            for (key, work) in newKeys.sorted(by: { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }) {
                keyRows.append(cells: .text(key), .integer(Int(work)))
            }
            try await keyRows.insert(in: db, suffix: "ON CONFLICT DO NOTHING")
            var memberships = Set<Membership>()
            for source in fresh + changed {
                let work = workOf[source.key]!
                for code in source.terms.libraries { memberships.insert(Membership(code: code, work: work)) }
            }
            let membershipRows = memberships.sorted { $0.code != $1.code ? $0.code.utf8.lexicographicallyPrecedes($1.code.utf8) : $0.work < $1.work }
            var libraryRows = BulkRows(table: "bib_work_libraries", columns: [("library_code", .text), ("work_id", .integer)])
            for row in membershipRows { libraryRows.append(cells: .text(row.code), .integer(Int(row.work))) }
            try await libraryRows.insert(in: db, suffix: "ON CONFLICT DO NOTHING")
            // Libraries named in holdings but not yet registered are registered by code, to be described later.
            let named = Set(membershipRows.map(\.code)).union([library])
            let registered = try await Self.registeredLibraries(among: Array(named), in: db)
            let codes = named.subtracting(registered).sorted()
            for chunk in codes.batches(of: Self.rowsPerStatement) {
                let rows = chunk.map { code -> SQLQueryString in
                    "(\(bind: code), \(bind: MemberLibrary(code: code).encodedDocument), \(bind: at), \(bind: at))"
                }
                try await db.run("INSERT INTO member_libraries (code, doc, created, modified) VALUES " + rows.joined(separator: ", ") + " ON CONFLICT DO NOTHING")
            }
            for chunk in quarantined.batches(of: Self.rowsPerStatement) {
                let rows = chunk.map { (record, raw) -> SQLQueryString in
                    let key = "\(library):\(record.fileName):\(record.offset)"
                    return "(\(bind: key), \(bind: library), \(bind: record.fileName), \(bind: Int64(record.offset)), \(bind: record.reason), \(bind: raw.hexString), \(bind: at))"
                }
                try await db.run("""
                    INSERT INTO marc_quarantine (quarantine_key, library_code, file_name, byte_offset, reason, raw_hex, at) VALUES
                    """ + rows.joined(separator: ", ") + " ON CONFLICT (quarantine_key) DO UPDATE SET reason = excluded.reason, raw_hex = excluded.raw_hex, at = excluded.at")
            }
            if !withdrawn.isEmpty {
                outcome.withdrawn = try await Self.withdraw(withdrawn, revision: &revision, datestamp: datestamp, in: db)
            }
            outcome.memory = memory
            if memory != nil {
                outcome.memory?.remember(sources: fresh.map(\.key), matchKeys: newKeys.map(\.0), revision: revision)
                outcome.addedKeys = Dictionary(newKeys, uniquingKeysWith: { first, _ in first })
            }
            return outcome
        }
    }

    /// Takes contributed records out. A work left with no record is kept as deleted (OAI-PMH reports
    /// deletions persistently); one with records left is indexed again without the withdrawn one.
    static func withdraw(_ keys: [String], revision: inout Int64, datestamp: String, in db: any SQLDatabase) async throws -> Int {
        var affected = Set<Int64>()
        var count = 0
        for chunk in keys.batches(of: rowsPerStatement * 4) {
            let rows = try await db.rows("SELECT work_id FROM bib_sources WHERE source_key IN \(SQLBind.group(Array(chunk)))")
            count += rows.count
            for row in rows { affected.insert(try row.decode(column: "work_id", as: Int64.self)) }
            try await db.run("DELETE FROM bib_sources WHERE source_key IN \(SQLBind.group(Array(chunk)))")
        }
        guard !affected.isEmpty else { return 0 }
        let works = affected.sorted()
        let remaining = Set(try await db.rows("SELECT DISTINCT work_id FROM bib_sources WHERE work_id IN \(SQLBind.group(works))")
            .map { try $0.decode(column: "work_id", as: Int64.self) })
        for work in works {
            revision += 1
            try await db.run("""
                UPDATE bib_works SET revision = \(bind: revision), datestamp = \(bind: datestamp), deleted = \(bind: remaining.contains(work) ? 0 : 1)
                WHERE id = \(bind: work)
                """)
        }
        try await UnionCatalogue.rebuildMemberships(of: works, in: db)
        return count
    }

    static func registeredLibraries(among codes: [String], in db: any SQLDatabase) async throws -> Set<String> {
        var found = Set<String>()
        for chunk in codes.batches(of: rowsPerStatement * 4) {
            for row in try await db.rows("SELECT code FROM member_libraries WHERE code IN \(SQLBind.group(Array(chunk)))") {
                found.insert(try row.decode(column: "code", as: String.self))
            }
        }
        return found
    }

    static func existingSources(_ keys: [String], in db: any SQLDatabase) async throws -> [String: (hash: String, work: Int64)] {
        var found: [String: (hash: String, work: Int64)] = [:]
        for chunk in keys.batches(of: rowsPerStatement * 4) {
            for row in try await db.rows("SELECT source_key, content_hash, work_id FROM bib_sources WHERE source_key IN \(SQLBind.group(Array(chunk)))") {
                found[try row.decode(column: "source_key", as: String.self)] = (try row.decode(column: "content_hash", as: String.self), try row.decode(column: "work_id", as: Int64.self))
            }
        }
        return found
    }

    static func works(matching keys: [String], in db: any SQLDatabase) async throws -> [String: Int64] {
        var found: [String: Int64] = [:]
        for chunk in Array(Set(keys)).batches(of: rowsPerStatement * 4) {
            for row in try await db.rows("SELECT match_key, work_id FROM bib_match_keys WHERE match_key IN \(SQLBind.group(Array(chunk)))") {
                found[try row.decode(column: "match_key", as: String.self)] = try row.decode(column: "work_id", as: Int64.self)
            }
        }
        return found
    }

    /// "source|work" pairs a librarian has split apart, which matching must not join again.
    static func exclusions(_ keys: [String], in db: any SQLDatabase) async throws -> Set<String> {
        var found = Set<String>()
        for chunk in keys.batches(of: rowsPerStatement * 4) {
            for row in try await db.rows("SELECT source_key, work_id FROM bib_merge_exclusions WHERE source_key IN \(SQLBind.group(Array(chunk)))") {
                found.insert("\(try row.decode(column: "source_key", as: String.self))|\(try row.decode(column: "work_id", as: Int64.self))")
            }
        }
        return found
    }
}

/// A library holding a work: a row of `bib_work_libraries`.
private struct Membership: Hashable {
    let code: String
    let work: Int64
}

extension Array where Element == UInt8 {
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(count * 2)
        for byte in self { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
