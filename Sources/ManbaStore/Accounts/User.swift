import ManbaCore

public struct User: Sendable, Codable, Equatable {
    public let id: String
    public let name: String
    public var fullname: String
    public var email: String
    public var isSysadmin: Bool
    public var clearance: Classification
    public var created: String
}

public struct APIToken: Sendable, Codable, Equatable {
    public let id: String
    public let userID: String
    public let name: String
    public let created: String
    public let lastUsed: String?
}
