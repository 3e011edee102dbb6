import Foundation
import ManbaCore
import Testing
@testable import Governance

/// The link checker over real sockets, against a local HTTP server.
@Suite("Link checker") struct LinkCheckerTests {
    static func withServer(timeout: TimeInterval = LinkChecker.defaultTimeout,
                           _ body: (LinkTestServer, LinkChecker) async throws -> Void) async throws {
        let server = try await LinkTestServer.start()
        let checker = LinkChecker(probe: URLSessionLinkProbe(), timeout: timeout)
        do { try await body(server, checker) } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    @Test func workingAndMissingLinks() async throws {
        try await Self.withServer { server, checker in
            let ok = await checker.check(server.url("/ok/data.csv"))
            #expect(ok == .init(statusCode: 200, ok: true, error: nil))
            let missing = await checker.check(server.url("/missing.csv"))
            #expect(missing == .init(statusCode: 404, ok: false, error: "HTTP 404"))
            #expect(server.requests.map(\.method) == ["HEAD", "HEAD"], "HEAD is enough when the server allows it")
        }
    }

    @Test func aServerRefusingHeadGetsARangedGet() async throws {
        try await Self.withServer { server, checker in
            let outcome = await checker.check(server.url("/no-head"))
            #expect(outcome == .init(statusCode: 206, ok: true, error: nil))
            #expect(server.requests == [.init(method: "HEAD", path: "/no-head", range: nil), .init(method: "GET", path: "/no-head", range: "bytes=0-0")])
        }
    }

    @Test func redirectsAreFollowedOnlyToHTTP() async throws {
        try await Self.withServer { server, checker in
            #expect(await checker.check(server.url("/moved")) == .init(statusCode: 200, ok: true, error: nil))
            let toFile = await checker.check(server.url("/to-file"))
            #expect(toFile.ok == false)
            #expect(toFile.statusCode == 302)
            #expect(toFile.error == "redirect to a non-http(s) URL refused (file)")
            // Nothing was asked for after the refused redirect (URLSession on Linux would have asked this
            // server for /etc/passwd had it followed the redirect itself).
            #expect(!server.requests.contains { $0.path.contains("passwd") })
            let loop = await checker.check(server.url("/loop"))
            #expect(loop.ok == false)
            #expect(loop.error == "more than 5 redirects")
            #expect(server.requests.filter { $0.path == "/loop" }.count == LinkChecker.maximumRedirects + 1)
        }
    }

    @Test func refusedConnectionsAndSilentServersAreNotOK() async throws {
        try await Self.withServer(timeout: 1) { server, checker in
            let port = try await LinkTestServer.closedPort()
            #expect(await checker.check("http://127.0.0.1:\(port)/data.csv") == .init(statusCode: nil, ok: false, error: "connection refused"))
            #expect(await checker.check(server.url("/silent")) == .init(statusCode: nil, ok: false, error: "no answer within the time limit"))
        }
    }

    @Test func onlyHTTPLinksAreChecked() async throws {
        try await Self.withServer { server, checker in
            for (address, scheme) in [("file:///etc/passwd", "file"), ("ftp://ftp.example.org/data.csv", "ftp"), ("javascript:alert(1)", "javascript")] {
                let outcome = await checker.check(address)
                #expect(outcome == .init(statusCode: nil, ok: false, error: "not checked: only http and https links are (\(scheme))"))
            }
            #expect(await checker.check("not a url").error == "not a valid URL")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func atMostEightLinksAreCheckedAtOnce() async throws {
        try await Self.withServer { server, checker in
            let targets = (0..<24).map { LinkChecker.Target(resourceID: "r\($0)", datasetID: "d", url: server.url("/slow/\($0)")) }
            var results: [LinkCheck] = []
            try await checker.check(targets) { results.append($0) }
            #expect(results.count == 24)
            #expect(results.allSatisfy { $0.ok })
            #expect(Set(results.map(\.resourceID)).count == 24)
            #expect(server.maxConcurrent <= LinkChecker.defaultConcurrency)
            #expect(server.maxConcurrent > 1, "links are checked in parallel")
        }
    }
}
