import Hummingbird
import ManbaCore
import ManbaStore

/// CSRF protection for page forms: every form carries the session's token, and a POST whose token does
/// not match the session's is refused before anything else happens.
enum Forms {
    struct Failure { let response: Response }

    static func verifiedForm(_ request: Request, _ context: ManbaRequestContext, limit: Int = 1024 * 1024) async throws -> RequestBodyReader.Form? {
        let form = try await RequestBodyReader.form(request, limit: limit)
        guard let session = context.session, let sent = form.first("_csrf"),
              SecretDigest.constantTimeEquals(sent, session.csrfToken) else { return nil }
        return form
    }

    static func verify(_ request: Request, _ context: ManbaRequestContext) async throws -> Failure? {
        if try await verifiedForm(request, context) != nil { return nil }
        let page = PageContext(request: request, context: context)
        return Failure(response: Layout.errorPage(.badRequest(page.t(.csrfFailed)), page))
    }
}
