import Foundation
import Hummingbird
import ManbaCore
import ManbaStore
import OpenData

/// Log in and out, the personal cabinet, and API tokens.
struct AccountPages {
    let services: Services
    let configuration: ServerConfiguration
    /// Before a session exists, the login form is protected by a double-submit cookie.
    static let registerCSRFCookie = "manba_register_csrf"
    static let loginCSRFCookie = "manba_login_csrf"

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/user/login") { request, context in loginForm(request, context, failed: false) }
        router.post("/user/login") { request, context in try await login(request, context) }
        router.get("/user/register") { request, context in registrationForm(request, context, problems: [:]) }
        router.post("/user/register") { request, context in try await registerReader(request, context) }
        router.post("/user/logout") { request, context in try await logout(request, context) }
        router.get("/dashboard") { request, context in try await dashboard(request, context, newToken: nil) }
        router.post("/dashboard/tokens") { request, context in try await createToken(request, context) }
        router.post("/dashboard/tokens/:id/revoke") { request, context in try await revokeToken(request, context) }
        router.get("/preferences/contrast") { request, _ in contrast(request) }
    }

    func loginForm(_ request: Request, _ context: ManbaRequestContext, failed: Bool, status: HTTPResponse.Status = .ok) -> Response {
        let page = PageContext(request: request, context: context)
        let token = SecretDigest.newSecret(bytes: 18)
        var response = Layout.page(page.t(.login), page, status: status, """
            <h1>\(page.t(.login))</h1>
            \(failed ? "<p class=\"error-summary\" role=\"alert\" id=\"login-error\">\(page.t(.loginFailed))</p>" as HTML : "")
            <form method="post" action="/user/login" id="login-form">
              <input type="hidden" name="_csrf" value="\(token)">
              <label for="username">\(page.t(.username))</label>
              <input type="text" id="username" name="username" autocomplete="username" required>
              <label for="password">\(page.t(.password))</label>
              <input type="password" id="password" name="password" autocomplete="current-password" required>
              <p><button id="login-submit" type="submit">\(page.t(.login))</button></p>
            </form>
            <p><a id="register-link" href="/user/register">\(page.t(.register))</a></p>
            """)
        response.setCookie(Cookie(name: Self.loginCSRFCookie, value: token, path: "/user/login", secure: secure, httpOnly: true, sameSite: .strict))
        return response
    }

    func login(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let form = try await RequestBodyReader.form(request, limit: 64 * 1024)
        guard let sent = form.first("_csrf"), let expected = request.cookies[Self.loginCSRFCookie]?.value,
              SecretDigest.constantTimeEquals(sent, expected) else {
            return Layout.errorPage(.badRequest(PageContext(request: request, context: context).t(.csrfFailed)), PageContext(request: request, context: context))
        }
        guard let user = try await services.users.authenticate(name: form.first("username") ?? "", password: form.first("password") ?? "") else {
            return loginForm(request, context, failed: true, status: .unauthorized)
        }
        let session = try await services.users.startSession(for: user)
        var response = Layout.redirect("/dashboard")
        response.setCookie(Cookie(name: PrincipalMiddleware.sessionCookie, value: session.secret, maxAge: Int(UserStore.sessionLifetime),
                                  path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        return response
    }

    /// Readers register themselves: an account with no role, enough to read the electronic library.
    func registrationForm(_ request: Request, _ context: ManbaRequestContext, problems: [String: [String]], status: HTTPResponse.Status = .ok) -> Response {
        let page = PageContext(request: request, context: context)
        let token = SecretDigest.newSecret(bytes: 18)
        let back = Self.localPath(QueryString(request).get("back"))
        let summary: HTML = problems.isEmpty ? "" : """
            <div class="error-summary" role="alert" id="register-errors"><ul>\(problems.sorted { $0.key < $1.key }.flatMap { field, messages in
                messages.map { "<li>\(field): \($0)</li>" as HTML } })</ul></div>
            """
        var response = Layout.page(page.t(.register), page, status: status, """
            <h1>\(page.t(.register))</h1>
            <p>\(page.t(.registerIntro))</p>
            \(summary)
            <form method="post" action="/user/register?back=\(back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")" id="register-form">
              <input type="hidden" name="_csrf" value="\(token)">
              <label for="username">\(page.t(.username))</label>
              <input type="text" id="username" name="username" autocomplete="username" required>
              <label for="fullname">\(page.t(.fullName))</label>
              <input type="text" id="fullname" name="fullname" autocomplete="name">
              <label for="email">\(page.t(.email))</label>
              <input type="email" id="email" name="email" autocomplete="email">
              <label for="password">\(page.t(.password))</label>
              <input type="password" id="password" name="password" autocomplete="new-password" required minlength="\(String(PasswordHasher.minimumLength))">
              <label for="password2">\(page.t(.passwordAgain))</label>
              <input type="password" id="password2" name="password2" autocomplete="new-password" required>
              <p><button id="register-submit" type="submit">\(page.t(.register))</button></p>
            </form>
            """)
        response.setCookie(Cookie(name: Self.registerCSRFCookie, value: token, path: "/user/register", secure: secure, httpOnly: true, sameSite: .strict))
        return response
    }

    func registerReader(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let form = try await RequestBodyReader.form(request, limit: 64 * 1024)
        guard let sent = form.first("_csrf"), let expected = request.cookies[Self.registerCSRFCookie]?.value,
              SecretDigest.constantTimeEquals(sent, expected) else {
            return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page)
        }
        let password = form.first("password") ?? ""
        guard password == form.first("password2") else { return registrationForm(request, context, problems: ["password": [page.t(.passwordsDiffer)]], status: .badRequest) }
        let user: User
        do {
            user = try await services.users.create(name: (form.first("username") ?? "").trimmingCharacters(in: .whitespaces), password: password,
                                                   email: form.first("email") ?? "", fullname: form.first("fullname") ?? "")
        } catch ManbaError.validation(let problems) {
            return registrationForm(request, context, problems: problems, status: .badRequest)
        }
        let session = try await services.users.startSession(for: user)
        var response = Layout.redirect(Self.localPath(QueryString(request).get("back")))
        response.setCookie(Cookie(name: PrincipalMiddleware.sessionCookie, value: session.secret, maxAge: Int(UserStore.sessionLifetime),
                                  path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        return response
    }

    func logout(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        if let failure = try await Forms.verify(request, context) { return failure.response }
        if let session = context.session { try await services.users.endSession(secret: session.secret) }
        var response = Layout.redirect("/")
        response.setCookie(Cookie(name: PrincipalMiddleware.sessionCookie, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax))
        return response
    }

    func dashboard(_ request: Request, _ context: ManbaRequestContext, newToken: String?) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let user = context.user else { return Layout.redirect("/user/login") }
        let organisations = try await services.organisations.all(kind: .organization)
        let mine = organisations.filter { context.principal.memberships[$0.id] != nil || user.isSysadmin }
        let tokens = try await services.users.tokens(of: user)
        return Layout.page(page.t(.dashboard), page, """
            <h1>\(page.t(.dashboard)): \(user.fullname.isEmpty ? user.name : user.fullname)</h1>
            <p><a id="new-dataset-link" class="button" href="/dataset/new">\(page.t(.newDataset))</a></p>
            <h2>\(page.t(.yourOrganisations))</h2>
            <ul id="my-organisations">\(mine.map { o -> HTML in
                "<li><a href=\"/organization/\(o.name)\">\(page.text(o.title))</a> (\(context.principal.role(in: o.id)?.rawValue ?? ""))</li>" })</ul>
            <h2>\(page.t(.apiTokens))</h2>
            \(newToken.map { "<div class=\"notice\" role=\"alert\"><p>\(page.t(.tokenCreated)): \(page.t(.tokenShownOnce))</p><p class=\"token\" id=\"new-token\">\($0)</p></div>" as HTML } ?? "")
            <table id="tokens"><tbody>\(tokens.isEmpty ? "<tr><td>\(page.t(.noTokens))</td></tr>" as HTML : "")\(tokens.map { t -> HTML in
                "<tr><td>\(t.name)</td><td>\(page.localTime(t.created))</td><td><form method=\"post\" action=\"/dashboard/tokens/\(t.id)/revoke\">\(page.csrfField)<button class=\"secondary\" type=\"submit\">\(page.t(.revoke))</button></form></td></tr>" })</tbody></table>
            <form method="post" action="/dashboard/tokens" id="token-form">\(page.csrfField)
              <label for="token-name">\(page.t(.tokenName))</label>
              <input type="text" id="token-name" name="name" required maxlength="200">
              <p><button type="submit">\(page.t(.createToken))</button></p>
            </form>
            """)
    }

    func createToken(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let user = context.user else { return Layout.redirect("/user/login") }
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        do {
            let (_, secret) = try await services.users.createToken(for: user, name: form.first("name") ?? "")
            return try await dashboard(request, context, newToken: secret)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    func revokeToken(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        if let failure = try await Forms.verify(request, context) { return failure.response }
        do {
            _ = try await services.users.revokeToken(id: context.parameters.get("id") ?? "", by: context.principal)
            return Layout.redirect("/dashboard")
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    /// A link, not a form: switching the view changes nothing on the server, so it needs no CSRF token.
    func contrast(_ request: Request) -> Response {
        let on = QueryString(request).get("on") == "1"
        let back = Self.localPath(QueryString(request).get("back"))
        var response = Layout.redirect(back)
        response.setCookie(Cookie(name: LanguageMiddleware.contrastCookie, value: on ? "1" : "0", maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .lax))
        return response
    }

    /// A path on this site to return to, or "/" for anything that could lead elsewhere
    /// (`//host`, a backslash, a scheme, control characters).
    static func localPath(_ candidate: String?) -> String {
        guard let path = candidate, path.hasPrefix("/"), !path.hasPrefix("//"),
              !path.contains("\\"), !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: path), components.scheme == nil, components.host == nil else { return "/" }
        return path
    }

    var secure: Bool { configuration.siteURL.hasPrefix("https://") }
}
