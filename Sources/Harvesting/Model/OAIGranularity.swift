/// How finely a repository's datestamps, and the `from`/`until` a harvester may send, are expressed.
/// Every repository must accept days; one that keeps seconds says so in Identify.
public enum OAIGranularity: String, Sendable, Codable, CaseIterable {
    /// `YYYY-MM-DD`
    case day = "YYYY-MM-DD"
    /// `YYYY-MM-DDThh:mm:ssZ`
    case seconds = "YYYY-MM-DDThh:mm:ssZ"
}
