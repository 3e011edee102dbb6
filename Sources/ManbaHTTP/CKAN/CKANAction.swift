import Foundation
import ManbaCore
import OpenData

/// One CKAN action: a name, whether GET may call it, and a function from parameters to a JSON-able result.
/// Like CKAN's logic layer, every action has the same shape, so the API is learned once.
struct CKANAction: Sendable {
    let name: String
    let allowsGET: Bool
    let summary: String
    let run: @Sendable (CKANCall) async throws -> Any

    init(_ name: String, get allowsGET: Bool, _ summary: String, _ run: @escaping @Sendable (CKANCall) async throws -> Any) {
        self.name = name
        self.allowsGET = allowsGET
        self.summary = summary
        self.run = run
    }
}

/// Everything an action needs about its call.
struct CKANCall: @unchecked Sendable {
    let parameters: CKANParameters
    let context: ManbaRequestContext
    let services: Services
    let siteURL: String
    /// The language asked for with `lang` or Accept-Language; nil means "as entered".
    let language: Language?

    var principal: Principal { context.principal }

    /// A mapping that knows the organisations and groups these datasets refer to (and any named in
    /// `alsoNamed`), loaded in one query, so rendering one dataset does not read every organisation.
    func mapping(for datasets: [Dataset] = [], alsoNamed names: [String] = []) async throws -> CKANDatasetMapping {
        let keys = datasets.flatMap { [$0.ownerOrg] + $0.groups } + names
        let found = try await services.organisations.find(idsOrNames: keys)
        return CKANDatasetMapping(siteURL: siteURL, language: language,
                                  organisations: Dictionary(found.filter { $0.kind == .organization }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                                  groups: Dictionary(found.filter { $0.kind == .group }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    func requireLogin() throws {
        guard principal.isAuthenticated else { throw ManbaError.forbidden("Action requires an authenticated user (send an API token in the Authorization header)") }
    }
}
