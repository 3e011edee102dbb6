import Foundation
import Hummingbird
import ManbaCore

/// What every page needs to render: the language, the signed-in user, the CSRF token, the current URL.
struct PageContext {
    let language: Language
    let userName: String?
    let csrfToken: String?
    let highContrast: Bool
    /// Path and query of the current request, for the language switcher.
    let path: String
    let query: [(String, String)]

    init(request: Request, context: ManbaRequestContext) {
        language = context.language
        userName = context.user?.name
        csrfToken = context.session?.csrfToken
        highContrast = context.highContrast
        path = request.uri.path
        query = QueryString(request).pairs
    }

    func t(_ message: Message) -> String { message.text(language) }
    func library(_ message: LibraryMessage) -> String { message.text(language) }
    func text(_ localized: LocalizedText) -> String { localized.resolved(for: language) }

    /// The current URL with some parameters replaced (nil removes one).
    func url(replacing changes: [String: String?]) -> String {
        var items = query.filter { changes[$0.0] == nil }
        for (key, value) in changes.sorted(by: { $0.key < $1.key }) { if let value { items.append((key, value)) } }
        return PageContext.url(path, items)
    }

    static func url(_ path: String, _ items: [(String, String)]) -> String {
        guard !items.isEmpty else { return path }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return path + "?" + items.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }

    /// A date-time from storage (UTC) shown in Tashkent time, as people there read it.
    func localTime(_ stored: String) -> String {
        guard let date = Timestamp.parse(stored) else { return stored }
        // Tashkent is UTC+5 all year (no daylight saving since 1992).
        let c = Timestamp.civil(date.addingTimeInterval(5 * 3600))
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day, c.month, c.year, c.hour, c.minute)
    }

    var csrfField: HTML { "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrfToken ?? "")\">" }
}
