import Foundation
import SQLKit

/// Many rows for one table, inserted with a few multi-row statements instead of one statement per row.
///
/// Why not SQLKit's `SQLQueryString` with a `\(bind:)` per cell: for a monitoring snapshot (100,000 rows
/// of nine columns) or a batch of MARC records, building those fragments cost more than the database's
/// own work. Here the cells are kept as plain values and written out once per statement:
/// - SQLite: `VALUES (?1, ?2), (?3, ?4) …` with the cells bound as they are, no escaping on our side
///   (a million-record MARC import spent a tenth of its time writing and parsing the JSON this replaced);
/// - PostgreSQL: one JSON array per batch unpacked by `jsonb_array_elements`, as before (a statement
///   takes at most 65,535 parameters there, and binding cells has not been measured against it).
/// Rows reach the table in the order they were added, so rows added in key order reach its B-tree in key order.
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

    /// One value of a row.
    public enum Cell: Sendable {
        case text(String), integer(Int), real(Double), null
    }

    public let table: String
    public let columns: [(name: String, type: ColumnType)]
    private let batchSize: Int
    /// Row after row, `columns.count` cells each.
    private var cells: [Cell] = []

    public var count: Int { cells.count / columns.count }

    /// SQLite's bound on parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32).
    static let sqliteParameterLimit = 32_766

    public init(table: String, columns: [(name: String, type: ColumnType)], batchSize: Int = 5000) {
        self.table = table
        self.columns = columns
        self.batchSize = max(1, batchSize)
    }

    /// Adds a row; its values are in the order of `columns` (nil is NULL).
    public mutating func append(_ values: [(any BulkValue)?]) {
        precondition(values.count == columns.count, "a row of \(table) needs \(columns.count) values")
        for value in values { cells.append(value?.bulkCell ?? .null) }
    }

    /// Adds a row of cells already made, in the order of `columns`; for hot loops, where an array of
    /// existentials per row is a cost worth avoiding.
    public mutating func append(cells row: Cell...) {
        precondition(row.count == columns.count, "a row of \(table) needs \(columns.count) values")
        cells.append(contentsOf: row)
    }

    /// Inserts every row added; `suffix` follows each statement (say, "ON CONFLICT DO NOTHING").
    public func insert(in db: any SQLDatabase, suffix: String = "") async throws {
        for statement in statements(dialect: db.dialect.name, suffix: suffix) {
            try await db.run(statement)
        }
    }

    /// Inserts every row added and returns what `RETURNING column` gives for the rows inserted.
    public func insertReturning(_ column: String, in db: any SQLDatabase, suffix: String = "") async throws -> [String] {
        var returned: [String] = []
        for statement in statements(dialect: db.dialect.name, suffix: suffix + " RETURNING \(column)") {
            for row in try await db.rows(statement) { returned.append(try row.decode(column: column, as: String.self)) }
        }
        return returned
    }

    private func statements(dialect: String, suffix: String) -> [SQLQueryString] {
        let postgres = dialect == "postgresql"
        let rowsPerStatement = postgres ? batchSize : max(1, min(batchSize, Self.sqliteParameterLimit / columns.count))
        let names = columns.map { "\"\($0.name)\"" }.joined(separator: ", ")
        let width = columns.count
        return stride(from: 0, to: count, by: rowsPerStatement).map { firstRow in
            let rows = cells[(firstRow * width)..<(min(count, firstRow + rowsPerStatement) * width)]
            if postgres {
                let values = columns.enumerated().map { "(r->>\($0.offset))\($0.element.type.postgresCast)" }.joined(separator: ", ")
                // WHERE true keeps an ON CONFLICT suffix from being read as part of the FROM clause.
                return "INSERT INTO \(unsafeRaw: "\"\(table)\"") (\(unsafeRaw: names)) SELECT \(unsafeRaw: values) FROM "
                    + "jsonb_array_elements(\(bind: Self.json(rows, width: width))::jsonb) AS r WHERE true \(unsafeRaw: suffix)"
            }
            return "INSERT INTO \(unsafeRaw: "\"\(table)\"") (\(unsafeRaw: names)) VALUES \(BoundRows(cells: rows, width: width)) \(unsafeRaw: suffix)"
        }
    }

    /// The rows as a JSON array of arrays.
    static func json(_ cells: ArraySlice<Cell>, width: Int) -> String {
        var json = "["
        for (offset, cell) in cells.enumerated() {
            let column = offset % width
            if column == 0 { json += offset == 0 ? "[" : ",[" } else { json += "," }
            switch cell {
            case .text(let text): text.writeJSON(into: &json)
            case .integer(let number): json += String(number)
            case .real(let number): json += "\(number)"
            case .null: json += "null"
            }
            if column == width - 1 { json += "]" }
        }
        return json + "]"
    }
}

/// `(?, ?), (?, ?) …` with each cell bound as it is; NULL is written as a literal.
private struct BoundRows: SQLExpression {
    let cells: ArraySlice<BulkRows.Cell>
    let width: Int

    func serialize(to serializer: inout SQLSerializer) {
        serializer.sql.reserveCapacity(serializer.sql.utf8.count + cells.count * 3 + cells.count / width * 4)
        for (offset, cell) in cells.enumerated() {
            let column = offset % width
            serializer.write(column == 0 ? (offset == 0 ? "(" : "), (") : ", ")
            switch cell {
            case .text(let text): bind(text, in: &serializer)
            case .integer(let number): bind(number, in: &serializer)
            case .real(let number): bind(number, in: &serializer)
            case .null: serializer.write("NULL")
            }
        }
        serializer.write(")")
    }

    /// Written as SQLite's numbered placeholder, as its dialect would, without going through it per cell.
    private func bind(_ value: some Encodable & Sendable, in serializer: inout SQLSerializer) {
        serializer.binds.append(value)
        serializer.write("?\(serializer.binds.count)")
    }
}

/// A value `BulkRows` can carry.
public protocol BulkValue: Sendable {
    var bulkCell: BulkRows.Cell { get }
}

extension String: BulkValue {
    public var bulkCell: BulkRows.Cell { .text(self) }

    /// As a JSON string, escaped by hand: the MARC text of a record is mostly plain bytes with a
    /// separator before every field and subfield, so copying runs of plain bytes beats a per-character encoder.
    func writeJSON(into json: inout String) {
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

    /// \u0000 … \u001f, made once.
    private static let controlEscapes: [String] = (0..<0x20).map { byte in
        let hex = Array("0123456789abcdef")
        return "\\u00" + String(hex[byte >> 4]) + String(hex[byte & 0x0F])
    }
}

extension Int: BulkValue {
    public var bulkCell: BulkRows.Cell { .integer(self) }
}

extension Bool: BulkValue {
    /// As 1 or 0, as the schema keeps flags.
    public var bulkCell: BulkRows.Cell { .integer(self ? 1 : 0) }
}

extension Double: BulkValue {
    /// NaN and infinity are stored as NULL, on both backends alike (JSON has neither).
    public var bulkCell: BulkRows.Cell { isFinite ? .real(self) : .null }
}
