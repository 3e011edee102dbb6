import Foundation
import Hummingbird
import ManbaCore
import OpenData

/// Mounts the CKAN Action API at `/api/action/NAME` and `/api/3/action/NAME`.
struct CKANRoutes {
    let services: Services
    let configuration: ServerConfiguration

    static let actions: [String: CKANAction] = Dictionary(uniqueKeysWithValues:
        (CKANAccountActions.all + CKANDatasetActions.all + CKANResourceActions.all + CKANOrganisationActions.all).map { ($0.name, $0) })

    func register(on router: Router<ManbaRequestContext>) {
        for prefix in ["/api/action", "/api/3/action"] {
            router.get("\(prefix)/:name") { request, context in try await handle(request, context) }
            router.post("\(prefix)/:name") { request, context in try await handle(request, context) }
        }
    }

    func handle(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let name = context.parameters.get("name") ?? ""
        guard let action = Self.actions[name] else {
            return CKANEnvelope.error(.badRequest("Bad request - Action name not known: \(name)"), action: nil, siteURL: configuration.siteURL)
        }
        do {
            var parameters = try await readParameters(request, action: action)
            let explicitLanguage = (parameters.values.removeValue(forKey: "lang") as? String).flatMap(Language.init(tag:))
            let language = explicitLanguage ?? Language.negotiate(acceptLanguage: request.headers[.acceptLanguage])
            var context = context
            // A page session authorises API reads only: a write through the API needs a token, so a
            // cross-site form cannot act with a signed-in visitor's cookie.
            if request.method == .post, context.session != nil, PrincipalMiddleware.apiKey(in: request) == nil {
                context.principal = .anonymous
                context.user = nil
            }
            let call = CKANCall(parameters: parameters, context: context, services: services, siteURL: configuration.siteURL, language: language)
            let result = try await action.run(call)
            return CKANEnvelope.success(result, action: name, siteURL: configuration.siteURL)
        } catch let error as ManbaError {
            return CKANEnvelope.error(error, action: name, siteURL: configuration.siteURL)
        } catch {
            services.logger.error("action failed", metadata: ["action": "\(name)", "error": "\(String(reflecting: error))"])
            return CKANEnvelope.json(["success": false, "help": CKANEnvelope.helpURL(name, configuration.siteURL),
                                      "error": ["__type": "Internal Server Error", "message": "The server could not complete the action; it has been logged"]],
                                     status: .internalServerError)
        }
    }

    private func readParameters(_ request: Request, action: CKANAction) async throws -> CKANParameters {
        if request.method == .get {
            guard action.allowsGET else { throw ManbaError.badRequest("Bad request - \(action.name) changes data and must be called with POST") }
            var values: [String: Any] = [:]
            for (key, value) in QueryString(request).pairs where values[key] == nil { values[key] = value }
            return CKANParameters(values)
        }
        let type = RequestBodyReader.mediaType(request)
        switch type {
        case "multipart/form-data", "application/x-www-form-urlencoded":
            let form = try await RequestBodyReader.form(request, limit: configuration.uploadLimit + 1024 * 1024)
            var values: [String: Any] = [:]
            for (key, list) in form.fields { values[key] = list.count == 1 ? list[0] : list }
            // Form fields carry JSON for structured values (ckanapi sends lists this way).
            for (key, value) in values {
                if let s = value as? String, let first = s.first, first == "[" || first == "{",
                   let parsed = try? JSONSerialization.jsonObject(with: Data(s.utf8)) { values[key] = parsed }
            }
            if let upload = form.files["upload"], upload.data.count > configuration.uploadLimit {
                throw ManbaError.payloadTooLarge(limit: configuration.uploadLimit)
            }
            return CKANParameters(values, upload: form.files["upload"])
        case "", "application/json", "text/plain", "application/x-json":
            let buffer = try await RequestBodyReader.collect(request, limit: configuration.jsonLimit)
            var values = try RequestBodyReader.json(buffer)
            for (key, value) in QueryString(request).pairs where values[key] == nil { values[key] = value }
            return CKANParameters(values)
        default:
            throw ManbaError.unsupportedMediaType("Send parameters as JSON (application/json) or as a form")
        }
    }
}
