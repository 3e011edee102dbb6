import Foundation
import Harvesting
import Hummingbird
import Library

/// OAI-PMH 2.0 at `/oai` (GET and POST). Protocol errors are `<error>` elements in a 200 answer; a
/// failure of the store is a 503 with Retry-After, which harvesters retry.
struct OAIRoutes {
    let services: Services
    let configuration: ServerConfiguration

    func register(on router: Router<ManbaRequestContext>) {
        let environment = ProcessInfo.processInfo.environment
        let repository = UnionCatalogueOAI(catalogue: services.library, adminEmail: environment["MANBA_ADMIN_EMAIL"] ?? "admin@localhost")
        // MANBA_OAI_TOKEN_KEY makes resumption tokens unforgeable and valid across restarts of several servers.
        let provider = OAIProvider(repository: repository, baseURL: configuration.siteURL + "/oai",
                                   tokenKey: environment["MANBA_OAI_TOKEN_KEY"].map { Array($0.utf8) })
        router.get("/oai") { request, _ in await Self.answer(provider, QueryString(request).pairs, services) }
        router.post("/oai") { request, _ in
            let body = try await request.body.collect(upTo: 1 << 20)
            return await Self.answer(provider, QueryString(String(buffer: body)).pairs, services)
        }
    }

    static func answer(_ provider: OAIProvider, _ parameters: [(String, String)], _ services: Services) async -> Response {
        do {
            let xml = try await provider.respond(to: parameters)
            return Response(status: .ok, headers: [.contentType: "text/xml; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: xml)))
        } catch {
            services.logger.error("OAI-PMH request failed", metadata: ["error": "\(error)"])
            return Response(status: .serviceUnavailable, headers: [.retryAfter: "30", .contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "The catalogue is unavailable; try again later.\n")))
        }
    }
}
