import ManbaCore

/// A publishing body (ministry, agency, khokimiyat, library, museum) or, with kind `.group`, a theme that
/// datasets are filed under. CKAN keeps both in one table; so do we, because they share every field.
public struct Organisation: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case organization, group }

    public let id: String
    public var name: String
    public let kind: Kind
    public var title: LocalizedText
    public var description: LocalizedText
    public var parentID: String?
    public var region: String?
    public var imageURL: String?
    public var state: String
    public var created: String
    public var modified: String

    public init(id: String, name: String, kind: Kind, title: LocalizedText, description: LocalizedText = .init(),
                parentID: String? = nil, region: String? = nil, imageURL: String? = nil,
                state: String = "active", created: String, modified: String) {
        self.id = id; self.name = name; self.kind = kind; self.title = title; self.description = description
        self.parentID = parentID; self.region = region; self.imageURL = imageURL; self.state = state
        self.created = created; self.modified = modified
    }
}
