import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// The history of when each dataset's data changed: a row for every new file, changed link or pushed
/// version of a resource, written in the same transaction as the dataset. Obligation monitoring reads
/// it instead of the dataset's `modified` time, which also moves when someone fixes a typo.
public struct DataUpdateLog: Sendable {
    public struct Update: Sendable, Equatable {
        public var datasetID: String
        public var resourceID: String
        public var updated: String
        public var fingerprint: String?
        public init(datasetID: String, resourceID: String, updated: String, fingerprint: String? = nil) {
            self.datasetID = datasetID; self.resourceID = resourceID; self.updated = updated; self.fingerprint = fingerprint
        }
    }

    let database: any DatabaseBackend
    public init(database: any DatabaseBackend) { self.database = database }

    /// Resources of `dataset` whose data is new or changed compared with `before` (nil: a new dataset).
    static func updates(in dataset: Dataset, comparedWith before: Dataset?) -> [Update] {
        dataset.resources.compactMap { resource in
            guard let stamp = resource.lastModified else { return nil }
            if let old = before?.resources.first(where: { $0.id == resource.id }), old.lastModified == stamp { return nil }
            return Update(datasetID: dataset.id, resourceID: resource.id, updated: stamp, fingerprint: resource.hash ?? resource.url)
        }
    }

    static func insert(_ updates: [Update], in db: any SQLDatabase) async throws {
        for statement in insertStatements(updates) { try await db.run(statement) }
    }

    /// The statements `insert` runs: one per 200 updates; none for none.
    static func insertStatements(_ updates: [Update]) -> [SQLQueryString] {
        updates.batches(of: 200).map { chunk in
            let values = chunk.map { u -> SQLQueryString in
                "(\(bind: u.datasetID), \(bind: u.resourceID), \(bind: u.updated), \(bind: u.fingerprint))"
            }.joined(separator: ", ")
            return "INSERT INTO data_updates (dataset_id, resource_id, updated, fingerprint) VALUES " + values + " ON CONFLICT DO NOTHING"
        }
    }

    /// Adds past updates (a migration from another portal, the demo's history). Idempotent.
    public func record(_ updates: [Update]) async throws {
        guard !updates.isEmpty else { return }
        try await database.write { db in try await Self.insert(updates, in: db) }
    }

    /// Replaces the whole history of some datasets, as when a catalogue moves from another portal:
    /// the import itself stamped every file "now", while the real publications are the ones given.
    public func replaceHistory(of datasetIDs: [String], with updates: [Update]) async throws {
        try await database.write { db in
            for id in datasetIDs { try await db.run("DELETE FROM data_updates WHERE dataset_id = \(bind: id)") }
            try await Self.insert(updates, in: db)
        }
    }

    /// Every update time of one dataset, oldest first.
    public func history(of datasetID: String) async throws -> [String] {
        try await database.read { db in
            try await db.rows("SELECT DISTINCT updated FROM data_updates WHERE dataset_id = \(bind: datasetID) ORDER BY updated")
                .map { try $0.decode(column: "updated", as: String.self) }
        }
    }

    /// For each dataset with an update in `[from, through]`, its first update in that window.
    /// One range scan of the time index serves every obligation whose period starts at `from`.
    public func firstUpdates(from: String, through: String) async throws -> [String: String] {
        try await database.read { db in
            var first: [String: String] = [:]
            let rows = try await db.rows("""
                SELECT dataset_id, MIN(updated) AS first FROM data_updates
                WHERE updated >= \(bind: from) AND updated <= \(bind: through) GROUP BY dataset_id
                """)
            first.reserveCapacity(rows.count)
            for row in rows {
                first[try row.decode(column: "dataset_id", as: String.self)] = try row.decode(column: "first", as: String.self)
            }
            return first
        }
    }

    /// For each dataset with any update up to `through`, its latest one.
    public func lastUpdates(through: String) async throws -> [String: String] {
        try await database.read { db in
            var last: [String: String] = [:]
            for row in try await db.rows("""
                SELECT dataset_id, MAX(updated) AS last FROM data_updates WHERE updated <= \(bind: through) GROUP BY dataset_id
                """) {
                last[try row.decode(column: "dataset_id", as: String.self)] = try row.decode(column: "last", as: String.self)
            }
            return last
        }
    }
}
