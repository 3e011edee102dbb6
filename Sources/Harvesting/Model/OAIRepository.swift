/// The store behind an OAI-PMH provider. The provider checks the protocol (arguments, dates, tokens,
/// error codes) and writes the XML; the repository only answers questions about its items.
///
/// Every method may throw for a failure of the store itself (the database is unreachable); the
/// provider passes such errors on instead of dressing them up as OAI-PMH errors.
public protocol OAIRepository: Sendable {
    var identity: OAIIdentity { get }
    /// The formats the repository can disseminate at all (`oai_dc` must be among them).
    var metadataFormats: [OAIMetadataFormat] { get }
    /// Formats one item can be disseminated in; `nil` when the identifier does not exist.
    func metadataFormats(for identifier: String) async throws -> [OAIMetadataFormat]?
    /// Every set; empty when the repository has no set hierarchy.
    func sets() async throws -> [OAISet]
    /// One record, deleted ones included; `nil` when the item does not exist or cannot be disseminated
    /// in this format (the provider asks `metadataFormats(for:)` to tell which).
    func record(identifier: String, metadataPrefix: String) async throws -> OAIRecord?
    /// Items in the repository's own key order after `cursor` (exclusive; nil = from the start), matching
    /// the selection, at most `limit`. Paging by key keeps every page equally cheap at any depth.
    /// With `withMetadata` false (ListIdentifiers) the records need only their headers.
    func page(_ selection: OAISelection, after cursor: String?, limit: Int, withMetadata: Bool) async throws -> OAIPage
}
