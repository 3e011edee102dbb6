import ManbaStore

/// The union catalogue's tables (version numbers 300-399).
///
/// A contributed record is kept whole in `bib_sources` (as UTF-8 ISO 2709, whatever it came in), with
/// the index terms made from it at import. Sources describing the same edition share one `bib_works`
/// row: that is the record people see, with the holdings of every contributing library. `revision`
/// rises with every change of a work, in commit order, so the search index catches up by reading only
/// newer works; `datestamp` orders the OAI-PMH lists.
public enum LibraryMigrations {
    public static let all: [Migration] = [
        Migration(301, "union catalogue", [
            """
            CREATE TABLE member_libraries (
                code TEXT PRIMARY KEY, region TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '',
                doc TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL)
            """,
            "CREATE TABLE bib_works (id BIGINT PRIMARY KEY, revision BIGINT NOT NULL, datestamp TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX bib_works_revision ON bib_works(revision)",
            "CREATE INDEX bib_works_datestamp ON bib_works(datestamp, id)",
            """
            CREATE TABLE bib_sources (
                source_key TEXT PRIMARY KEY, library_code TEXT NOT NULL, work_id BIGINT NOT NULL,
                flavour TEXT NOT NULL, character_set TEXT NOT NULL, content_hash TEXT NOT NULL,
                marc TEXT NOT NULL, terms TEXT NOT NULL, added TEXT NOT NULL, modified TEXT NOT NULL)
            """,
            "CREATE INDEX bib_sources_work ON bib_sources(work_id)",
            "CREATE TABLE bib_match_keys (match_key TEXT PRIMARY KEY, work_id BIGINT NOT NULL)",
            "CREATE TABLE bib_work_libraries (library_code TEXT NOT NULL, work_id BIGINT NOT NULL, PRIMARY KEY (library_code, work_id))",
            "CREATE INDEX bib_work_libraries_work ON bib_work_libraries(work_id)",
            "CREATE TABLE bib_merge_exclusions (source_key TEXT NOT NULL, work_id BIGINT NOT NULL, PRIMARY KEY (source_key, work_id))",
            """
            CREATE TABLE marc_quarantine (
                quarantine_key TEXT PRIMARY KEY, library_code TEXT NOT NULL, file_name TEXT NOT NULL,
                byte_offset BIGINT NOT NULL, reason TEXT NOT NULL, raw_hex TEXT NOT NULL, at TEXT NOT NULL)
            """,
        ]),
        // Where each OAI-PMH harvest stands: the token to resume an interrupted run, and the time the last
        // complete run started, from which the next run asks for changes.
        Migration(302, "harvest state", [
            """
            CREATE TABLE harvest_state (
                harvest_key TEXT PRIMARY KEY, base_url TEXT NOT NULL, set_spec TEXT NOT NULL, metadata_prefix TEXT NOT NULL,
                library_code TEXT NOT NULL, resumption_token TEXT, run_started TEXT, last_complete_from TEXT,
                records BIGINT NOT NULL DEFAULT 0, updated TEXT NOT NULL)
            """,
        ]),
        Migration(303, "harvest schedules", [
            """
            CREATE TABLE harvest_schedules (
                harvest_key TEXT PRIMARY KEY, base_url TEXT NOT NULL, set_spec TEXT NOT NULL, metadata_prefix TEXT NOT NULL,
                library_code TEXT NOT NULL, every_hours INTEGER NOT NULL, next_run TEXT NOT NULL, last_result TEXT NOT NULL DEFAULT '')
            """,
        ]),
        Migration(304, "electronic library", [
            """
            CREATE TABLE digital_items (
                id TEXT PRIMARY KEY, work_id BIGINT NOT NULL, file_name TEXT NOT NULL, format TEXT NOT NULL, size BIGINT NOT NULL,
                sha256 TEXT NOT NULL, access TEXT NOT NULL, terms TEXT NOT NULL, word_count INTEGER NOT NULL, added TEXT NOT NULL, added_by TEXT NOT NULL)
            """,
            "CREATE INDEX digital_items_work ON digital_items(work_id)",
            // Counts per item and day only: who read what is not kept.
            "CREATE TABLE digital_item_stats (item_id TEXT NOT NULL, day TEXT NOT NULL, reads BIGINT NOT NULL, downloads BIGINT NOT NULL, PRIMARY KEY (item_id, day))",
        ]),
    ]
}
