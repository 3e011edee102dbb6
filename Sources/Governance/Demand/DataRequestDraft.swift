import Foundation
import ManbaCore

/// What a person fills in to ask for data. Validated whole, with a message per field, so a form can
/// show every problem at once.
public struct DataRequestDraft: Sendable, Equatable {
    public var title: String
    public var description: String
    /// Id or name of the organisation responsible; empty when the requester does not know it.
    public var organisation: String
    public var requesterName: String
    public var requesterEmail: String

    public init(title: String = "", description: String = "", organisation: String = "", requesterName: String = "", requesterEmail: String = "") {
        self.title = title; self.description = description; self.organisation = organisation
        self.requesterName = requesterName; self.requesterEmail = requesterEmail
    }

    public static let titleLengths = 3...200
    public static let maxDescriptionLength = 5000

    /// The draft with surrounding spaces removed, or every problem found.
    func validated() throws -> DataRequestDraft {
        var d = self
        for path in [\DataRequestDraft.title, \.description, \.organisation, \.requesterName, \.requesterEmail] {
            d[keyPath: path] = d[keyPath: path].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var problems: [String: [String]] = [:]
        if !Self.titleLengths.contains(d.title.count) {
            problems["title", default: []].append("Give a title of \(Self.titleLengths.lowerBound) to \(Self.titleLengths.upperBound) characters")
        }
        if d.description.isEmpty { problems["description", default: []].append("Describe the data you need") }
        if d.description.count > Self.maxDescriptionLength {
            problems["description", default: []].append("At most \(Self.maxDescriptionLength) characters")
        }
        if d.requesterName.count > 200 { problems["requester_name", default: []].append("At most 200 characters") }
        if !d.requesterEmail.isEmpty && !Self.looksLikeEmail(d.requesterEmail) {
            problems["requester_email", default: []].append("This is not an e-mail address")
        }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        return d
    }

    /// One @, something before it, a dot in the domain, no spaces: enough to catch typing mistakes,
    /// the mail server is the real judge.
    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= 254, parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
