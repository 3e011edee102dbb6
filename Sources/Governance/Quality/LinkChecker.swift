import Foundation
import ManbaCore

/// Checks that link resources still answer: HEAD, or a GET for the first byte when the server refuses
/// HEAD (405, 501); redirects followed by hand, at most five, and only to http(s), so a link can never
/// make the server read a local file or speak another protocol. Eight links are checked at a time,
/// each request given ten seconds. A link works when the final answer is 2xx.
public struct LinkChecker: Sendable {
    public static let defaultTimeout: TimeInterval = 10
    public static let defaultConcurrency = 8
    public static let maximumRedirects = 5

    /// A link resource to check.
    public struct Target: Sendable, Equatable {
        public var resourceID: String
        public var datasetID: String
        public var url: String
        public init(resourceID: String, datasetID: String, url: String) {
            self.resourceID = resourceID; self.datasetID = datasetID; self.url = url
        }
    }

    /// What one link did: the final status, if any answer came, and why it does not work.
    public struct Outcome: Sendable, Equatable {
        public var statusCode: Int?
        public var ok: Bool
        public var error: String?
    }

    let probe: any LinkProbe
    let clock: any ManbaClock
    let timeout: TimeInterval
    let concurrency: Int

    public init(probe: any LinkProbe, clock: any ManbaClock = SystemClock(), timeout: TimeInterval = defaultTimeout,
                concurrency: Int = defaultConcurrency) {
        self.probe = probe; self.clock = clock; self.timeout = timeout; self.concurrency = max(1, concurrency)
    }

    /// Checks every target, at most `concurrency` at once, handing each result to `record` as it comes
    /// (in completion order), so a long run keeps what it has found if it is stopped.
    public func check(_ targets: [Target], _ record: (LinkCheck) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: LinkCheck.self) { group in
            var queue = targets.makeIterator()
            for _ in 0..<concurrency {
                guard let target = queue.next() else { break }
                group.addTask { await self.check(target) }
            }
            while let result = try await group.next() {
                try await record(result)
                if let target = queue.next() { group.addTask { await self.check(target) } }
            }
        }
    }

    public func check(_ target: Target) async -> LinkCheck {
        let outcome = await check(target.url)
        return LinkCheck(resourceID: target.resourceID, datasetID: target.datasetID, url: target.url,
                         checked: Timestamp.string(clock.now()), statusCode: outcome.statusCode, ok: outcome.ok, error: outcome.error)
    }

    public func check(_ address: String) async -> Outcome {
        guard let start = URL(string: address.trimmingCharacters(in: .whitespaces)), start.host != nil || start.scheme != nil else {
            return Outcome(statusCode: nil, ok: false, error: "not a valid URL")
        }
        guard Self.isHTTP(start) else {
            return Outcome(statusCode: nil, ok: false, error: "not checked: only http and https links are (\(start.scheme ?? "no scheme"))")
        }
        var url = start
        var status: Int?
        for _ in 0...Self.maximumRedirects {
            let response: LinkProbeResponse
            do {
                response = try await answer(url)
            } catch {
                return Outcome(statusCode: nil, ok: false, error: error.description)
            }
            status = response.statusCode
            guard Self.isRedirect(response.statusCode) else {
                let ok = (200..<300).contains(response.statusCode)
                return Outcome(statusCode: response.statusCode, ok: ok, error: ok ? nil : "HTTP \(response.statusCode)")
            }
            guard let location = response.location, let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                return Outcome(statusCode: response.statusCode, ok: false, error: "redirect without a usable Location")
            }
            guard Self.isHTTP(next) else {
                return Outcome(statusCode: response.statusCode, ok: false,
                               error: "redirect to a non-http(s) URL refused (\(next.scheme ?? "no scheme"))")
            }
            url = next
        }
        return Outcome(statusCode: status, ok: false, error: "more than \(Self.maximumRedirects) redirects")
    }

    /// HEAD first; a server that does not implement it gets a GET for a single byte.
    private func answer(_ url: URL) async throws(LinkProbeError) -> LinkProbeResponse {
        let head = try await probe.send(.head, to: url, timeout: timeout)
        guard head.statusCode == 405 || head.statusCode == 501 else { return head }
        return try await probe.send(.rangedGet, to: url, timeout: timeout)
    }

    static func isHTTP(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
        return !(url.host ?? "").isEmpty
    }

    /// 304 is not a redirect (and never comes without conditional headers); 300 has no single target.
    static func isRedirect(_ status: Int) -> Bool { [301, 302, 303, 307, 308].contains(status) }
}
