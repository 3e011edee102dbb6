import ManbaCore
import Foundation

/// What Identify says about a repository (OAI-PMH 2.0 §4.2). The base URL is not here: the provider
/// knows where it is mounted.
public struct OAIIdentity: Sendable, Equatable {
    /// The protocol version every answer claims.
    public static let protocolVersion = "2.0"

    public var repositoryName: String
    /// At least one address; the schema requires an `adminEmail`.
    public var adminEmails: [String]
    /// The guaranteed lower limit of every datestamp, deletions included.
    public var earliestDatestamp: Date
    public var deletedRecord: OAIDeletedRecordPolicy
    public var granularity: OAIGranularity
    /// Complete XML elements for `<description>` (an `oai-identifier`, a `branding`, ...), each in its
    /// own namespace, inserted as they are.
    public var descriptions: [String]

    public init(repositoryName: String, adminEmails: [String], earliestDatestamp: Date,
                deletedRecord: OAIDeletedRecordPolicy = .persistent, granularity: OAIGranularity = .seconds,
                descriptions: [String] = []) {
        self.repositoryName = repositoryName
        self.adminEmails = adminEmails
        self.earliestDatestamp = earliestDatestamp
        self.deletedRecord = deletedRecord
        self.granularity = granularity
        self.descriptions = descriptions
    }

    /// The `oai-identifier` description: it tells harvesters that identifiers look like
    /// `oai:<repositoryIdentifier>:<local part>` and gives one example.
    public static func oaiIdentifierDescription(repositoryIdentifier: String, sampleIdentifier: String) -> String {
        var writer = XMLWriter(reservingCapacity: 512)
        writer.open("oai-identifier", [
            ("xmlns", OAINamespaces.oaiIdentifier),
            ("xmlns:xsi", OAINamespaces.xmlSchemaInstance),
            ("xsi:schemaLocation", "\(OAINamespaces.oaiIdentifier) \(OAINamespaces.oaiIdentifierSchema)"),
        ])
        writer.element("scheme", "oai")
        writer.element("repositoryIdentifier", repositoryIdentifier)
        writer.element("delimiter", ":")
        writer.element("sampleIdentifier", sampleIdentifier)
        writer.close("oai-identifier")
        return writer.output
    }
}

/// Whether a repository remembers deletions (OAI-PMH 2.0 §2.5.1).
public enum OAIDeletedRecordPolicy: String, Sendable, Codable {
    /// Deletions are not reported.
    case no
    /// Deletions are reported for a while, with no promise how long.
    case transient
    /// Deletions are reported for ever: a harvester can always catch up incrementally.
    case persistent
}
