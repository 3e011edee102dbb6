import Crypto
import Foundation
import ManbaCore

/// A decoded record made ready for storing: everything the write transaction needs, computed before it
/// (and in parallel), so the transaction does only inserts. A class: batches of them are filtered and
/// regrouped, and copying a dozen strings' references per step showed in the profile.
final class PreparedSource: Sendable {
    let key: String
    let library: String
    let flavour: MARCFlavour
    let characterSet: MARCCharacterSet
    let contentHash: String
    /// The record as UTF-8 ISO 2709.
    let marc: String
    let terms: SourceTerms
    /// `terms` as stored, encoded here because this runs in parallel and the write transaction does not.
    let encodedTerms: String
    let matchKeys: [String]

    /// `key` names the record when its source has a better identity than the control number (an OAI identifier).
    init(record: MARCRecord, raw: [UInt8], characterSet: MARCCharacterSet, flavour: MARCFlavour, library: String, key: String? = nil) throws {
        // Records are kept in UTF-8 whatever they came in; a UTF-8 record is kept byte for byte.
        let utf8 = characterSet == .utf8 ? raw : try ISO2709Writer.encode(record, characterSet: .utf8, flavour: flavour)
        let summary = RecordSummary(record, flavour: flavour)
        let digest = Array(SHA256.hash(data: utf8)).hexString
        self.library = library
        self.flavour = flavour
        self.characterSet = characterSet
        contentHash = String(digest.prefix(32))
        self.key = key ?? Self.key(library: library, controlNumber: summary.controlNumber, contentHash: contentHash)
        marc = String(decoding: utf8, as: UTF8.self)
        terms = SourceTerms(summary, contributor: library)
        encodedTerms = terms.encoded
        matchKeys = MatchKeys.of(summary, titleKey: terms.titleKey)
    }

    static func key(library: String, controlNumber: String?, contentHash: String) -> String {
        library + ":" + (controlNumber.flatMap { $0.isEmpty ? nil : $0 } ?? "sha-" + contentHash)
    }
}
