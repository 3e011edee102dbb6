import Hummingbird
import ManbaCore

/// Chooses the page language: `?lang=` first (remembered in a cookie), then the cookie, then the
/// browser's Accept-Language, then Uzbek Latin. Also reads the large-text, high-contrast preference.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = ManbaRequestContext
    static let cookie = "manba_lang"
    static let contrastCookie = "manba_contrast"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let tag = QueryString(request).get("lang"), let language = Language(tag: tag) {
            context.language = language
            context.languageChosenNow = true
        } else if let tag = request.cookies[Self.cookie]?.value, let language = Language(tag: tag) {
            context.language = language
        } else if let language = Language.negotiate(acceptLanguage: request.headers[.acceptLanguage]) {
            context.language = language
        }
        context.highContrast = request.cookies[Self.contrastCookie]?.value == "1"
        var response = try await next(request, context)
        if context.languageChosenNow {
            response.setCookie(Cookie(name: Self.cookie, value: context.language.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }
}
