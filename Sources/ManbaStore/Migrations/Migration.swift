/// One step of the schema. Versions are global and never reused; each module owns a range
/// (ManbaStore 100-199, OpenData 200-299, ...), so modules add steps without renumbering each other's.
/// Statements are written in the SQL both backends accept (TEXT, INTEGER, BIGINT; flags as 0/1).
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let statements: [String]

    public init(_ version: Int, _ name: String, _ statements: [String]) {
        self.version = version
        self.name = name
        self.statements = statements
    }
}
