/// The errors every interface translates into its own convention (CKAN envelope, problem JSON, a page).
public enum ManbaError: Error, Sendable, Equatable {
    /// Per-field messages, as CKAN's `Validation Error` carries them.
    case validation([String: [String]])
    case notFound(String)
    case forbidden(String)
    case unauthenticated(String)
    case badRequest(String)
    case payloadTooLarge(limit: Int)
    case unsupportedMediaType(String)
    case conflict(String)

    public var message: String {
        switch self {
        case .validation(let fields):
            return fields.keys.sorted().map { "\($0): \(fields[$0]!.joined(separator: "; "))" }.joined(separator: ", ")
        case .notFound(let m), .forbidden(let m), .unauthenticated(let m), .badRequest(let m),
             .unsupportedMediaType(let m), .conflict(let m):
            return m
        case .payloadTooLarge(let limit):
            return "The upload is larger than the configured limit of \(limit) bytes"
        }
    }
}
