import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ManbaCore
@testable import Library

/// SRU answers captured from a real zebrasrv (idzebra-2.0 2.2.7, YAZ 5.34) running the configuration in
/// tests/e2e/zebra/ over its records.mrc; see Fixtures/README.md for how each was asked.
enum FederationFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// tests/e2e/zebra/ in this checkout.
    static let e2eZebraDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("tests/e2e/zebra")

    static func target(_ id: String, timeout: TimeInterval = 5, version: SRUVersion = .v1_2) -> FederatedTarget {
        FederatedTarget(id: id, name: LocalizedText(.en, "Catalogue \(id)"),
                        baseURL: URL(string: "http://\(id).example/Default")!, version: version, timeout: timeout)
    }
}

/// A fetch that answers by host: each test says what each target does.
struct StubServer: Sendable {
    enum Behaviour: Sendable {
        case answer(Data, status: Int = 200, delay: TimeInterval = 0)
        case fail(URLError.Code, delay: TimeInterval = 0)
        /// Sleeps this long, ignoring cancellation, then answers: a server that hangs.
        case hang(TimeInterval, then: Data)
    }

    let behaviours: [String: Behaviour]
    let requests = Locked<[URLRequest]>([])

    init(_ behaviours: [String: Behaviour]) {
        self.behaviours = behaviours
    }

    var fetch: SRUClient.Fetch {
        let behaviours = self.behaviours
        let requests = self.requests
        return { request in
            requests.withLock { $0.append(request) }
            let url = request.url!
            // Targets are http://ID.example/...: the first label of the host says which.
            let id = (url.host ?? "").split(separator: ".").first.map(String.init) ?? ""
            guard let behaviour = behaviours[id] else { throw URLError(.cannotFindHost, userInfo: [NSURLErrorFailingURLErrorKey: url]) }
            switch behaviour {
            case .answer(let data, let status, let delay):
                if delay > 0 { try await Task.sleep(nanoseconds: UInt64(delay * 1e9)) }
                return (data, HTTPURLResponse(url: url, statusCode: status, httpVersion: "HTTP/1.1", headerFields: ["Content-Type": "text/xml"])!)
            case .fail(let code, let delay):
                if delay > 0 { try await Task.sleep(nanoseconds: UInt64(delay * 1e9)) }
                throw URLError(code, userInfo: [NSURLErrorFailingURLErrorKey: url])
            case .hang(let seconds, let data):
                // Waits without looking at cancellation, as a stuck socket read would (and without
                // holding one of the few threads of the cooperative pool).
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { continuation.resume() }
                }
                return (data, HTTPURLResponse(url: url, statusCode: 200, httpVersion: "HTTP/1.1", headerFields: nil)!)
            }
        }
    }

    var sentQueries: [String] {
        requests.withLock { $0 }.compactMap { request in
            URLComponents(url: request.url!, resolvingAgainstBaseURL: false)?.queryItems?.first { $0.name == "query" }?.value
        }
    }
}

/// Seconds since `start`.
func secondsSince(_ start: ContinuousClock.Instant) -> Double {
    let duration = ContinuousClock.now - start
    return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
