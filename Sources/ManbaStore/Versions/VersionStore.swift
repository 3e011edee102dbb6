import Foundation
import ManbaCore
import SQLKit

/// Every change to a record, kept whole: who made it, when, which fields changed, and the record as it
/// was afterwards, so any older version can be shown again.
public struct RecordVersion: Sendable, Codable, Equatable {
    public let recordKind: String
    public let recordID: String
    public let version: Int
    public let actor: String
    public let at: String
    /// The top-level fields that differ from the previous version ("created" for the first).
    public let changedFields: [String]
    public let document: String
}

public enum VersionStore {
    /// Appends a version inside the caller's transaction, so the record and its history commit together.
    /// `isFirst` says the record was just created (ids are never reused), which spares looking for a previous version.
    public static func record(kind: String, id: String, actor: String, at: String, document: Data, isFirst: Bool = false,
                              in db: any SQLDatabase) async throws -> Int {
        let previous = isFirst ? nil : try await db.first("""
            SELECT version, doc FROM record_versions WHERE record_kind = \(bind: kind) AND record_id = \(bind: id)
            ORDER BY version DESC LIMIT 1
            """)
        let text = String(decoding: document, as: UTF8.self)
        var changed = created
        var next = 1
        if let previous {
            next = try previous.decode(column: "version", as: Int.self) + 1
            changed = Self.changedFields(from: Data(try previous.decode(column: "doc", as: String.self).utf8), to: document)
        }
        try await db.run(insertStatement(kind: kind, id: id, version: next, actor: actor, at: at, changedFields: changed, document: text))
        return next
    }

    /// The statement `record` runs for a record just created, for a caller that sends it together with
    /// other statements (as one PostgreSQL statement of CTEs, say); `onlyIf`, an SQL condition, keeps the
    /// version out when the record's own insert was refused.
    public static func firstVersionStatement(kind: String, id: String, actor: String, at: String, document: String,
                                             onlyIf condition: SQLQueryString? = nil) -> SQLQueryString {
        let version = insertStatement(kind: kind, id: id, version: 1, actor: actor, at: at, changedFields: created, document: document)
        return condition.map { version + " WHERE " + $0 } ?? version
    }

    /// What the first version of a record says changed.
    private static let created = ["created"]

    private static func insertStatement(kind: String, id: String, version: Int, actor: String, at: String,
                                        changedFields: [String], document: String) -> SQLQueryString {
        """
        INSERT INTO record_versions (record_kind, record_id, version, actor, at, summary, doc)
        SELECT \(bind: kind), \(bind: id), \(bind: version), \(bind: actor), \(bind: at), \(bind: changedFields.joined(separator: ",")), \(bind: document)
        """
    }

    public static func history(kind: String, id: String, in db: any SQLDatabase) async throws -> [RecordVersion] {
        try await db.rows("""
            SELECT * FROM record_versions WHERE record_kind = \(bind: kind) AND record_id = \(bind: id) ORDER BY version DESC
            """).map(Self.version)
    }

    public static func version(kind: String, id: String, number: Int, in db: any SQLDatabase) async throws -> RecordVersion? {
        try await db.first("""
            SELECT * FROM record_versions WHERE record_kind = \(bind: kind) AND record_id = \(bind: id) AND version = \(bind: number)
            """).map(Self.version)
    }

    /// Top-level keys whose values differ; fields that only record the time of the change are ignored.
    static func changedFields(from old: Data, to new: Data) -> [String] {
        let ignored: Set<String> = ["metadata_modified", "modified", "revision"]
        guard let a = try? JSONSerialization.jsonObject(with: old) as? [String: Any],
              let b = try? JSONSerialization.jsonObject(with: new) as? [String: Any] else { return ["document"] }
        return Set<String>(a.keys).union(Set<String>(b.keys)).filter { key in
            guard !ignored.contains(key) else { return false }
            switch (a[key], b[key]) {
            case (nil, nil): return false
            case (let x?, let y?): return canonical(x) != canonical(y)
            default: return true
            }
        }.sorted()
    }

    /// A value's JSON with sorted keys, so equal values compare equal whatever their dictionary order.
    private static func canonical(_ value: Any) -> Data? {
        try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])
    }

    static func version(_ row: any SQLRow) throws -> RecordVersion {
        let summary = try row.decode(column: "summary", as: String.self)
        return RecordVersion(recordKind: try row.decode(column: "record_kind", as: String.self),
                             recordID: try row.decode(column: "record_id", as: String.self),
                             version: try row.decode(column: "version", as: Int.self),
                             actor: try row.decode(column: "actor", as: String.self),
                             at: try row.decode(column: "at", as: String.self),
                             changedFields: summary.isEmpty ? [] : summary.split(separator: ",").map(String.init),
                             document: try row.decode(column: "doc", as: String.self))
    }
}
