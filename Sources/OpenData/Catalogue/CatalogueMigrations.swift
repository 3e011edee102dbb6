import ManbaStore

/// The open data catalogue's tables. `revision` rises with every write, in commit order, so the search
/// index can catch up by reading only rows newer than the last it saw.
public enum CatalogueMigrations {
    public static let all: [Migration] = [
        Migration(201, "datasets and resources", [
            """
            CREATE TABLE datasets (
                id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, owner_org TEXT NOT NULL REFERENCES organizations(id),
                private INTEGER NOT NULL DEFAULT 0, classification INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL,
                revision BIGINT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, doc TEXT NOT NULL)
            """,
            "CREATE INDEX datasets_revision ON datasets(revision)",
            "CREATE INDEX datasets_owner ON datasets(owner_org)",
            "CREATE TABLE resources (id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL REFERENCES datasets(id))",
            "CREATE INDEX resources_dataset ON resources(dataset_id)",
            "CREATE TABLE dataset_stats (dataset_id TEXT PRIMARY KEY REFERENCES datasets(id), downloads BIGINT NOT NULL DEFAULT 0)",
        ]),
        // When a resource's data (its file or its link) changed: the timeliness monitoring reads this,
        // not `modified`, which any edit of a title moves.
        Migration(202, "data updates", [
            """
            CREATE TABLE data_updates (dataset_id TEXT NOT NULL, resource_id TEXT NOT NULL, updated TEXT NOT NULL,
                fingerprint TEXT, PRIMARY KEY (dataset_id, updated, resource_id))
            """,
            "CREATE INDEX data_updates_time ON data_updates(updated, dataset_id)",
        ]),
    ]
}
