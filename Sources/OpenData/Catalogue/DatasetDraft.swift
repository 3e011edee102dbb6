import Foundation
import ManbaCore

/// What a person or a program asks a dataset to become, before validation.
/// Every interface (CKAN API, pages, imports, demo) fills one of these and hands it to `CatalogueService`.
public struct DatasetDraft: Sendable {
    /// On creation only: keep this identifier (a CKAN dump being loaded). System administrators only.
    public var requestedID: String?
    public var name: String?
    public var title = LocalizedText()
    public var notes = LocalizedText()
    /// Organisation id or name.
    public var ownerOrg: String?
    public var isPrivate = false
    public var classification: Classification = .unclassified
    public var tags: [String] = []
    public var licenseID: String?
    public var frequency: String?
    public var temporalStart: String?
    public var temporalEnd: String?
    public var spatial: String?
    public var author: String?
    public var authorEmail: String?
    public var maintainer: String?
    public var maintainerEmail: String?
    public var sourceURL: String?
    public var version: String?
    public var sociallySignificant = false
    public var legalReference: String?
    public var extras: [Dataset.Extra] = []
    /// Group ids or names.
    public var groups: [String] = []
    /// nil keeps the resources a dataset already has (CKAN's package_update does the same).
    public var resources: [ResourceDraft]?
    /// The catalogue revision the draft was read at (set by `CatalogueService.draft(of:)`), to detect
    /// a change made by someone else in between.
    public var basedOnRevision: Int64?

    public init() {}

    var hasUploads: Bool { resources?.contains { $0.upload != nil } ?? false }

    /// The draft that would recreate `dataset` as it is; patching starts from here.
    public init(_ dataset: Dataset, groupNames: [String]) {
        name = dataset.name; title = dataset.title; notes = dataset.notes; ownerOrg = dataset.ownerOrg
        isPrivate = dataset.isPrivate; classification = dataset.classification; tags = dataset.tags
        licenseID = dataset.licenseID; frequency = dataset.frequency?.rawValue; temporalStart = dataset.temporalStart
        temporalEnd = dataset.temporalEnd; spatial = dataset.spatial; author = dataset.author; authorEmail = dataset.authorEmail
        maintainer = dataset.maintainer; maintainerEmail = dataset.maintainerEmail; sourceURL = dataset.sourceURL
        version = dataset.version; sociallySignificant = dataset.sociallySignificant; legalReference = dataset.legalReference
        extras = dataset.extras; groups = groupNames; resources = dataset.resources.map(ResourceDraft.init)
    }
}

public struct ResourceDraft: Sendable {
    /// The id of an existing resource to keep and update; nil for a new one.
    public var id: String?
    public var name = LocalizedText()
    public var description = LocalizedText()
    public var format: String?
    public var mimetype: String?
    public var url: String?
    public var language: String?
    public var upload: UploadedFile?

    public init() {}

    init(_ resource: Resource) {
        id = resource.id; name = resource.name; description = resource.description; format = resource.format
        mimetype = resource.mimetype; url = resource.isUpload ? nil : resource.url; language = resource.language
    }
}

public struct UploadedFile: Sendable {
    public let fileName: String
    public let contentType: String?
    public let data: Data
    public init(fileName: String, contentType: String?, data: Data) {
        self.fileName = fileName; self.contentType = contentType; self.data = data
    }
}
