import Foundation
import Hummingbird
import ManbaCore

/// Errors of Manba's native JSON API (everything under /api that is not CKAN's Action API), as
/// RFC 9457 problem details: `{"type", "title", "status", "detail"}`, with `errors` naming each
/// invalid field or row.
enum ProblemJSON {
    static func response(_ error: ManbaError) -> Response {
        let (status, _) = CKANEnvelope.statusAndType(error)
        let httpStatus: HTTPResponse.Status = {
            if case .validation = error { return .unprocessableContent }
            if case .unauthenticated = error { return .unauthorized }
            return status
        }()
        var body: [String: Any] = ["type": "about:blank", "title": httpStatus.reasonPhrase, "status": httpStatus.code, "detail": error.message]
        if case .validation(let fields) = error { body["errors"] = fields }
        let data = JSONWriter.data(body)
        return Response(status: httpStatus, headers: [.contentType: "application/problem+json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Runs a native API handler, turning Manba's errors into problem details.
    static func handle(_ body: () async throws -> Response) async throws -> Response {
        do { return try await body() } catch let error as ManbaError { return response(error) }
    }

    /// A JSON body for a successful answer.
    static func ok(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json;charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: JSONWriter.data(object))))
    }
}
