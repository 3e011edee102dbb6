import Foundation
import SQLKit

/// Many rows for one table, sent as one JSON parameter per batch instead of one bound value per cell.
///
/// Why: a multi-row `VALUES` list goes through SQLKit's serializer and an `Encodable` conversion for
/// every cell, which for a monitoring snapshot (100,000 rows of nine columns) cost more than SQLite's
/// own work. Here the rows are written straight into a JSON array and the database unpacks it
/// (`json_each` in SQLite, `jsonb_array_elements` in PostgreSQL, parsed once per batch), in the order they were added, so rows
/// added in key order reach the table's B-tree in key order.
///
/// Table and column names come from code, never from input. Only text, integers, reals and NULL: a
/// JSON string carries no bytes, so binary columns keep to bound parameters.
public struct BulkRows: Sendable {
    public enum ColumnType: Sendable {
        case text, integer, real

        var postgresCast: String {
            switch self {
            case .text: ""
            case .integer: "::bigint"
            case .real: "::double precision"
            }
        }
    }

    public let table: String
    public let columns: [(name: String, type: ColumnType)]
    private let batchSize: Int
    private var batches: [String] = []
    private var rowsInLastBatch = 0
    public private(set) var count = 0

    public init(table: String, columns: [(name: String, type: ColumnType)], batchSize: Int = 5000) {
        self.table = table
        self.columns = columns
        self.batchSize = max(1, batchSize)
    }

    /// Adds a row; its values are in the order of `columns` (nil is NULL).
    public mutating func append(_ values: [(any BulkValue)?]) {
        precondition(values.count == columns.count, "a row of \(table) needs \(columns.count) values")
        if batches.isEmpty || rowsInLastBatch == batchSize {
            batches.append("[")
            rowsInLastBatch = 0
        }
        var json = batches.removeLast()
        if rowsInLastBatch > 0 { json += "," }
        json += "["
        for (index, value) in values.enumerated() {
            if index > 0 { json += "," }
            if let value { value.writeJSON(into: &json) } else { json += "null" }
        }
        json += "]"
        batches.append(json)
        rowsInLastBatch += 1
        count += 1
    }

    /// Inserts every row added; `suffix` follows each statement (say, "ON CONFLICT DO NOTHING").
    public func insert(in db: any SQLDatabase, suffix: String = "") async throws {
        for batch in batches {
            try await db.run(statement(batch + "]", dialect: db.dialect.name, suffix: suffix))
        }
    }

    /// Inserts every row added and returns what `RETURNING column` gives for the rows inserted.
    public func insertReturning(_ column: String, in db: any SQLDatabase, suffix: String = "") async throws -> [String] {
        var returned: [String] = []
        for batch in batches {
            let rows = try await db.rows(statement(batch + "]", dialect: db.dialect.name, suffix: suffix + " RETURNING \(column)"))
            for row in rows { returned.append(try row.decode(column: column, as: String.self)) }
        }
        return returned
    }

    private func statement(_ json: String, dialect: String, suffix: String) -> SQLQueryString {
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let values: String
        let source: SQLQueryString
        if dialect == "postgresql" {
            values = columns.enumerated().map { "(r->>\($0.offset))\($0.element.type.postgresCast)" }.joined(separator: ", ")
            source = "jsonb_array_elements(\(bind: json)::jsonb) AS r"
        } else {
            values = columns.indices.map { "value->>\($0)" }.joined(separator: ", ")
            source = "json_each(\(bind: json))"
        }
        // WHERE true: without it SQLite would read an ON CONFLICT suffix as the join's ON clause.
        return "INSERT INTO \(unsafeRaw: "\"\(table)\"") (\(unsafeRaw: names)) SELECT \(unsafeRaw: values) FROM " + source
            + " WHERE true \(unsafeRaw: suffix)"
    }
}

/// A value `BulkRows` can carry.
public protocol BulkValue: Sendable {
    func writeJSON(into json: inout String)
}

extension String: BulkValue {
    public func writeJSON(into json: inout String) {
        json += "\""
        var text = self
        text.withUTF8 { bytes in
            var plainStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if plainStart < index { json += String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]), as: UTF8.self) }
                json += byte == UInt8(ascii: "\"") ? "\\\"" : byte == UInt8(ascii: "\\") ? "\\\\" : Self.controlEscapes[Int(byte)]
                plainStart = index + 1
            }
            if plainStart < bytes.count { json += String(decoding: UnsafeBufferPointer(rebasing: bytes[plainStart...]), as: UTF8.self) }
        }
        json += "\""
    }

    /// \u0000 … \u001f, made once: MARC records carry a separator before every field and subfield.
    private static let controlEscapes: [String] = (0..<0x20).map { byte in
        let hex = Array("0123456789abcdef")
        return "\\u00" + String(hex[byte >> 4]) + String(hex[byte & 0x0F])
    }
}

extension Int: BulkValue {
    public func writeJSON(into json: inout String) { json += String(self) }
}

extension Bool: BulkValue {
    /// As 1 or 0, as the schema keeps flags.
    public func writeJSON(into json: inout String) { json += self ? "1" : "0" }
}

extension Double: BulkValue {
    /// JSON has no NaN or infinity; they are stored as NULL.
    public func writeJSON(into json: inout String) { json += isFinite ? "\(self)" : "null" }
}
