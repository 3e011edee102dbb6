/// The schema shared by every module: people, organisations, memberships and the version history.
public enum CoreMigrations {
    public static let all: [Migration] = [
        Migration(101, "users and credentials", [
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, fullname TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL, sysadmin INTEGER NOT NULL DEFAULT 0,
                clearance INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'active', created TEXT NOT NULL)
            """,
            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL, last_used TEXT)
            """,
            "CREATE INDEX api_tokens_user ON api_tokens(user_id)",
            """
            CREATE TABLE sessions (
                id_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), csrf_token TEXT NOT NULL,
                created TEXT NOT NULL, expires TEXT NOT NULL)
            """,
        ]),
        Migration(102, "organisations, groups and memberships", [
            """
            CREATE TABLE organizations (
                id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'active',
                parent_id TEXT, created TEXT NOT NULL, modified TEXT NOT NULL, doc TEXT NOT NULL)
            """,
            "CREATE INDEX organizations_kind ON organizations(kind, name)",
            """
            CREATE TABLE memberships (
                organization_id TEXT NOT NULL REFERENCES organizations(id), user_id TEXT NOT NULL REFERENCES users(id),
                role TEXT NOT NULL, PRIMARY KEY (organization_id, user_id))
            """,
            "CREATE INDEX memberships_user ON memberships(user_id)",
        ]),
        Migration(103, "record versions", [
            """
            CREATE TABLE record_versions (
                record_kind TEXT NOT NULL, record_id TEXT NOT NULL, version INTEGER NOT NULL,
                actor TEXT NOT NULL, at TEXT NOT NULL, summary TEXT NOT NULL, doc TEXT NOT NULL,
                PRIMARY KEY (record_kind, record_id, version))
            """,
        ]),
    ]
}
