import Crypto
import Foundation

/// Everything needed to serve the next page of a list, carried by the harvester instead of kept by
/// the server: no session table to expire, no state lost on restart, and any replica can answer.
///
/// The cursor is the store's key of the last item served, so the next page costs the same at any depth
/// (Koha's OAI-PMH slowed down with large offsets until it paged by key).
struct OAIResumptionToken: Codable, Hashable {
    /// A token continues only the verb that issued it: a ListIdentifiers list is not a ListRecords one.
    var verb: OAIVerb
    var selection: OAISelection
    /// The store's key after which the next page starts.
    var cursor: String
    /// How many items earlier pages returned: the next response's `cursor` attribute.
    var returned: Int
    /// Counted once, on the first page, and carried along.
    var completeListSize: Int?
    var expirationDate: Date

    private enum CodingKeys: String, CodingKey {
        case verb = "v", selection = "s", cursor = "c", returned = "n", completeListSize = "t", expirationDate = "e"
    }
}

/// Turns tokens into opaque, URL-safe text and back: `1.<payload>.<seal>`, where the payload is the
/// token as base64url JSON and the seal the first 16 bytes of its HMAC-SHA256.
///
/// With a secret key the seal makes tokens unforgeable; without one (the default) the key is public and
/// the seal is a checksum that still catches a token cut short or edited by hand. Forging would gain a
/// harvester nothing it cannot ask for directly, but an edited token should fail loudly rather than
/// quietly return another list. The leading version lets a later format refuse old tokens clearly.
struct OAIResumptionTokenCodec: Sendable {
    static let version = "1"
    /// Used when no key is configured.
    static let publicKey = Array("manba-oai-pmh-resumption-token".utf8)
    private static let sealLength = 16

    let key: [UInt8]

    init(key: [UInt8]?) {
        self.key = key ?? Self.publicKey
    }

    func encode(_ token: OAIResumptionToken) -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        encoder.outputFormatting = .sortedKeys
        // Encoding a struct of strings, numbers and dates cannot fail.
        let json = (try? encoder.encode(token)) ?? Data()
        let signed = Self.version + "." + Base64URL.encode(json)
        return signed + "." + Base64URL.encode(seal(signed))
    }

    /// The token, or the `badResumptionToken` error that explains why it cannot be used.
    func decode(_ text: String, now: Date) -> Result<OAIResumptionToken, OAIError> {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            return .failure(OAIError(.badResumptionToken, "The resumption token was not issued by this repository."))
        }
        guard parts[0] == Self.version else {
            return .failure(OAIError(.badResumptionToken, "The resumption token comes from an older version of this repository; start the list again."))
        }
        let signed = parts[0] + "." + parts[1]
        guard let givenSeal = Base64URL.decode(parts[2]), constantTimeEqual(givenSeal, seal(String(signed))) else {
            return .failure(OAIError(.badResumptionToken, "The resumption token has been altered or cut short."))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        guard let json = Base64URL.decode(parts[1]),
              let token = try? decoder.decode(OAIResumptionToken.self, from: Data(json)),
              token.returned >= 0 else {
            return .failure(OAIError(.badResumptionToken, "The resumption token cannot be read."))
        }
        guard now < token.expirationDate else {
            let expired = OAIDateFormat.string(from: token.expirationDate, granularity: .seconds)
            return .failure(OAIError(.badResumptionToken, "The resumption token expired at \(expired); start the list again."))
        }
        return .success(token)
    }

    private func seal(_ signed: String) -> [UInt8] {
        let code = HMAC<SHA256>.authenticationCode(for: Array(signed.utf8), using: SymmetricKey(data: key))
        return Array(Array(code).prefix(Self.sealLength))
    }

    /// Takes as long for a wrong first byte as for a wrong last one, so that timing reveals nothing
    /// about the seal to someone guessing it.
    private func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
