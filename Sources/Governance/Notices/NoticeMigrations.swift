import ManbaStore

/// Notices in the cabinet inboxes and the mails that carry them (version numbers 421-429).
///
/// `dedupe_key` is UNIQUE so that delivering the same event twice (the monitoring run again on the
/// same day, or on a later day while the event still holds) inserts nothing. A notice with no
/// organisation is for the monitoring staff (the daily digest). Mails wait in `mail_outbox` until the
/// SMTP server takes them: a failed attempt only moves `next_attempt`, so no mail is ever lost.
enum NoticeMigrations {
    static let all: [Migration] = [
        Migration(421, "notices and mail outbox", [
            """
            CREATE TABLE notices (
                id TEXT PRIMARY KEY, organization_id TEXT REFERENCES organizations(id), obligation_id TEXT,
                kind TEXT NOT NULL, dedupe_key TEXT NOT NULL UNIQUE, subject TEXT NOT NULL, body TEXT NOT NULL,
                created TEXT NOT NULL, read_at TEXT)
            """,
            "CREATE INDEX notices_inbox ON notices(organization_id, created)",
            """
            CREATE TABLE mail_outbox (
                id TEXT PRIMARY KEY, notice_id TEXT NOT NULL REFERENCES notices(id), recipient TEXT NOT NULL,
                subject TEXT NOT NULL, body TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt TEXT NOT NULL, sent_at TEXT, last_error TEXT)
            """,
            "CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt) WHERE sent_at IS NULL",
            "CREATE INDEX mail_outbox_notice ON mail_outbox(notice_id)",
        ]),
    ]
}
