import Foundation
import ManbaCore
import OpenData

/// The parameters of one action call, read from the query string (GET), a JSON body, a urlencoded
/// form or a multipart form (uploads), with typed accessors that report wrong types CKAN's way.
struct CKANParameters: @unchecked Sendable {
    var values: [String: Any]
    /// A file sent in a multipart form (field `upload`).
    var upload: UploadedFile?

    init(_ values: [String: Any], upload: UploadedFile? = nil) {
        self.values = values
        self.upload = upload
    }

    func has(_ key: String) -> Bool { values[key] != nil && !(values[key] is NSNull) }

    func string(_ key: String) throws -> String? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let s = value as? String { return s }
        if let n = value as? NSNumber, !Self.isBoolean(n) { return n.stringValue }
        throw ManbaError.validation([key: ["Must be a string"]])
    }

    func required(_ key: String) throws -> String {
        guard let value = try string(key), !value.isEmpty else { throw ManbaError.validation([key: ["Missing value"]]) }
        return value
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let n = value as? NSNumber, Self.isBoolean(n) { return n.boolValue }
        if let s = value as? String {
            switch s.lowercased() {
            case "true", "1", "yes", "on": return true
            case "false", "0", "no", "off", "": return false
            default: break
            }
        }
        if let n = value as? NSNumber { return n.intValue != 0 }
        throw ManbaError.validation([key: ["Must be a boolean (true or false)"]])
    }

    func int(_ key: String) throws -> Int? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let n = value as? NSNumber, !Self.isBoolean(n), n.doubleValue == n.doubleValue.rounded() { return n.intValue }
        if let s = value as? String, let n = Int(s.trimmingCharacters(in: .whitespaces)) { return n }
        throw ManbaError.validation([key: ["Invalid integer"]])
    }

    /// A list, given as a JSON array or (in query strings) as a JSON-encoded array.
    func list(_ key: String) throws -> [Any]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let a = value as? [Any] { return a }
        if let s = value as? String {
            if s.isEmpty { return [] }
            if let data = s.data(using: .utf8), let a = try? JSONSerialization.jsonObject(with: data) as? [Any] { return a }
            return [s]
        }
        throw ManbaError.validation([key: ["Must be a list"]])
    }

    /// JSON `true`/`false` arrive as NSNumber, and on Linux `is Bool` is also true for the numbers 0 and 1;
    /// the number's storage type tells them apart.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    func object(_ key: String) throws -> [String: Any]? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        if let o = value as? [String: Any] { return o }
        if let s = value as? String, let data = s.data(using: .utf8), let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] { return o }
        throw ManbaError.validation([key: ["Must be an object"]])
    }
}
