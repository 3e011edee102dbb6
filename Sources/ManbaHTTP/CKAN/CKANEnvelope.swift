import Foundation
import Hummingbird
import ManbaCore

/// CKAN's response envelope: `{"help": ..., "success": true, "result": ...}`, or `"success": false`
/// with an `error` object whose `__type` names the kind of failure, and the HTTP status CKAN uses for it.
enum CKANEnvelope {
    static func success(_ result: Any, action: String, siteURL: String) -> Response {
        json(["help": helpURL(action, siteURL), "success": true, "result": result], status: .ok)
    }

    static func error(_ error: ManbaError, action: String?, siteURL: String = "") -> Response {
        var body: [String: Any] = ["success": false, "help": action.map { helpURL($0, siteURL) } ?? ""]
        let (status, type) = statusAndType(error)
        var detail: [String: Any] = ["__type": type]
        switch error {
        case .validation(let fields):
            for (field, messages) in fields { detail[field] = messages }
        default:
            detail["message"] = error.message
        }
        body["error"] = detail
        return json(body, status: status)
    }

    static func statusAndType(_ error: ManbaError) -> (HTTPResponse.Status, String) {
        switch error {
        case .validation: return (.conflict, "Validation Error")
        case .notFound: return (.notFound, "Not Found Error")
        case .forbidden, .unauthenticated: return (.forbidden, "Authorization Error")
        case .badRequest: return (.badRequest, "Bad Request")
        case .payloadTooLarge: return (.contentTooLarge, "Request Entity Too Large")
        case .unsupportedMediaType: return (.unsupportedMediaType, "Unsupported Media Type")
        case .conflict: return (.conflict, "Conflict Error")
        }
    }

    static func helpURL(_ action: String, _ siteURL: String) -> String {
        "\(siteURL)/api/3/action/help_show?name=\(action)"
    }

    static func json(_ object: Any, status: HTTPResponse.Status) -> Response {
        let data = JSONWriter.data(object)
        return Response(status: status, headers: [.contentType: "application/json;charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
