import Foundation
import ManbaCore
import Testing
@testable import Governance

/// The SMTP client against a real server on loopback (`SMTPSink`), not a mock of itself.
@Suite("Notices: SMTP client") struct SMTPClientTests {
    static let text = """
        Hurmatli hamkasblar! «Aholi soni» maʼlumotlar toʻplami eʼlon qilinmadi.
        .
        .yashirin qator
        Набор данных «Численность населения» не опубликован.
        """

    func message(to recipient: String = "editor@moliya.uz", body: String = text) -> MailMessage {
        MailMessage(id: "b0a1c3e2-0000-4000-8000-000000000001", recipient: recipient,
                    subject: "Muddat oʻtdi: «Aholi soni» (2025-01) / Срок публикации пропущен — a subject long enough to need several encoded words",
                    body: body, date: Timestamp.parse("2025-02-16T06:00:00")!)
    }

    func settings(_ sink: SMTPSink, username: String? = nil, password: String? = nil) -> SMTPSettings {
        SMTPSettings(host: "127.0.0.1", port: sink.port, from: "noreply@data.gov.uz", username: username, password: password,
                     heloName: "manba.test", replyTimeout: .seconds(5))
    }

    func withSink(_ options: SMTPSink.Options = .init(), _ body: (SMTPSink) async throws -> Void) async throws {
        let sink = try await SMTPSink.start(options: options)
        do { try await body(sink) } catch { try? await sink.stop(); throw error }
        try await sink.stop()
    }

    @Test func deliversUTF8With8BitAndDotStuffing() async throws {
        try await withSink { sink in
            try await SMTPClient(settings: settings(sink)).send(message())
            let mail = try #require(sink.received.first)
            #expect(mail.from == "noreply@data.gov.uz")
            #expect(mail.recipients == ["editor@moliya.uz"])
            #expect(mail.headers["content-transfer-encoding"] == "8bit")
            #expect(mail.headers["content-type"] == "text/plain; charset=utf-8")
            #expect(mail.headers["message-id"] == "<b0a1c3e2-0000-4000-8000-000000000001@data.gov.uz>")
            #expect(mail.headers["date"] == "Sun, 16 Feb 2025 06:00:00 +0000")
            #expect(mail.subject == message().subject)
            // The lines "." and ".yashirin qator" arrive whole: stuffed on the way, unstuffed by the server.
            #expect(mail.body == Self.text + "\n")
        }
    }

    @Test func usesBase64WithoutEightBitMIMEAndHELOWithoutEHLO() async throws {
        var options = SMTPSink.Options()
        options.supportsEHLO = false
        options.eightBitMIME = false
        try await withSink(options) { sink in
            try await SMTPClient(settings: settings(sink)).send(message())
            let mail = try #require(sink.received.first)
            #expect(mail.headers["content-transfer-encoding"] == "base64")
            #expect(mail.body == Self.text + "\n")
            #expect(mail.subject == message().subject)
        }
    }

    @Test func longLinesGoAsBase64EvenWithEightBitMIME() async throws {
        try await withSink { sink in
            let long = String(repeating: "oʻzbek ", count: 300)
            try await SMTPClient(settings: settings(sink)).send(message(body: long))
            let mail = try #require(sink.received.first)
            #expect(mail.headers["content-transfer-encoding"] == "base64")
            #expect(mail.body == long + "\n")
        }
    }

    @Test(arguments: [["PLAIN", "LOGIN"], ["LOGIN"]])
    func authenticates(mechanisms: [String]) async throws {
        var options = SMTPSink.Options()
        options.authMechanisms = mechanisms
        options.credentials = ("manba", "relay secret")
        try await withSink(options) { sink in
            try await SMTPClient(settings: settings(sink, username: "manba", password: "relay secret")).send(message())
            #expect(sink.received.first?.authenticatedAs == "manba")
            await #expect(throws: SMTPError.rejected(command: mechanisms.count == 2 ? "AUTH PLAIN" : "AUTH LOGIN (password)",
                                                     code: 535, text: "5.7.8 authentication credentials invalid")) {
                try await SMTPClient(settings: settings(sink, username: "manba", password: "wrong")).send(message())
            }
            #expect(sink.received.count == 1)
        }
    }

    @Test func aRejectedRecipientIsATypedError() async throws {
        var options = SMTPSink.Options()
        options.rejectedRecipients = ["nobody@moliya.uz"]
        try await withSink(options) { sink in
            await #expect(throws: SMTPError.rejected(command: "RCPT TO", code: 550, text: "5.1.1 <nobody@moliya.uz>: no such user")) {
                try await SMTPClient(settings: settings(sink)).send(message(to: "nobody@moliya.uz"))
            }
            #expect(sink.received.isEmpty)
        }
    }

    @Test func aSilentServerTimesOut() async throws {
        var options = SMTPSink.Options()
        options.silent = true
        try await withSink(options) { sink in
            var s = settings(sink)
            s.replyTimeout = .milliseconds(300)
            await #expect(throws: SMTPError.timeout("the greeting")) { try await SMTPClient(settings: s).send(message()) }
        }
    }

    @Test func aServerThatIsDownIsAConnectionError() async throws {
        let port = try await SMTPSink.closedPort()
        let client = SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: port, from: "noreply@data.gov.uz"))
        do {
            try await client.send(message())
            Issue.record("expected a connection error")
        } catch SMTPError.connectionFailed(let reason) {
            #expect(reason.contains("127.0.0.1:\(port)"))
        }
    }

    @Test func addressesThatCouldInjectCommandsAreRefused() async throws {
        try await withSink { sink in
            await #expect(throws: SMTPError.invalidAddress("a@b.uz>\r\nRCPT TO:<c@d.uz")) {
                try await SMTPClient(settings: settings(sink)).send(message(to: "a@b.uz>\r\nRCPT TO:<c@d.uz"))
            }
            #expect(sink.received.isEmpty)
        }
    }

    @Test func subjectsAreEncodedWordsOfAtMost75Characters() {
        let encoded = MailFormat.encodedWords(String(repeating: "Oʻzbekiston Respublikasi ", count: 10))
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 3)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
    }
}
