import Foundation
import Hummingbird
import ManbaCore
import ManbaStore

/// Forms anyone may send, signed in or not: a data request, a "+1", feedback on a dataset.
///
/// A signed-in visitor's form carries the session's CSRF token, as every other form. A visitor without
/// a session gets a random `manba_visitor` cookie, and the form carries a token derived from it (double
/// submit): a page on another site can neither read the cookie nor make the token. The same cookie is
/// the browser's supporter identity, so a browser supports a request once; only its digest is stored.
enum VisitorForms {
    static let cookieName = "manba_visitor"
    static let cookieLifetime = 365 * 24 * 3600

    /// The hidden field for a form on this page, and the cookie to set if the browser has none yet.
    static func csrf(_ request: Request, _ context: ManbaRequestContext, page: PageContext, secure: Bool) -> (field: HTML, cookie: Cookie?) {
        if context.session != nil { return (page.csrfField, nil) }
        let existing = request.cookies[cookieName]?.value
        let visitor = existing ?? SecretDigest.newSecret(bytes: 24)
        let field: HTML = "<input type=\"hidden\" name=\"_csrf\" value=\"\(token(for: visitor))\">"
        return (field, existing == nil ? cookie(visitor, secure: secure) : nil)
    }

    static func cookie(_ visitor: String, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: visitor, maxAge: cookieLifetime, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The form, if its CSRF token is right for the session or the visitor cookie; nil otherwise.
    static func verifiedForm(_ request: Request, _ context: ManbaRequestContext, limit: Int = 64 * 1024) async throws -> RequestBodyReader.Form? {
        if context.session != nil { return try await Forms.verifiedForm(request, context, limit: limit) }
        let form = try await RequestBodyReader.form(request, limit: limit)
        guard let visitor = request.cookies[cookieName]?.value, let sent = form.first("_csrf"),
              SecretDigest.constantTimeEquals(sent, token(for: visitor)) else { return nil }
        return form
    }

    /// Who supports a request: the signed-in user, else this browser; nil for a browser without the cookie.
    static func supporterKey(_ request: Request, _ context: ManbaRequestContext) -> String? {
        if let userID = context.principal.userID { return "user:" + userID }
        return request.cookies[cookieName].map { "browser:" + $0.value }
    }

    private static func token(for visitor: String) -> String { SecretDigest.digest("csrf:" + visitor) }
}
