import Foundation
import Hummingbird
import ManbaCore
import MultipartKit
import OpenData

/// Reads request bodies the ways clients send them: JSON, urlencoded forms and multipart forms with
/// files. Sizes are bounded before anything is parsed, and a body that cannot be read is a clear error.
enum RequestBodyReader {
    struct Form: @unchecked Sendable {
        /// Text fields; repeated names keep every value in order.
        var fields: [String: [String]] = [:]
        var files: [String: UploadedFile] = [:]

        func first(_ name: String) -> String? { fields[name]?.first }
    }

    static func collect(_ request: Request, limit: Int) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw ManbaError.payloadTooLarge(limit: limit)
        }
        do {
            return try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ManbaError.payloadTooLarge(limit: limit)
        }
    }

    static func mediaType(_ request: Request) -> String {
        (request.headers[.contentType] ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    static func json(_ buffer: ByteBuffer) throws -> [String: Any] {
        let data = Data(buffer: buffer)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [:] }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ManbaError.badRequest("Bad request - JSON Error: the body is not valid JSON")
        }
        guard let dict = object as? [String: Any] else {
            throw ManbaError.badRequest("Bad request - JSON Error: the body must be a JSON object of parameters")
        }
        return dict
    }

    static func urlEncoded(_ buffer: ByteBuffer) -> Form {
        var form = Form()
        for (name, value) in QueryString(String(buffer: buffer)).pairs { form.fields[name, default: []].append(value) }
        return form
    }

    static func multipart(_ buffer: ByteBuffer, contentType: String) throws -> Form {
        guard let boundary = contentType.split(separator: ";").compactMap({ part -> String? in
            let kv = part.trimmingCharacters(in: .whitespaces)
            return kv.lowercased().hasPrefix("boundary=") ? String(kv.dropFirst(9)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) : nil
        }).first else { throw ManbaError.badRequest("The multipart form has no boundary") }

        var parts: [(headers: [String: String], body: ByteBuffer)] = []
        var headers: [String: String] = [:]
        var body = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            parts.append((headers, body))
            headers = [:]
            body = ByteBuffer()
        }
        do { try parser.execute(buffer) } catch { throw ManbaError.badRequest("The multipart form could not be read") }

        var form = Form()
        for part in parts {
            let disposition = parameters(of: part.headers["content-disposition"] ?? "")
            guard let name = disposition["name"] else { continue }
            if let fileName = disposition["filename"] {
                guard !fileName.isEmpty, part.body.readableBytes > 0 else { continue }
                form.files[name] = UploadedFile(fileName: fileName, contentType: part.headers["content-type"], data: Data(buffer: part.body))
            } else {
                form.fields[name, default: []].append(String(buffer: part.body))
            }
        }
        return form
    }

    /// `form-data; name="upload"; filename="a.csv"` to its parameters.
    static func parameters(of header: String) -> [String: String] {
        var result: [String: String] = [:]
        for piece in header.split(separator: ";").dropFirst() {
            let kv = piece.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { continue }
            result[kv[0].trimmingCharacters(in: .whitespaces).lowercased()] = kv[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return result
    }

    /// Reads any supported form body.
    static func form(_ request: Request, limit: Int) async throws -> Form {
        let buffer = try await collect(request, limit: limit)
        let type = mediaType(request)
        if type == "multipart/form-data" { return try multipart(buffer, contentType: request.headers[.contentType] ?? "") }
        if type == "application/x-www-form-urlencoded" || type.isEmpty { return urlEncoded(buffer) }
        throw ManbaError.unsupportedMediaType("Send the form as application/x-www-form-urlencoded or multipart/form-data")
    }
}
