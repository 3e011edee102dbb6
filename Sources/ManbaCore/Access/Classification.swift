/// Secrecy levels as ordered in CIS practice. Every record carries one; `unclassified` is the default.
public enum Classification: Int, Codable, Sendable, Comparable, CaseIterable {
    case unclassified = 0
    case secret = 1
    case topSecret = 2
    case specialImportance = 3

    public static func < (a: Classification, b: Classification) -> Bool { a.rawValue < b.rawValue }

    public var code: String {
        switch self {
        case .unclassified: return "unclassified"
        case .secret: return "secret"
        case .topSecret: return "top_secret"
        case .specialImportance: return "special_importance"
        }
    }

    public init?(code: String) {
        guard let found = Classification.allCases.first(where: { $0.code == code }) else { return nil }
        self = found
    }
}
