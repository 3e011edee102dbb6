import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// The rows a dataset writes besides its own: its resource ids, its versions and its data updates.
enum DatasetRows {
    /// Stores a new dataset: its row (the revision handed out by the same statement), its resource ids,
    /// its first version and the updates of its data. A name or id taken meanwhile, or a resource id
    /// another dataset has, is refused with the field it concerns; the caller's transaction then rolls
    /// everything back.
    ///
    /// Why two forms: on PostgreSQL every statement is a round trip, and creates run inside the one
    /// serialised write transaction, so round trips there set how many creates a second the server
    /// takes (four statements a create held the write lock about four times as long as the inserts
    /// needed). There the inserts go as one statement of data-modifying CTEs. SQLite runs in-process,
    /// where a statement costs no round trip and an INSERT cannot sit in a WITH: there they stay apart.
    static func insertNew(_ dataset: Dataset, document: Data, actor: String, in db: any SQLDatabase) async throws {
        let text = String(decoding: document, as: UTF8.self)
        let row: SQLQueryString = """
            INSERT INTO datasets (id, name, owner_org, private, classification, state, revision, created, modified, doc)
            VALUES (\(bind: dataset.id), \(bind: dataset.name), \(bind: dataset.ownerOrg), \(bind: dataset.isPrivate ? 1 : 0),
                    \(bind: dataset.classification.rawValue), \(bind: dataset.state), (\(unsafeRaw: CatalogueService.nextRevisionSQL)),
                    \(bind: dataset.created), \(bind: dataset.modified), \(bind: text))
            ON CONFLICT DO NOTHING RETURNING id
            """
        let resourceIDs = dataset.resources.map(\.id)
        let version = { (condition: SQLQueryString?) in
            VersionStore.firstVersionStatement(kind: "dataset", id: dataset.id, actor: actor, at: dataset.modified, document: text, onlyIf: condition)
        }
        let updates = DataUpdateLog.insertStatements(DataUpdateLog.updates(in: dataset, comparedWith: nil))

        guard db.dialect.name == "postgresql" else {
            guard try await db.first(row) != nil else { throw try await refusal(of: dataset, in: db) }
            try await registerResources(resourceIDs, of: dataset.id, in: db)
            try await db.run(version(nil))
            for statement in updates { try await db.run(statement) }
            return
        }
        // Resources and the version are inserted only for a dataset row that was: the resources' foreign
        // key, or the version of the dataset that has the id, would otherwise fail the statement before
        // the refusal could be told. Updates need no such care (they skip what exists, and a refusal
        // rolls them back).
        var parts: [SQLQueryString] = ["new_dataset AS (\(row))", "new_version AS (\(version("EXISTS (SELECT 1 FROM new_dataset)")))"]
        if !resourceIDs.isEmpty {
            let ids = resourceIDs.map { id -> SQLQueryString in "(\(bind: id))" }.joined(separator: ", ")
            parts.append("""
                new_resource AS (INSERT INTO resources (id, dataset_id) SELECT listed.id, new_dataset.id
                    FROM new_dataset, (VALUES \(ids)) AS listed(id) ON CONFLICT DO NOTHING RETURNING id)
                """)
        }
        for (n, statement) in updates.enumerated() { parts.append("new_update_\(unsafeRaw: String(n)) AS (\(statement))") }
        let resources: SQLQueryString = resourceIDs.isEmpty ? "" : " UNION ALL SELECT 'resource', id FROM new_resource"
        let written = try await db.rows("WITH " + parts.joined(separator: ", ") + " SELECT 'dataset' AS kind, id FROM new_dataset" + resources)
        let kinds = try written.map { (try $0.decode(column: "kind", as: String.self), try $0.decode(column: "id", as: String.self)) }
        guard kinds.contains(where: { $0.0 == "dataset" }) else { throw try await refusal(of: dataset, in: db) }
        try refuseTakenResources(resourceIDs, stored: Set(kinds.filter { $0.0 == "resource" }.map(\.1)))
    }

    /// Registers resource ids in one statement; an id another dataset already has is refused, not overwritten.
    static func registerResources(_ ids: [String], of datasetID: String, in db: any SQLDatabase) async throws {
        guard !ids.isEmpty else { return }
        let values = ids.map { id -> SQLQueryString in "(\(bind: id), \(bind: datasetID))" }.joined(separator: ", ")
        let inserted = try await db.rows("INSERT INTO resources (id, dataset_id) VALUES " + values + " ON CONFLICT DO NOTHING RETURNING id")
        try refuseTakenResources(ids, stored: Set(try inserted.map { try $0.decode(column: "id", as: String.self) }))
    }

    private static func refuseTakenResources(_ ids: [String], stored: Set<String>) throws {
        guard stored.count < ids.count else { return }
        let taken = ids.filter { !stored.contains($0) }.joined(separator: ", ")
        throw ManbaError.validation(["resources": ["Resource id \(taken) is already used by another dataset"]])
    }

    /// Why a new dataset's row was not inserted: its id or its name is taken.
    private static func refusal(of dataset: Dataset, in db: any SQLDatabase) async throws -> ManbaError {
        let idTaken = try await db.first("SELECT id FROM datasets WHERE id = \(bind: dataset.id)") != nil
        return ManbaError.validation(idTaken ? ["id": ["Dataset id already exists"]] : ["name": ["That URL is already in use."]])
    }
}
