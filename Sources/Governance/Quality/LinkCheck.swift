/// The last check of one link resource, as stored in `link_checks`.
public struct LinkCheck: Sendable, Equatable, Codable {
    public var resourceID: String
    public var datasetID: String
    /// The URL as the resource had it when checked; a check of an older URL says nothing about the new one.
    public var url: String
    public var checked: String
    /// The final HTTP status after redirects; nil when no answer came (refused, timed out, not http(s)).
    public var statusCode: Int?
    public var ok: Bool
    /// Why the link does not work, in words for the publisher; nil when it works.
    public var error: String?

    public init(resourceID: String, datasetID: String, url: String, checked: String, statusCode: Int?, ok: Bool, error: String?) {
        self.resourceID = resourceID; self.datasetID = datasetID; self.url = url; self.checked = checked
        self.statusCode = statusCode; self.ok = ok; self.error = error
    }
}
