import Foundation

/// Harvests ListRecords from an OAI-PMH repository, page by page.
///
/// The stream is pulled: the next page is fetched only when the consumer has taken every record of the
/// previous one, so a harvest of any size holds one page in memory. After each page comes a `.page`
/// checkpoint; saving its token and passing it to `records(resumeFrom:)` continues an interrupted
/// harvest where it stopped.
public struct OAIHarvester: Sendable {
    public let baseURL: URL
    public let metadataPrefix: String
    public let set: String?
    /// Inclusive, as the protocol means them. Sent at seconds granularity when the repository keeps
    /// seconds, otherwise widened to whole days: a harvest may get a little more, never less.
    public let from: Date?
    public let until: Date?
    let fetch: @Sendable (URL) async throws -> Data

    public init(baseURL: URL, metadataPrefix: String, set: String? = nil, from: Date? = nil, until: Date? = nil,
                fetch: @escaping @Sendable (URL) async throws -> Data = OAIHarvester.httpFetch) {
        self.baseURL = baseURL
        self.metadataPrefix = metadataPrefix
        self.set = set
        self.from = from
        self.until = until
        self.fetch = fetch
    }

    /// Over HTTP, with a timeout and retries (see `OAIHTTPFetcher`).
    @Sendable public static func httpFetch(_ url: URL) async throws -> Data {
        try await OAIHTTPFetcher().fetch(url)
    }

    /// Streams records page by page; `resumeFrom` continues an interrupted harvest from a saved
    /// resumption token. A `noRecordsMatch` answer is an empty harvest; other OAI-PMH errors end the
    /// stream with `OAIHarvestError.repositoryErrors`.
    public func records(resumeFrom token: String? = nil) -> AsyncThrowingStream<OAIHarvestEvent, Error> {
        let session = OAIHarvestSession(harvester: self, resumptionToken: token)
        return AsyncThrowingStream(unfolding: { try await session.next() })
    }

    // MARK: - Requests

    func firstPageURL(granularity: OAIGranularity) -> URL {
        var arguments = [("verb", OAIVerb.listRecords.rawValue), ("metadataPrefix", metadataPrefix)]
        if let from { arguments.append(("from", OAIDateFormat.string(from: from, granularity: granularity))) }
        if let until { arguments.append(("until", OAIDateFormat.string(from: until, granularity: granularity))) }
        if let set { arguments.append(("set", set)) }
        return url(arguments)
    }

    func nextPageURL(resumptionToken: String) -> URL {
        url([("verb", OAIVerb.listRecords.rawValue), ("resumptionToken", resumptionToken)])
    }

    func identifyURL() -> URL {
        url([("verb", OAIVerb.identify.rawValue)])
    }

    /// Percent-encodes everything but unreserved characters: `+` in a token or `:` in a date must not
    /// be read back as a space or a separator.
    private func url(_ arguments: [(String, String)]) -> URL {
        let query = arguments.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? value)
        }.joined(separator: "&")
        let base = baseURL.absoluteString
        let separator = base.contains("?") ? (base.hasSuffix("?") || base.hasSuffix("&") ? "" : "&") : "?"
        return URL(string: base + separator + query) ?? baseURL
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}

/// The state of one harvest between pulls: the page being handed out and where the next one is.
private actor OAIHarvestSession {
    private enum Step {
        case start
        case resume(String)
        case finished
    }

    private let harvester: OAIHarvester
    private var step: Step
    private var pending: [OAIHarvestEvent] = []
    private var pendingIndex = 0
    private var lastToken: String?

    init(harvester: OAIHarvester, resumptionToken: String?) {
        self.harvester = harvester
        self.step = resumptionToken.map { .resume($0) } ?? .start
        self.lastToken = resumptionToken
    }

    func next() async throws -> OAIHarvestEvent? {
        while pendingIndex == pending.count {
            try Task.checkCancellation()
            pending = []
            pendingIndex = 0
            switch step {
            case .finished:
                return nil
            case .start:
                let granularity = try await repositoryGranularity()
                try await load(harvester.firstPageURL(granularity: granularity), isFirstPage: true)
            case .resume(let token):
                try await load(harvester.nextPageURL(resumptionToken: token), isFirstPage: false)
            }
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    /// Dates need the repository's granularity; Identify is asked only when there are dates to send.
    private func repositoryGranularity() async throws -> OAIGranularity {
        guard harvester.from != nil || harvester.until != nil else { return .seconds }
        let identify = try OAIResponseParser.parse(try await harvester.fetch(harvester.identifyURL()))
        guard identify.errors.isEmpty else { throw OAIHarvestError.repositoryErrors(identify.errors) }
        return identify.granularity ?? .day
    }

    private func load(_ url: URL, isFirstPage: Bool) async throws {
        step = .finished // until this page says otherwise; a thrown error leaves the harvest finished
        let response = try OAIResponseParser.parse(try await harvester.fetch(url))

        if !response.errors.isEmpty {
            guard response.errors.allSatisfy({ $0.code == .noRecordsMatch }) else {
                throw OAIHarvestError.repositoryErrors(response.errors)
            }
            // An empty selection, or (on a later page) nothing left of it: the list is complete.
            pending = [.page(resumptionToken: nil, completeListSize: isFirstPage ? 0 : nil, cursor: nil)]
            return
        }
        guard response.verbElement == "ListRecords" else {
            throw OAIHarvestError.malformedResponse("the answer to ListRecords has neither a ListRecords element nor an error")
        }

        let token = response.resumptionToken.flatMap { $0.value.isEmpty ? nil : $0.value }
        if let token {
            if token == lastToken { throw OAIHarvestError.repeatedResumptionToken(token) }
            step = .resume(token)
            lastToken = token
        }
        pending = response.records.map { .record($0) }
        pending.append(.page(resumptionToken: token, completeListSize: response.resumptionToken?.completeListSize,
                             cursor: response.resumptionToken?.cursor))
    }
}
