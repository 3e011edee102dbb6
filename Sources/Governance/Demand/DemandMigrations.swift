import ManbaStore

/// What people ask of the catalogue (A3): usage counts, the search log, data requests and feedback.
/// Versions 431-439. Counts are BIGINT because a popular dataset's API reads add up over the years.
enum DemandMigrations {
    static let all: [Migration] = [
        // Per day, dataset and resource ('' for the dataset itself) and kind; nothing about who asked.
        Migration(431, "usage per day", [
            """
            CREATE TABLE usage_daily (
                day TEXT NOT NULL, dataset_id TEXT NOT NULL, resource_id TEXT NOT NULL, kind TEXT NOT NULL,
                count BIGINT NOT NULL, PRIMARY KEY (day, dataset_id, resource_id, kind))
            """,
            "CREATE INDEX usage_daily_dataset ON usage_daily(dataset_id, day)",
        ]),
        // One row per day and folded query; `query_sample` keeps one spelling as typed, for reading.
        Migration(432, "search log", [
            """
            CREATE TABLE search_log (
                day TEXT NOT NULL, query_key TEXT NOT NULL, query_sample TEXT NOT NULL, searches BIGINT NOT NULL,
                zero_results BIGINT NOT NULL, last_count INTEGER NOT NULL, PRIMARY KEY (day, query_key))
            """,
        ]),
        Migration(433, "data requests", [
            """
            CREATE TABLE data_requests (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL,
                organization_id TEXT REFERENCES organizations(id), status TEXT NOT NULL,
                requester_name TEXT, requester_email TEXT, requester_user_id TEXT,
                dataset_id TEXT REFERENCES datasets(id), decline_reason TEXT,
                created TEXT NOT NULL, modified TEXT NOT NULL, routed TEXT, answer_due TEXT, accepted TEXT,
                publish_due TEXT, closed TEXT, supporters INTEGER NOT NULL DEFAULT 0)
            """,
            "CREATE INDEX data_requests_status ON data_requests(status, created)",
            "CREATE INDEX data_requests_organization ON data_requests(organization_id, status)",
            "CREATE INDEX data_requests_dataset ON data_requests(dataset_id)",
            """
            CREATE TABLE data_request_events (
                request_id TEXT NOT NULL REFERENCES data_requests(id), seq INTEGER NOT NULL, at TEXT NOT NULL,
                actor TEXT NOT NULL, action TEXT NOT NULL, from_status TEXT, to_status TEXT NOT NULL,
                organization_id TEXT, note TEXT,
                PRIMARY KEY (request_id, seq))
            """,
            // A SHA-256 of the supporter's user id or browser cookie: one +1 each, and no address kept.
            """
            CREATE TABLE data_request_supporters (
                request_id TEXT NOT NULL REFERENCES data_requests(id), supporter_key TEXT NOT NULL, created TEXT NOT NULL,
                PRIMARY KEY (request_id, supporter_key))
            """,
        ]),
        Migration(434, "dataset feedback", [
            """
            CREATE TABLE dataset_feedback (
                id TEXT PRIMARY KEY, dataset_id TEXT NOT NULL REFERENCES datasets(id),
                organization_id TEXT NOT NULL REFERENCES organizations(id), rating INTEGER NOT NULL, comment TEXT NOT NULL,
                author_name TEXT, user_id TEXT, status TEXT NOT NULL, created TEXT NOT NULL,
                moderated TEXT, moderated_by TEXT)
            """,
            "CREATE INDEX dataset_feedback_dataset ON dataset_feedback(dataset_id, status, created)",
            "CREATE INDEX dataset_feedback_organization ON dataset_feedback(organization_id, status)",
        ]),
    ]
}
