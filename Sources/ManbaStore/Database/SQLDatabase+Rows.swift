import SQLKit

extension SQLRow {
    /// Reads a column that may be NULL.
    public func optional<T: Decodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        try decodeNil(column: column) ? nil : decode(column: column, as: T.self)
    }

    /// SQLite and our PostgreSQL schema both store flags as INTEGER 0/1.
    public func flag(_ column: String) throws -> Bool {
        try decode(column: column, as: Int.self) != 0
    }
}

extension SQLDatabase {
    /// Runs a query and returns all rows; a convenience that keeps call sites on one line.
    public func rows(_ query: SQLQueryString) async throws -> [any SQLRow] {
        try await raw(query).all()
    }

    public func first(_ query: SQLQueryString) async throws -> (any SQLRow)? {
        try await raw(query).first()
    }

    public func run(_ query: SQLQueryString) async throws {
        try await raw(query).run()
    }
}
