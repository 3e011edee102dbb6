import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Harvesting

struct OAIHTTPFetcherTests {
    static let url = URL(string: "https://lib.example.uz/oai?verb=Identify")!

    /// Plays back answers in order and keeps the pauses asked for.
    actor Script {
        enum Step {
            case status(Int, retryAfter: String?)
            case failure(URLError.Code)
        }
        var steps: [Step]
        private(set) var sleeps: [TimeInterval] = []
        private(set) var requests = 0

        init(_ steps: [Step]) { self.steps = steps }

        func next() throws -> (Data, URLResponse) {
            requests += 1
            switch steps.removeFirst() {
            case .status(let status, let retryAfter):
                let headers = retryAfter.map { ["Retry-After": $0] } ?? [:]
                return (Data("body \(status)".utf8),
                        HTTPURLResponse(url: OAIHTTPFetcherTests.url, statusCode: status, httpVersion: "HTTP/1.1", headerFields: headers)!)
            case .failure(let code):
                throw URLError(code)
            }
        }

        func slept(_ seconds: TimeInterval) { sleeps.append(seconds) }
    }

    static func fetcher(_ script: Script, maxAttempts: Int = 5) -> OAIHTTPFetcher {
        OAIHTTPFetcher(maxAttempts: maxAttempts, initialBackoff: 2, maxDelay: 60,
                       transport: { _ in try await script.next() }, sleep: { await script.slept($0) })
    }

    @Test func waitsAsLongAsRetryAfterSays() async throws {
        let script = Script([.status(503, retryAfter: "7"), .status(200, retryAfter: nil)])
        let data = try await Self.fetcher(script).fetch(Self.url)
        #expect(String(decoding: data, as: UTF8.self) == "body 200")
        #expect(await script.sleeps == [7])
    }

    @Test func retryAfterMayBeAnHTTPDateAndIsCapped() async throws {
        let inTwoHours = Date().addingTimeInterval(7200)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let seconds = try #require(OAIHTTPFetcher.seconds(fromRetryAfter: formatter.string(from: inTwoHours), now: Date()))
        #expect(abs(seconds - 7200) < 5)
        #expect(OAIHTTPFetcher.seconds(fromRetryAfter: "soon", now: Date()) == nil)

        let script = Script([.status(503, retryAfter: formatter.string(from: inTwoHours)), .status(200, retryAfter: nil)])
        _ = try await Self.fetcher(script).fetch(Self.url)
        #expect(await script.sleeps == [60])
    }

    @Test func networkErrorsAreRetriedWithGrowingPauses() async throws {
        let script = Script([.failure(.timedOut), .failure(.networkConnectionLost), .status(502, retryAfter: nil), .status(200, retryAfter: nil)])
        _ = try await Self.fetcher(script).fetch(Self.url)
        #expect(await script.sleeps == [2, 4, 8])
    }

    @Test func otherStatusesFailAtOnce() async throws {
        let script = Script([.status(404, retryAfter: nil)])
        await #expect(throws: OAIHarvestError.httpStatus(404, url: Self.url)) { try await Self.fetcher(script).fetch(Self.url) }
        #expect(await script.sleeps.isEmpty)
    }

    @Test func givesUpAfterTheLastAttempt() async throws {
        let script = Script(Array(repeating: .status(503, retryAfter: "1"), count: 3))
        await #expect(throws: OAIHarvestError.httpStatus(503, url: Self.url)) {
            try await Self.fetcher(script, maxAttempts: 3).fetch(Self.url)
        }
        #expect(await script.requests == 3)
        #expect(await script.sleeps == [1, 1])

        let offline = Script(Array(repeating: .failure(.cannotConnectToHost), count: 2))
        await #expect(throws: URLError.self) { try await Self.fetcher(offline, maxAttempts: 2).fetch(Self.url) }
    }

    @Test func errorsThatRetryingCannotFixAreNotRetried() async throws {
        let script = Script([.failure(.unsupportedURL)])
        await #expect(throws: URLError.self) { try await Self.fetcher(script).fetch(Self.url) }
        #expect(await script.requests == 1)
    }
}
