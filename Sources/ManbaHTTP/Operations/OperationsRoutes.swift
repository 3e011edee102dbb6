import Foundation
import Hummingbird
import ManbaStore
import Prometheus

/// `/healthz` for load balancers and `/metrics` for Prometheus.
struct OperationsRoutes {
    let services: Services
    let registry: PrometheusCollectorRegistry

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/healthz") { _, _ in
            // Healthy means the database answers, not merely that the process is up.
            do {
                try await services.database.read { try await $0.run("SELECT 1") }
                return CKANEnvelope.json(["status": "ok", "database": services.database.kind.rawValue, "version": ManbaVersion.current], status: .ok)
            } catch {
                return CKANEnvelope.json(["status": "unavailable", "database": services.database.kind.rawValue], status: .serviceUnavailable)
            }
        }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        router.get("/static/manba.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
    }
}
