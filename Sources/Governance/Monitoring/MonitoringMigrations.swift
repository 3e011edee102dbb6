import ManbaStore

/// Monitoring snapshots: written whole in one transaction and never changed, so a run that dies
/// half-way leaves the previous snapshot as the latest.
enum MonitoringMigrations {
    static let all: [Migration] = [
        Migration(411, "monitoring snapshots", [
            """
            CREATE TABLE monitoring_snapshots (
                id TEXT PRIMARY KEY, as_of TEXT NOT NULL, created TEXT NOT NULL, created_by TEXT NOT NULL,
                trigger TEXT NOT NULL, list_id TEXT REFERENCES obligation_lists(id), obligations INTEGER NOT NULL,
                due INTEGER NOT NULL, on_time INTEGER NOT NULL, late INTEGER NOT NULL, overdue INTEGER NOT NULL,
                missing INTEGER NOT NULL, compliance DOUBLE PRECISION)
            """,
            "CREATE INDEX monitoring_snapshots_as_of ON monitoring_snapshots(as_of, created)",
            """
            CREATE TABLE monitoring_results (
                snapshot_id TEXT NOT NULL REFERENCES monitoring_snapshots(id), obligation_id TEXT NOT NULL,
                organization_id TEXT NOT NULL, status TEXT NOT NULL, days INTEGER, period TEXT, deadline TEXT,
                published TEXT, socially_significant INTEGER NOT NULL, PRIMARY KEY (snapshot_id, obligation_id))
            """,
            """
            CREATE TABLE monitoring_organisation_results (
                snapshot_id TEXT NOT NULL REFERENCES monitoring_snapshots(id), organization_id TEXT NOT NULL,
                rank INTEGER NOT NULL, obligations INTEGER NOT NULL, due INTEGER NOT NULL, on_time INTEGER NOT NULL,
                late INTEGER NOT NULL, overdue INTEGER NOT NULL, missing INTEGER NOT NULL, compliance DOUBLE PRECISION,
                significant_due INTEGER NOT NULL, significant_on_time INTEGER NOT NULL, significant_compliance DOUBLE PRECISION,
                PRIMARY KEY (snapshot_id, organization_id))
            """,
            "CREATE INDEX monitoring_organisation_history ON monitoring_organisation_results(organization_id, snapshot_id)",
            """
            CREATE TABLE monitoring_exports (
                id TEXT PRIMARY KEY, snapshot_id TEXT NOT NULL REFERENCES monitoring_snapshots(id), recipient TEXT NOT NULL,
                letter_number TEXT NOT NULL, letter_date TEXT NOT NULL, created TEXT NOT NULL, created_by TEXT NOT NULL)
            """,
        ]),
        // Found by the benchmark: each window query of a run read every obligation of the list, and an
        // organisation's page read every result of the snapshot.
        Migration(412, "monitoring indexes", [
            "CREATE INDEX obligations_periodicity ON obligations(list_id, periodicity, dataset_id)",
            "CREATE INDEX monitoring_results_organisation ON monitoring_results(snapshot_id, organization_id)",
        ]),
        // Socially significant data is reported with the same breakdown as the rest, not only due and on time.
        Migration(413, "socially significant breakdown", [
            "ALTER TABLE monitoring_organisation_results ADD COLUMN significant_obligations INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE monitoring_organisation_results ADD COLUMN significant_late INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE monitoring_organisation_results ADD COLUMN significant_overdue INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE monitoring_organisation_results ADD COLUMN significant_missing INTEGER NOT NULL DEFAULT 0",
        ]),
        // One B-tree keyed as the results are read (a snapshot, an organisation's lines in it) instead of a
        // key by obligation plus an index by organisation: a run writes 100,000 rows into one structure, not two.
        Migration(414, "monitoring results keyed by organisation", [
            """
            CREATE TABLE monitoring_results_by_organisation (
                snapshot_id TEXT NOT NULL REFERENCES monitoring_snapshots(id), organization_id TEXT NOT NULL,
                obligation_id TEXT NOT NULL, status TEXT NOT NULL, days INTEGER, period TEXT, deadline TEXT,
                published TEXT, socially_significant INTEGER NOT NULL, PRIMARY KEY (snapshot_id, organization_id, obligation_id))
            """,
            """
            INSERT INTO monitoring_results_by_organisation (snapshot_id, organization_id, obligation_id, status, days, period, deadline, published, socially_significant)
            SELECT snapshot_id, organization_id, obligation_id, status, days, period, deadline, published, socially_significant FROM monitoring_results ORDER BY snapshot_id, organization_id, obligation_id
            """,
            "DROP TABLE monitoring_results",
            "ALTER TABLE monitoring_results_by_organisation RENAME TO monitoring_results",
        ]),
    ]
}
