import ManbaStore

/// Approved lists of datasets to publish, each a version, and their items.
enum ObligationMigrations {
    static let all: [Migration] = [
        Migration(401, "obligation lists", [
            """
            CREATE TABLE obligation_lists (
                id TEXT PRIMARY KEY, version INTEGER NOT NULL UNIQUE, state TEXT NOT NULL, approved_on TEXT,
                reference TEXT NOT NULL, revision_reason TEXT, created TEXT NOT NULL, created_by TEXT NOT NULL)
            """,
            """
            CREATE TABLE obligations (
                id TEXT PRIMARY KEY, list_id TEXT NOT NULL REFERENCES obligation_lists(id), number INTEGER NOT NULL,
                organization_id TEXT NOT NULL REFERENCES organizations(id), dataset_id TEXT, title TEXT NOT NULL,
                periodicity TEXT NOT NULL, deadline_days INTEGER NOT NULL, socially_significant INTEGER NOT NULL,
                legal_reference TEXT, starts_on TEXT NOT NULL)
            """,
            "CREATE INDEX obligations_list ON obligations(list_id, organization_id)",
            "CREATE INDEX obligations_dataset ON obligations(dataset_id)",
        ]),
    ]
}
