import Foundation

/// Identifiers are random UUIDs, lower-case as CKAN writes them. They are never reused: records are
/// never purged from the store, only marked deleted, so an identifier keeps pointing at its one record.
public enum Identifier {
    public static func make() -> String { UUID().uuidString.lowercased() }

    public static func isWellFormed(_ text: String) -> Bool {
        text.count == 36 && UUID(uuidString: text) != nil
    }
}
