import Hummingbird
import HTTPTypes
import ManbaCore
import ManbaStore

/// Works out who is asking: an API token (`Authorization`, optionally `Bearer`, or CKAN's
/// `X-CKAN-API-Key`) or a page session cookie. An unknown token is an error, not silently anonymous,
/// so a script with a mistyped key learns it at once.
struct PrincipalMiddleware: RouterMiddleware {
    typealias Context = ManbaRequestContext
    let services: Services
    static let apiKeyHeader = HTTPField.Name("X-CKAN-API-Key")!
    static let sessionCookie = "manba_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let key = Self.apiKey(in: request) {
            guard let (user, principal) = try await services.users.signIn(token: key) else {
                return CKANEnvelope.error(.unauthenticated("The API token is not valid (revoked or mistyped)"), action: nil)
            }
            context.user = user
            context.principal = principal
        } else if let secret = request.cookies[Self.sessionCookie]?.value,
                  let session = try await services.users.session(secret: secret) {
            context.session = session
            context.user = session.user
            context.principal = try await services.users.principal(for: session.user)
        }
        return try await next(request, context)
    }

    static func apiKey(in request: Request) -> String? {
        var value = request.headers[.authorization] ?? request.headers[apiKeyHeader]
        if let v = value, v.lowercased().hasPrefix("bearer ") { value = String(v.dropFirst(7)) }
        guard let key = value?.trimmingCharacters(in: .whitespaces), !key.isEmpty else { return nil }
        return key
    }
}
