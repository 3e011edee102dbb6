/// Who is asking. Built once per request from a session or an API token, and handed to the store,
/// which alone decides what this principal may see or change.
public struct Principal: Sendable, Hashable {
    public let userID: String?
    public let userName: String?
    public let isSysadmin: Bool
    public let clearance: Classification
    /// Organisation id to the principal's role in it.
    public let memberships: [String: Role]

    public init(userID: String?, userName: String?, isSysadmin: Bool = false,
                clearance: Classification = .unclassified, memberships: [String: Role] = [:]) {
        self.userID = userID
        self.userName = userName
        self.isSysadmin = isSysadmin
        self.clearance = clearance
        self.memberships = memberships
    }

    public static let anonymous = Principal(userID: nil, userName: nil)
    /// The command line acting on the operator's behalf (`manba demo`, `manba migrate`).
    public static let system = Principal(userID: nil, userName: "system", isSysadmin: true, clearance: .specialImportance)

    public var isAuthenticated: Bool { userID != nil || isSysadmin }

    public func role(in organisationID: String) -> Role? {
        isSysadmin ? .admin : memberships[organisationID]
    }

    public func has(_ role: Role, in organisationID: String) -> Bool {
        guard let own = self.role(in: organisationID) else { return false }
        return own >= role
    }

    public func mayRead(classification: Classification) -> Bool { classification <= clearance }
}
