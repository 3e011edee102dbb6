import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ManbaCore

/// The link check's HTTP requests through URLSession (FoundationNetworking on Linux). Each request is a
/// delegate-driven task, because only then does URLSession ask before following a redirect (tasks with
/// a completion handler follow them silently, and on Linux even turn `Location: file:///x` into a
/// request for `/x` on the same host). The task is cancelled as soon as the status line and headers
/// arrive, so a server that ignores `Range` never sends a whole file.
public final class URLSessionLinkProbe: LinkProbe {
    private let session: URLSession
    private let delegate = Delegate()
    public let userAgent: String

    public init(userAgent: String = "Manba-Link-Check/1.0") {
        self.userAgent = userAgent
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ method: LinkProbeMethod, to url: URL, timeout: TimeInterval) async throws(LinkProbeError) -> LinkProbeResponse {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method.rawValue
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("*/*", forHTTPHeaderField: "Accept")
        if method == .rangedGet { request.setValue("bytes=0-0", forHTTPHeaderField: "Range") }
        let task = session.dataTask(with: request)
        let delegate = self.delegate
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                delegate.register(task, continuation, timeout: timeout)
                // A run cancelled before the request was registered is not left to wait for the timer.
                if Task.isCancelled { delegate.finish(task, .failure(.timedOut)) } else { task.resume() }
            }
        } onCancel: {
            delegate.finish(task, .failure(.timedOut))
        }
        return try result.get()
    }

    /// Hands each task's first answer (or failure) to the request waiting for it, exactly once.
    private final class Delegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        typealias Waiter = CheckedContinuation<Result<LinkProbeResponse, LinkProbeError>, Never>
        private struct Pending {
            var waiter: Waiter
            var timer: Task<Void, Never>?
        }
        private let pending = Locked<[Int: Pending]>([:])

        func register(_ task: URLSessionTask, _ waiter: Waiter, timeout: TimeInterval) {
            // The request's own timeout is an idle timeout; this one bounds the whole exchange.
            let timer = Task { [weak self, weak task] in
                try? await Task.sleep(nanoseconds: UInt64(max(0.001, timeout) * 1_000_000_000))
                guard !Task.isCancelled, let self, let task else { return }
                self.finish(task, .failure(.timedOut))
            }
            pending.withLock { $0[task.taskIdentifier] = Pending(waiter: waiter, timer: timer) }
        }

        func finish(_ task: URLSessionTask, _ result: Result<LinkProbeResponse, LinkProbeError>) {
            guard let entry = pending.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
            entry.timer?.cancel()
            if case .failure = result { task.cancel() }
            entry.waiter.resume(returning: result)
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            // The redirect response itself is delivered next; `LinkChecker` decides whether to follow it.
            completionHandler(nil)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            guard let http = response as? HTTPURLResponse else {
                completionHandler(.cancel)
                finish(dataTask, .failure(.transport("not an HTTP answer")))
                return
            }
            completionHandler(.cancel)
            finish(dataTask, .success(LinkProbeResponse(statusCode: http.statusCode, location: http.value(forHTTPHeaderField: "Location"))))
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
            finish(task, .failure(error.map(Self.classify) ?? .transport("the connection closed without an answer")))
        }

        static func classify(_ error: any Error) -> LinkProbeError {
            guard let error = error as? URLError else { return .transport(String(describing: error)) }
            switch error.code {
            case .timedOut: return .timedOut
            case .cannotConnectToHost: return .connectionRefused
            case .cannotFindHost, .dnsLookupFailed: return .hostNotFound
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
                 .serverCertificateHasUnknownRoot, .clientCertificateRejected:
                return .transport("the secure (TLS) connection failed")
            case .networkConnectionLost: return .transport("the connection was closed before the answer was complete")
            case .badServerResponse: return .transport("not an HTTP answer")
            default:
                let detail = (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription ?? error.localizedDescription
                return .transport("network error: \(detail)")
            }
        }
    }
}
