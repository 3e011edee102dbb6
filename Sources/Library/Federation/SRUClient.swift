import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ManbaCore

/// Why a foreign SRU server gave no results.
public enum SRUClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server answered with a (fatal) diagnostic.
    case diagnostic(Diagnostic)
    /// An HTTP status other than 2xx, with no SRU answer in the body.
    case httpStatus(Int)
    /// The connection failed: refused, reset, name not found, TLS.
    case transport(String)
    /// No answer within the time allowed.
    case timedOut
    /// An answer that is not a searchRetrieve response.
    case malformedResponse(String)

    /// An SRU diagnostic as a server sent it: `info:srw/diagnostic/1/16`, "Unsupported index", the
    /// details ("dc.nonsense").
    public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
        public var uri: String
        public var details: String?
        public var message: String?

        public init(uri: String, details: String? = nil, message: String? = nil) {
            self.uri = uri
            self.details = details?.isEmpty == true ? nil : details
            self.message = message?.isEmpty == true ? nil : message
        }

        /// The number of a diagnostic from the standard list (`info:srw/diagnostic/1/N`).
        public var number: Int? {
            let prefix = "info:srw/diagnostic/1/"
            guard uri.hasPrefix(prefix) else { return nil }
            return Int(uri.dropFirst(prefix.count))
        }

        public var description: String {
            let message = message ?? number.flatMap { SRUDiagnostic.standardMessages[$0] }
            return [uri.isEmpty ? "diagnostic" : uri, message, details.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        }
    }

    public var description: String {
        switch self {
        case .diagnostic(let diagnostic): return "the catalogue answered with diagnostic \(diagnostic)"
        case .httpStatus(let status): return "the catalogue answered HTTP \(status)"
        case .transport(let reason): return "the catalogue could not be reached: \(reason)"
        case .timedOut: return "the catalogue did not answer in time"
        case .malformedResponse(let reason): return "the catalogue's answer could not be read: \(reason)"
        }
    }
}

/// Asks a foreign catalogue through SRU searchRetrieve and reads its MARCXML records.
public struct SRUClient: Sendable {
    /// Sends one HTTP request; tests put a function in its place.
    public typealias Fetch = @Sendable (URLRequest) async throws -> (Data, URLResponse)

    public var userAgent: String
    private let fetch: Fetch

    /// `fetch` defaults to `URLSession.shared`.
    public init(userAgent: String = "Manba-Federated-Search/1.0", fetch: Fetch? = nil) {
        self.userAgent = userAgent
        self.fetch = fetch ?? { request in try await URLSession.shared.data(for: request) }
    }

    /// The searchRetrieve URL for `target`: the base URL's own query items, then `version`,
    /// `operation`, `query`, `startRecord`, `maximumRecords`, `recordSchema` and `recordPacking` (1.x) or
    /// `recordXMLEscaping` (2.0). SRU 2.0 servers need neither `version` nor `operation` but accept
    /// them, and a server that speaks both versions (Zebra, Manba) learns the version from it.
    public static func searchRetrieveURL(target: FederatedTarget, query: String, startRecord: Int = 1,
                                         maximumRecords: Int? = nil) -> URL {
        var components = URLComponents(url: target.baseURL, resolvingAgainstBaseURL: false)
            ?? URLComponents(string: target.baseURL.absoluteString) ?? URLComponents()
        var items = components.queryItems ?? []
        items += [
            URLQueryItem(name: "version", value: target.version.rawValue),
            URLQueryItem(name: "operation", value: "searchRetrieve"),
            URLQueryItem(name: "query", value: query),
            URLQueryItem(name: "startRecord", value: String(max(1, startRecord))),
            URLQueryItem(name: "maximumRecords", value: String(max(0, maximumRecords ?? target.maximumRecords))),
            URLQueryItem(name: "recordSchema", value: target.recordSchema),
            URLQueryItem(name: target.version.isLegacy ? "recordPacking" : "recordXMLEscaping", value: target.recordPacking.rawValue),
        ]
        components.percentEncodedQuery = items.map { item in
            Self.formEncoded(item.name) + "=" + Self.formEncoded(item.value ?? "")
        }.joined(separator: "&")
        return components.url ?? target.baseURL
    }

    /// Asks `target` and reads the answer, giving up after `timeout` seconds (the target's own when nil)
    /// whether or not the HTTP stack notices: the request is cancelled and `.timedOut` thrown at once.
    public func searchRetrieve(target: FederatedTarget, query: String, startRecord: Int = 1,
                               maximumRecords: Int? = nil, timeout: TimeInterval? = nil) async throws(SRUClientError) -> SRUSearchRetrieveResponse {
        let url = Self.searchRetrieveURL(target: target, query: query, startRecord: startRecord, maximumRecords: maximumRecords)
        let limit = max(0.001, timeout ?? target.timeout)
        var urlRequest = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limit)
        urlRequest.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        urlRequest.setValue("application/xml, text/xml;q=0.9, */*;q=0.1", forHTTPHeaderField: "Accept")
        let request = urlRequest
        let fetch = self.fetch
        let repair = target.repairDoubleEncoding
        let outcome = await Deadline.race(seconds: limit) { () async throws -> SRUSearchRetrieveResponse in
            let (data, response) = try await fetch(request)
            return try Self.read(data: data, response: response, repairDoubleEncoding: repair)
        }
        switch outcome {
        case .value(let response): return response
        case .timedOut: throw .timedOut
        case .failed(let error): throw Self.classify(error)
        }
    }

    /// Reads an HTTP answer: an SRU answer in the body counts whatever the status (some servers send
    /// their diagnostics with 400 or 500); a failed status without one is `.httpStatus`.
    static func read(data: Data, response: URLResponse, repairDoubleEncoding: Bool) throws(SRUClientError) -> SRUSearchRetrieveResponse {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 200
        if (200..<300).contains(status) {
            return try SRUSearchRetrieveResponse.parse(data, repairDoubleEncoding: repairDoubleEncoding)
        }
        do {
            return try SRUSearchRetrieveResponse.parse(data, repairDoubleEncoding: repairDoubleEncoding)
        } catch .diagnostic(let diagnostic) {
            throw .diagnostic(diagnostic)
        } catch {
            throw .httpStatus(status)
        }
    }

    static func classify(_ error: any Error) -> SRUClientError {
        if let error = error as? SRUClientError { return error }
        if let error = error as? URLError {
            switch error.code {
            case .timedOut: return .timedOut
            case .cannotConnectToHost: return .transport("connection refused (\(error.failingURL?.host ?? "host")\(error.failingURL?.port.map { ":\($0)" } ?? ""))")
            case .cannotFindHost, .dnsLookupFailed: return .transport("host not found (\(error.failingURL?.host ?? "?"))")
            case .networkConnectionLost: return .transport("the connection was closed before the answer was complete")
            case .badServerResponse: return .malformedResponse("not an HTTP answer")
            default: return .transport(error.localizedDescription)
            }
        }
        if error is CancellationError { return .timedOut }
        return .transport(String(describing: error))
    }

    /// application/x-www-form-urlencoded as SRU servers read it: unreserved characters as they are,
    /// everything else (`=`, `&`, `+`, spaces, quotes, UTF-8) percent-encoded.
    static func formEncoded(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Runs an operation against a clock and returns at the deadline even when the operation ignores
/// cancellation (as a blocked socket read may): the operation is cancelled and left to finish on its
/// own, and its result, if it ever comes, is dropped. A task group would wait for it instead.
enum Deadline {
    enum Outcome<T: Sendable>: Sendable {
        case value(T)
        case failed(any Error)
        case timedOut
    }

    private final class State<T: Sendable>: Sendable {
        struct Inner {
            var continuation: CheckedContinuation<Outcome<T>, Never>?
            var done = false
            var tasks: [Task<Void, Never>] = []
        }
        let inner = Locked(Inner())

        /// The first call resumes the waiter and cancels both tasks; later calls do nothing.
        func finish(_ outcome: Outcome<T>) {
            let (continuation, tasks): (CheckedContinuation<Outcome<T>, Never>?, [Task<Void, Never>]) = inner.withLock { state in
                guard !state.done else { return (nil, []) }
                state.done = true
                defer { state.continuation = nil; state.tasks = [] }
                return (state.continuation, state.tasks)
            }
            tasks.forEach { $0.cancel() }
            continuation?.resume(returning: outcome)
        }

        /// Keeps a task to cancel at the end, or cancels it now if the race is already over.
        func track(_ task: Task<Void, Never>) {
            let over = inner.withLock { state in
                if !state.done { state.tasks.append(task) }
                return state.done
            }
            if over { task.cancel() }
        }
    }

    static func race<T: Sendable>(seconds: TimeInterval, _ operation: @escaping @Sendable () async throws -> T) async -> Outcome<T> {
        let state = State<T>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Outcome<T>, Never>) in
                let alreadyOver = state.inner.withLock { inner in
                    inner.continuation = continuation
                    return inner.done
                }
                if alreadyOver {
                    // Cancelled before the race began.
                    state.inner.withLock { $0.continuation = nil }
                    continuation.resume(returning: .timedOut)
                    return
                }
                state.track(Task {
                    do { state.finish(.value(try await operation())) } catch { state.finish(.failed(error)) }
                })
                state.track(Task {
                    try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
                    state.finish(.timedOut)
                })
            }
        } onCancel: {
            state.finish(.timedOut)
        }
    }
}
