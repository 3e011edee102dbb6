import Foundation
import ManbaCore

/// A library of the network: its code, names, region, kind, address and contact.
public struct MemberLibrary: Codable, Sendable, Equatable {
    public var code: String
    public var name: LocalizedText
    public var region: String
    public var kind: String
    public var address: String
    public var contact: String

    public init(code: String, name: LocalizedText = LocalizedText(), region: String = "", kind: String = "", address: String = "", contact: String = "") {
        self.code = code
        self.name = name
        self.region = region
        self.kind = kind
        self.address = address
        self.contact = contact
    }

    /// The name in `language`, or the code for a library registered only by its code so far.
    public func displayName(_ language: Language) -> String {
        let text = name.resolved(for: language)
        return text.isEmpty ? code : text
    }

    var encodedDocument: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func decode(_ document: String, code: String) -> MemberLibrary {
        (try? JSONDecoder().decode(MemberLibrary.self, from: Data(document.utf8))) ?? MemberLibrary(code: code)
    }
}
