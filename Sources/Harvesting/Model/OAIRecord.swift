import Foundation

/// The header of a record: what ListIdentifiers returns, and what is left of a deleted item.
public struct OAIRecordHeader: Sendable, Hashable {
    public var identifier: String
    /// When the record was created, changed or deleted; written at the repository's granularity.
    public var datestamp: Date
    public var setSpecs: [String]
    public var isDeleted: Bool

    public init(identifier: String, datestamp: Date, setSpecs: [String] = [], isDeleted: Bool = false) {
        self.identifier = identifier
        self.datestamp = datestamp
        self.setSpecs = setSpecs
        self.isDeleted = isDeleted
    }
}

/// One item in one metadata format.
public struct OAIRecord: Sendable, Hashable {
    public var header: OAIRecordHeader
    /// The single root element of the metadata (an `oai_dc:dc`, a MARCXML `record`), declaring its own
    /// namespace; `nil` for a deleted record and for a page asked for without metadata.
    public var metadataXML: String?
    /// Complete XML elements for `<about>` (provenance, rights), inserted as they are.
    public var aboutXML: [String]

    public init(header: OAIRecordHeader, metadataXML: String? = nil, aboutXML: [String] = []) {
        self.header = header
        self.metadataXML = metadataXML
        self.aboutXML = aboutXML
    }
}
