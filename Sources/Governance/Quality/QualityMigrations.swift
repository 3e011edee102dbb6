import ManbaStore

/// The quality part of governance (versions 441-449): the latest link check of each link resource.
/// One row per resource, replaced by every run; no history, since only the present state is scored.
enum QualityMigrations {
    static let all: [Migration] = [
        Migration(441, "link checks", [
            """
            CREATE TABLE link_checks (
                resource_id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL, url TEXT NOT NULL, checked TEXT NOT NULL,
                status_code INTEGER, ok INTEGER NOT NULL, error TEXT)
            """,
            "CREATE INDEX link_checks_dataset ON link_checks(dataset_id)",
        ]),
    ]
}
