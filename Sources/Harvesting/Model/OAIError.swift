/// The eight error and exception conditions of OAI-PMH 2.0 (§3.6).
public enum OAIErrorCode: String, Sendable, Codable, CaseIterable {
    /// Illegal, missing or repeated arguments, or a value with illegal syntax.
    case badArgument
    /// The resumption token is invalid or expired.
    case badResumptionToken
    /// The verb is missing, repeated or not one of the six.
    case badVerb
    /// The format is not offered by the repository or not for this item.
    case cannotDisseminateFormat
    /// The identifier is unknown or illegal in this repository.
    case idDoesNotExist
    /// The selection is empty. Harvesters treat it as an empty list, not as a failure.
    case noRecordsMatch
    /// No format is available for the item.
    case noMetadataFormats
    /// The repository has no sets.
    case noSetHierarchy
}

/// One `<error>` of an answer: the code, and a sentence for the person reading the harvester's log.
public struct OAIError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: OAIErrorCode
    public var message: String

    public init(_ code: OAIErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String {
        message.isEmpty ? code.rawValue : "\(code.rawValue): \(message)"
    }
}
