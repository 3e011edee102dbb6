import Foundation
import ManbaCore
import ManbaStore
import OpenData
import Testing
@testable import Governance

/// The periodic link check as the server runs it: which datasets it reaches, what it stores, and how
/// the results reach the quality score.
@Suite("Link check run") struct LinkCheckRunTests {
    static func withServer(_ body: (QualityFixture, LinkTestServer) async throws -> Void) async throws {
        let server = try await LinkTestServer.start()
        do {
            try await QualityFixture.with { f in try await body(f, server) }
        } catch {
            try? await server.stop()
            throw error
        }
        try await server.stop()
    }

    @Test func publicLinksAreCheckedAndStored() async throws {
        try await Self.withServer { f, server in
            let d = try await f.create(QualityFixture.complete("ommaviy", links: [server.url("/ok/ommaviy.csv"), server.url("/missing/hujjatlar.pdf")]))
            var upload = ResourceDraft()
            upload.upload = UploadedFile(fileName: "jadval.csv", contentType: "text/csv", data: Data("a,b\n1,2\n".utf8))
            _ = try await f.catalogue.addResource(to: d.id, upload, by: f.editor)

            let run = try await f.quality.runLinkCheck()
            #expect(run.checked == 2, "the upload is Manba's own file and is not checked")
            #expect(run.working == 1)
            #expect(run.broken == 1)
            let stored = try await f.storedChecks()
            #expect(stored.map(\.url) == [server.url("/missing/hujjatlar.pdf"), server.url("/ok/ommaviy.csv")])
            #expect(stored.map(\.statusCode) == [404, 200])
            #expect(stored.map(\.ok) == [false, true])
            #expect(stored.allSatisfy { $0.datasetID == d.id && $0.checked == Timestamp.string(QualityFixture.start) })
            #expect(try await f.quality.lastLinkCheck() == QualityFixture.start)

            let score = try await f.quality.score(d.id, for: .anonymous)
            #expect(score.failed.map(\.criterion) == [.workingLinks])
            #expect(score.brokenLinks.map(\.url) == [server.url("/missing/hujjatlar.pdf")])
            #expect(score.brokenLinks.first?.error == "HTTP 404")

            // Fixing the link clears the failure at once: the old result is about the old URL.
            _ = try await f.catalogue.patch(d.id, by: f.editor) { draft in
                draft.resources = draft.resources?.map { r in
                    var r = r
                    if r.url == server.url("/missing/hujjatlar.pdf") { r.url = server.url("/ok/hujjatlar.pdf") }
                    return r
                }
            }
            #expect(try await f.quality.score(d.id, for: .anonymous).score == 100)
        }
    }

    @Test func privateDeletedAndClassifiedDatasetsAreNeverChecked() async throws {
        try await Self.withServer { f, server in
            try await f.create(QualityFixture.complete("ochiq", links: [server.url("/ok/ochiq.csv")]))
            var secret = QualityFixture.complete("yopiq", links: [server.url("/ok/yopiq.csv")])
            secret.isPrivate = true
            try await f.create(secret)
            var classified = QualityFixture.complete("maxfiy", links: [server.url("/ok/maxfiy.csv")])
            classified.classification = .secret
            try await f.create(classified, by: .system)
            let gone = try await f.create(QualityFixture.complete("ochirilgan", links: [server.url("/ok/ochirilgan.csv")]))
            try await f.catalogue.delete(gone.id, by: f.editor)

            let run = try await f.quality.runLinkCheck()
            #expect(run.checked == 1)
            #expect(server.requests.map(\.path) == ["/ok/ochiq.csv"])
            #expect(try await f.storedChecks().map(\.url) == [server.url("/ok/ochiq.csv")])
        }
    }

    @Test func resultsOfLinksNoLongerPublicAreRemoved() async throws {
        try await Self.withServer { f, server in
            let d = try await f.create(QualityFixture.complete("keyin-yopiladi", links: [server.url("/missing/a.csv")]))
            try await f.quality.runLinkCheck()
            #expect(try await f.storedChecks().count == 1)
            _ = try await f.catalogue.patch(d.id, by: f.editor) { $0.isPrivate = true }
            f.advance(days: 1)
            let run = try await f.quality.runLinkCheck()
            #expect(run.checked == 0)
            #expect(run.removed == 1)
            #expect(try await f.storedChecks().isEmpty)
            #expect(server.requests.count == 1)
        }
    }

    @Test func aRefusedRedirectIsStoredWithItsReason() async throws {
        try await Self.withServer { f, server in
            let port = try await LinkTestServer.closedPort()
            let d = try await f.create(QualityFixture.complete("yonaltirish", links: [server.url("/to-file"), "http://127.0.0.1:\(port)/x.csv"]))
            try await f.quality.runLinkCheck()
            let stored = Dictionary(uniqueKeysWithValues: try await f.storedChecks().map { ($0.url, $0) })
            #expect(stored[server.url("/to-file")]?.error == "redirect to a non-http(s) URL refused (file)")
            #expect(stored[server.url("/to-file")]?.statusCode == 302)
            #expect(stored["http://127.0.0.1:\(port)/x.csv"]?.error == "connection refused")
            #expect(stored["http://127.0.0.1:\(port)/x.csv"]?.statusCode == nil)
            #expect(stored.values.allSatisfy { !$0.ok })
            #expect(try await f.quality.score(d.id, for: .anonymous).brokenLinks.count == 2)
        }
    }
}
