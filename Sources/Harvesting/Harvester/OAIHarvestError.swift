import Foundation

/// Why a harvest stopped.
public enum OAIHarvestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The repository answered with OAI-PMH errors (`noRecordsMatch` alone is not an error: it is an
    /// empty list).
    case repositoryErrors([OAIError])
    /// The answer is not well-formed XML or not an OAI-PMH answer the harvester can use.
    case malformedResponse(String)
    /// The server answered with an HTTP status other than success, after any retries.
    case httpStatus(Int, url: URL)
    /// The repository handed back the token it was given, which would loop for ever.
    case repeatedResumptionToken(String)

    public var description: String {
        switch self {
        case .repositoryErrors(let errors):
            return "The OAI-PMH repository answered with an error: " + errors.map(\.description).joined(separator: "; ")
        case .malformedResponse(let reason):
            return "The OAI-PMH answer cannot be used: \(reason)"
        case .httpStatus(let status, let url):
            return "The OAI-PMH repository answered HTTP \(status) for \(url.absoluteString)"
        case .repeatedResumptionToken(let token):
            return "The OAI-PMH repository returned the same resumption token twice ('\(token)'); stopping instead of looping."
        }
    }
}
