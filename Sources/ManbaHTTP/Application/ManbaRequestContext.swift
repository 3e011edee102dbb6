import Hummingbird
import ManbaCore
import ManbaStore

/// Per-request state: who is asking, in which language, and their page session if any.
public struct ManbaRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var principal: Principal = .anonymous
    public var user: User?
    public var session: UserStore.Session?
    public var language: Language = .default
    /// Set when the language came from the query string, so the page can remember it in a cookie.
    public var languageChosenNow = false
    public var highContrast = false

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Uploads are bounded by the configured limit, checked where the body is read.
    public var maxUploadSize: Int { Int.max }
}
