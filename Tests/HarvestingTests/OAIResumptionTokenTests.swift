import Foundation
import Testing
@testable import Harvesting

struct OAIResumptionTokenTests {
    static let token = OAIResumptionToken(
        verb: .listRecords,
        selection: OAISelection(metadataPrefix: "marc21", set: "library:tashkent",
                                from: OAITestData.date("2024-01-01T00:00:00Z"), until: OAITestData.date("2024-03-01T00:00:00Z")),
        cursor: "oai:manba.example.uz:000200 & more/+?", returned: 200, completeListSize: 1234,
        expirationDate: OAITestData.date("2024-06-02T12:00:00Z"))

    @Test func roundTripsEverything() throws {
        let codec = OAIResumptionTokenCodec(key: nil)
        let text = codec.encode(Self.token)
        #expect(try codec.decode(text, now: OAITestData.now).get() == Self.token)
        var open = Self.token
        open.selection = OAISelection(metadataPrefix: "oai_dc")
        open.completeListSize = nil
        #expect(try codec.decode(codec.encode(open), now: OAITestData.now).get() == open)
    }

    @Test func isURLSafeAndVersioned() {
        let text = OAIResumptionTokenCodec(key: nil).encode(Self.token)
        #expect(text.hasPrefix("1."))
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
        #expect(text.allSatisfy { allowed.contains($0) })
        // Opaque: nothing of the selection shows.
        #expect(!text.contains("tashkent"))
    }

    @Test func everyAlteredCharacterIsCaught() throws {
        let codec = OAIResumptionTokenCodec(key: nil)
        let text = Array(codec.encode(Self.token))
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for index in stride(from: 2, to: text.count, by: 3) where text[index] != "." {
            var altered = text
            altered[index] = alphabet[(alphabet.firstIndex(of: text[index])! + 1) % alphabet.count]
            let result = codec.decode(String(altered), now: OAITestData.now)
            #expect(throws: OAIError.self) { try result.get() }
            if case .failure(let error) = result { #expect(error.code == .badResumptionToken) }
        }
    }

    @Test func refusesCutShortForeignAndOldTokens() {
        let codec = OAIResumptionTokenCodec(key: nil)
        let text = codec.encode(Self.token)
        for bad in [String(text.dropLast(3)), String(text.dropFirst(2)), "", "abc", "1..", "1.e30.AAAA",
                    "2" + text.dropFirst(), text + ".x", text.replacingOccurrences(of: ".", with: "")] {
            let result = codec.decode(bad, now: OAITestData.now)
            if case .failure(let error) = result { #expect(error.code == .badResumptionToken) } else {
                Issue.record("accepted \(bad)")
            }
        }
        if case .failure(let error) = codec.decode("2" + text.dropFirst(), now: OAITestData.now) {
            #expect(error.message.contains("older version"))
        }
    }

    @Test func aSecretKeyMakesTokensUnforgeable() {
        let server = OAIResumptionTokenCodec(key: Array("s3cret-key-from-MANBA_OAI_TOKEN_KEY".utf8))
        let forger = OAIResumptionTokenCodec(key: nil)
        var forged = Self.token
        forged.returned = 0
        #expect(throws: OAIError.self) { try server.decode(forger.encode(forged), now: OAITestData.now).get() }
        #expect(throws: Never.self) { try server.decode(server.encode(forged), now: OAITestData.now).get() }
    }

    @Test func expiresAtItsExpirationDate() {
        let codec = OAIResumptionTokenCodec(key: nil)
        let text = codec.encode(Self.token)
        #expect(throws: Never.self) { try codec.decode(text, now: Self.token.expirationDate.addingTimeInterval(-1)).get() }
        let result = codec.decode(text, now: Self.token.expirationDate)
        if case .failure(let error) = result {
            #expect(error.code == .badResumptionToken)
            #expect(error.message.contains("expired at 2024-06-02T12:00:00Z"))
        } else {
            Issue.record("an expired token was accepted")
        }
    }
}
