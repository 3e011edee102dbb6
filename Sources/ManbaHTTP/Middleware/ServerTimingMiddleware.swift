import Foundation
import Hummingbird
import HTTPTypes

/// Adds a `Server-Timing: app;dur=MS` header, so benchmarks and browsers' developer tools see the time
/// spent inside the server, apart from the network and the client.
struct ServerTimingMiddleware: RouterMiddleware {
    typealias Context = ManbaRequestContext
    static let header = HTTPField.Name("Server-Timing")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        response.headers[Self.header] = String(format: "app;dur=%.3f", ms)
        return response
    }
}
