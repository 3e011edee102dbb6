import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches OAI-PMH pages over HTTP, riding out what repositories do under load: OAI-PMH §3.1.2 has
/// them answer 503 with `Retry-After` to slow harvesters down, and a harvest of a million records
/// meets dropped connections. Both are retried with a pause; other failures are reported at once.
public struct OAIHTTPFetcher: Sendable {
    /// Sends one request; replaceable in tests.
    public typealias Transport = @Sendable (URLRequest) async throws -> (Data, URLResponse)
    public typealias Sleep = @Sendable (TimeInterval) async throws -> Void

    /// Per request.
    public var timeout: TimeInterval
    /// Attempts per page, the first included.
    public var maxAttempts: Int
    /// The pause after the first failure without `Retry-After`; doubled after each further one.
    public var initialBackoff: TimeInterval
    /// No pause is longer, whatever `Retry-After` asks for.
    public var maxDelay: TimeInterval
    public var userAgent: String
    private let transport: Transport
    private let sleep: Sleep

    public init(timeout: TimeInterval = 60, maxAttempts: Int = 5, initialBackoff: TimeInterval = 2,
                maxDelay: TimeInterval = 300, userAgent: String = "Manba-OAI-Harvester/1.0",
                transport: Transport? = nil, sleep: Sleep? = nil) {
        self.timeout = timeout
        self.maxAttempts = max(1, maxAttempts)
        self.initialBackoff = initialBackoff
        self.maxDelay = maxDelay
        self.userAgent = userAgent
        self.transport = transport ?? { request in try await URLSession.shared.data(for: request) }
        self.sleep = sleep ?? { seconds in try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000)) }
    }

    public func fetch(_ url: URL) async throws -> Data {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/xml, application/xml", forHTTPHeaderField: "Accept")

        var attempt = 1
        while true {
            try Task.checkCancellation()
            let delay: TimeInterval
            do {
                let (data, response) = try await transport(request)
                let status = (response as? HTTPURLResponse)?.statusCode ?? 200
                if (200..<300).contains(status) { return data }
                guard Self.retryableStatuses.contains(status), attempt < maxAttempts else {
                    throw OAIHarvestError.httpStatus(status, url: url)
                }
                let retryAfter = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Retry-After")
                delay = retryAfter.flatMap { Self.seconds(fromRetryAfter: $0, now: Date()) } ?? backoff(after: attempt)
            } catch let error as URLError where Self.isTransient(error) && attempt < maxAttempts {
                delay = backoff(after: attempt)
            }
            try await sleep(min(delay, maxDelay))
            attempt += 1
        }
    }

    /// Service unavailable, too many requests, and the gateway errors of a proxy in front of a busy
    /// repository.
    static let retryableStatuses: Set<Int> = [429, 502, 503, 504]

    private func backoff(after attempt: Int) -> TimeInterval {
        min(maxDelay, initialBackoff * pow(2, Double(attempt - 1)))
    }

    /// Failures of the network rather than of the request: worth another try.
    static func isTransient(_ error: URLError) -> Bool {
        switch error.code {
        case .timedOut, .cannotFindHost, .cannotConnectToHost, .networkConnectionLost, .dnsLookupFailed,
             .notConnectedToInternet, .resourceUnavailable, .badServerResponse:
            return true
        default:
            return false
        }
    }

    /// `Retry-After` is either a number of seconds or an HTTP date (RFC 9110 §10.2.3).
    static func seconds(fromRetryAfter value: String, now: Date) -> TimeInterval? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return TimeInterval(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
