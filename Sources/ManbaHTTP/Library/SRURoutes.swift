import Foundation
import Hummingbird
import Library

/// SRU 1.2 and 2.0 at `/sru` (GET, and POST with a form body as SRU 2.0 allows).
struct SRURoutes {
    let services: Services
    let configuration: ServerConfiguration

    func register(on router: Router<ManbaRequestContext>) {
        let sru = UnionCatalogueSRU(catalogue: services.library, host: configuration.host, port: configuration.port,
                                    dublinCore: { MARCDublinCore.encodeRecord($0) })
        router.get("/sru") { request, _ in
            Self.xml(await sru.respond(to: QueryString(request).pairs))
        }
        router.post("/sru") { request, context in
            let body = try await request.body.collect(upTo: 1 << 20)
            return Self.xml(await sru.respond(to: QueryString(String(buffer: body)).pairs))
        }
    }

    static func xml(_ body: String) -> Response {
        Response(status: .ok, headers: [.contentType: SRUResponseWriter.contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
