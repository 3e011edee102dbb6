/// A member's role in an organisation, as in CKAN: admins manage members, editors edit any of the
/// organisation's datasets, members may see its private datasets.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case member
    case editor
    case admin

    private var rank: Int { switch self { case .member: 0; case .editor: 1; case .admin: 2 } }
    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }
}
