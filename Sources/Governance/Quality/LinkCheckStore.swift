import ManbaCore
import ManbaStore
import SQLKit

/// The `link_checks` table: the latest result for each checked link resource.
struct LinkCheckStore: Sendable {
    let database: any DatabaseBackend

    /// Writes results, replacing earlier ones for the same resources, in one transaction.
    func save(_ checks: [LinkCheck]) async throws {
        guard !checks.isEmpty else { return }
        try await database.write { db in
            for chunk in checks.batches(of: 200) {
                let values = chunk.map { c -> SQLQueryString in
                    "(\(bind: c.resourceID), \(bind: c.datasetID), \(bind: c.url), \(bind: c.checked), \(bind: c.statusCode), \(bind: c.ok ? 1 : 0), \(bind: c.error))"
                }.joined(separator: ", ")
                try await db.run("INSERT INTO link_checks (resource_id, dataset_id, url, checked, status_code, ok, error) VALUES " + values + """
                     ON CONFLICT (resource_id) DO UPDATE SET dataset_id = excluded.dataset_id, url = excluded.url,
                    checked = excluded.checked, status_code = excluded.status_code, ok = excluded.ok, error = excluded.error
                    """)
            }
        }
    }

    func checks(of datasetID: String) async throws -> [LinkCheck] {
        try await database.read { db in
            try await db.rows("SELECT * FROM link_checks WHERE dataset_id = \(bind: datasetID) ORDER BY resource_id").map(Self.decode)
        }
    }

    /// The checks of the datasets an organisation owns, by dataset id (one query for a whole organisation).
    func checks(ofOrganisation organisationID: String?) async throws -> [String: [LinkCheck]] {
        let rows = try await database.read { db in
            if let organisationID {
                return try await db.rows("""
                    SELECT link_checks.* FROM link_checks JOIN datasets ON datasets.id = link_checks.dataset_id
                    WHERE datasets.owner_org = \(bind: organisationID)
                    """).map(Self.decode)
            }
            return try await db.rows("SELECT * FROM link_checks").map(Self.decode)
        }
        return Dictionary(grouping: rows, by: \.datasetID)
    }

    /// The time of the most recent check, as stored.
    func latest() async throws -> String? {
        try await database.read { db in
            try await db.first("SELECT MAX(checked) AS latest FROM link_checks")?.optional("latest", as: String.self)
        }
    }

    /// Removes the results of resources that are no longer checked (deleted, uploaded instead, or in a
    /// dataset that is no longer public), so nothing stale is shown; returns how many.
    func removeAll(except kept: Set<String>) async throws -> Int {
        let stale = try await database.read { db in
            try await db.rows("SELECT resource_id FROM link_checks").map { try $0.decode(column: "resource_id", as: String.self) }
        }.filter { !kept.contains($0) }
        guard !stale.isEmpty else { return 0 }
        try await database.write { db in
            for chunk in stale.batches(of: 500).map(Array.init) {
                try await db.run("DELETE FROM link_checks WHERE resource_id IN \(SQLBind.group(chunk))")
            }
        }
        return stale.count
    }

    static func decode(_ row: any SQLRow) throws -> LinkCheck {
        LinkCheck(resourceID: try row.decode(column: "resource_id", as: String.self), datasetID: try row.decode(column: "dataset_id", as: String.self),
                  url: try row.decode(column: "url", as: String.self), checked: try row.decode(column: "checked", as: String.self),
                  statusCode: try row.optional("status_code", as: Int.self), ok: try row.flag("ok"), error: try row.optional("error", as: String.self))
    }
}
