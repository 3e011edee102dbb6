import Foundation

/// The OAI-PMH 2.0 data provider: it turns one request into one XML answer, asking the repository only
/// what the request needs.
///
/// Protocol errors (a bad argument, an unknown identifier, an empty selection) are answers, written as
/// `<error code=…>` in an HTTP 200 response as the spec asks. Only a failure of the store itself is
/// thrown: OAI-PMH has no code for it, and the HTTP layer should answer 503 with `Retry-After` so that
/// harvesters try again instead of believing the list ended.
public struct OAIProvider: Sendable {
    public let repository: any OAIRepository
    /// The address harvesters use, echoed in every answer.
    public let baseURL: String
    /// How many records (or headers) one answer holds before it hands out a resumption token.
    public let pageSize: Int
    /// How long a resumption token stays valid; stated in its `expirationDate`.
    public let tokenLifetime: TimeInterval
    let tokens: OAIResumptionTokenCodec
    /// The next page of each list being harvested, read while the harvester reads the current one.
    let pagesAhead = OAIPageAhead()

    /// - Parameter tokenKey: a secret that makes resumption tokens unforgeable (`MANBA_OAI_TOKEN_KEY`).
    ///   Without one they are still checked against corruption. Tokens survive a restart either way,
    ///   as long as the key stays the same.
    public init(repository: any OAIRepository, baseURL: String, pageSize: Int = 200,
                tokenLifetime: TimeInterval = 24 * 60 * 60, tokenKey: [UInt8]? = nil) {
        self.repository = repository
        self.baseURL = baseURL
        self.pageSize = max(1, pageSize)
        self.tokenLifetime = tokenLifetime
        self.tokens = OAIResumptionTokenCodec(key: tokenKey)
    }

    /// Answers one request (GET query or POST form parameters, repeated keys kept) with the XML body,
    /// to be sent as `text/xml; charset=utf-8` with status 200.
    ///
    /// - Throws: only what the repository throws.
    public func respond(to parameters: [(String, String)], now: Date = Date()) async throws -> String {
        let identity = repository.identity
        var writer = OAIResponseWriter(baseURL: baseURL, responseDate: now, request: nil, granularity: identity.granularity)
        let request: OAIRequest
        switch OAIRequest.parse(parameters, granularity: identity.granularity) {
        case .failure(let rejection):
            return writer.errors(rejection.errors)
        case .success(let accepted):
            request = accepted
        }
        writer.request = request

        let answer: OAIAnswer
        switch request.verb {
        case .identify: answer = .document(writer.identify(identity))
        case .listMetadataFormats: answer = try await listMetadataFormats(request, writer: writer)
        case .listSets: answer = try await listSets(request, writer: writer)
        case .getRecord: answer = try await getRecord(request, writer: writer)
        case .listIdentifiers, .listRecords: answer = try await list(request, writer: writer, now: now)
        }
        switch answer {
        case .document(let xml): return xml
        case .errors(let errors): return writer.errors(errors)
        }
    }

    // MARK: - Verbs answered in one page

    private func listMetadataFormats(_ request: OAIRequest, writer: OAIResponseWriter) async throws -> OAIAnswer {
        let formats: [OAIMetadataFormat]
        if let identifier = request.identifier {
            guard let itemFormats = try await repository.metadataFormats(for: identifier) else {
                return .errors([OAIError(.idDoesNotExist, "No item has the identifier '\(identifier)'.")])
            }
            formats = itemFormats
        } else {
            formats = repository.metadataFormats
        }
        guard !formats.isEmpty else {
            return .errors([OAIError(.noMetadataFormats, "No metadata format is available for this item.")])
        }
        return .document(writer.metadataFormats(formats))
    }

    /// Sets are few (one per member library and collection), so the list is never split and no token
    /// is ever issued for it.
    private func listSets(_ request: OAIRequest, writer: OAIResponseWriter) async throws -> OAIAnswer {
        if request.resumptionToken != nil {
            return .errors([OAIError(.badResumptionToken, "This repository lists all sets at once and issues no resumption tokens for ListSets.")])
        }
        let sets = try await repository.sets()
        guard !sets.isEmpty else {
            return .errors([OAIError(.noSetHierarchy, "This repository does not organise its items in sets.")])
        }
        return .document(writer.sets(sets))
    }

    private func getRecord(_ request: OAIRequest, writer: OAIResponseWriter) async throws -> OAIAnswer {
        guard let identifier = request.identifier, let prefix = request.metadataPrefix else {
            return .errors([OAIError(.badArgument, "GetRecord requires identifier and metadataPrefix.")])
        }
        let formatIsOffered = repository.metadataFormats.contains { $0.prefix == prefix }
        if formatIsOffered, let record = try await repository.record(identifier: identifier, metadataPrefix: prefix) {
            return .document(writer.getRecord(record))
        }
        // Nothing came back: find out whether the item or the format is missing, and report both if so.
        var errors: [OAIError] = []
        let itemFormats = try await repository.metadataFormats(for: identifier)
        if itemFormats == nil {
            errors.append(OAIError(.idDoesNotExist, "No item has the identifier '\(identifier)'."))
        }
        if !formatIsOffered {
            errors.append(OAIError(.cannotDisseminateFormat, "This repository does not offer the format '\(prefix)'."))
        } else if itemFormats != nil {
            errors.append(OAIError(.cannotDisseminateFormat, "The item '\(identifier)' is not available in the format '\(prefix)'."))
        }
        return .errors(errors)
    }
}

/// What a verb's handler produced: the finished document, or the errors to report instead.
enum OAIAnswer {
    case document(String)
    case errors([OAIError])
}
