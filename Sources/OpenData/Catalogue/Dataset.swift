import ManbaCore

/// A published dataset: its description, its files or links, and who owns it.
/// Stored whole as one JSON document per version; the columns beside it exist only to filter and look up.
public struct Dataset: Sendable, Codable, Equatable {
    public let id: String
    public var name: String
    public var title: LocalizedText
    public var notes: LocalizedText
    public var ownerOrg: String
    public var isPrivate: Bool
    public var classification: Classification
    public var state: String
    public var tags: [String]
    public var licenseID: String?
    public var frequency: Frequency?
    public var temporalStart: String?
    public var temporalEnd: String?
    public var spatial: String?
    public var author: String?
    public var authorEmail: String?
    public var maintainer: String?
    public var maintainerEmail: String?
    public var sourceURL: String?
    public var version: String?
    public var sociallySignificant: Bool
    public var legalReference: String?
    /// Free key/value pairs (CKAN `extras`), kept in the order given.
    public var extras: [Extra]
    /// Ids of the groups (themes) the dataset is filed under.
    public var groups: [String]
    public var resources: [Resource]
    public var created: String
    public var modified: String
    public var creatorUserID: String?

    public struct Extra: Sendable, Codable, Equatable {
        public var key: String
        public var value: String
        public init(key: String, value: String) { self.key = key; self.value = value }
    }

    public init(id: String, name: String, title: LocalizedText, ownerOrg: String, created: String) {
        self.id = id; self.name = name; self.title = title; self.notes = LocalizedText(); self.ownerOrg = ownerOrg
        self.isPrivate = false; self.classification = .unclassified; self.state = "active"; self.tags = []
        self.licenseID = nil; self.frequency = nil; self.temporalStart = nil; self.temporalEnd = nil; self.spatial = nil
        self.author = nil; self.authorEmail = nil; self.maintainer = nil; self.maintainerEmail = nil; self.sourceURL = nil
        self.version = nil; self.sociallySignificant = false; self.legalReference = nil; self.extras = []; self.groups = []
        self.resources = []; self.created = created; self.modified = created; self.creatorUserID = nil
    }
}

/// A file uploaded to Manba or a link to data elsewhere.
public struct Resource: Sendable, Codable, Equatable {
    public let id: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var format: String
    public var mimetype: String?
    public var url: String
    /// "upload" when Manba holds the file; nil for a link.
    public var urlType: String?
    public var size: Int?
    /// `sha256:<hex>` of the uploaded file.
    public var hash: String?
    public var language: String?
    public var created: String
    public var lastModified: String?
    /// Original file name of an upload, used in download links.
    public var fileName: String?

    public init(id: String, url: String, created: String) {
        self.id = id; self.name = LocalizedText(); self.description = LocalizedText(); self.format = ""; self.mimetype = nil
        self.url = url; self.urlType = nil; self.size = nil; self.hash = nil; self.language = nil; self.created = created
        self.lastModified = nil; self.fileName = nil
    }

    public var isUpload: Bool { urlType == "upload" }
}
