import ManbaStore
import SQLKit

/// The largest work ID and revision, from which a writer numbers the works and revisions it adds
/// (inside its write transaction, so no other writer takes the same numbers).
struct WorkCounters {
    var id: Int64
    var revision: Int64

    /// Two scalar subqueries, because one `SELECT MAX(id), MAX(revision)` is not answered from the
    /// indexes: SQLite reads the ends of an index only for a lone MIN or MAX, and scanned the whole
    /// table instead (60 ms per import batch at a million works).
    static func read(in db: any SQLDatabase) async throws -> WorkCounters {
        let row = try await db.first("""
            SELECT (SELECT COALESCE(MAX(id), 0) FROM bib_works) AS id, (SELECT COALESCE(MAX(revision), 0) FROM bib_works) AS revision
            """)
        return WorkCounters(id: try row?.decode(column: "id", as: Int64.self) ?? 0, revision: try row?.decode(column: "revision", as: Int64.self) ?? 0)
    }
}
