import Foundation

/// Writes the JSON of a tree of dictionaries, arrays, strings, numbers, booleans and nulls.
///
/// Why not JSONSerialization: on Linux it bridges every dictionary to NSDictionary, and profiling
/// package_show under load showed it taking half of the server's CPU. The CKAN answers are built
/// as such trees, so writing them directly is all that is needed.
enum JSONWriter {
    static func data(_ value: Any) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(4096)
        write(value, into: &out)
        return Data(out)
    }

    static func write(_ value: Any, into out: inout [UInt8]) {
        // Exact types first: on Linux an NSNumber 1 parsed from JSON also answers `is Bool`.
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(Bool.self) { out.append(contentsOf: (value as! Bool) ? Array("true".utf8) : Array("false".utf8)); return }
        if type == ObjectIdentifier(Int.self) { out.append(contentsOf: String(value as! Int).utf8); return }
        if type == ObjectIdentifier(Int64.self) { out.append(contentsOf: String(value as! Int64).utf8); return }
        if type == ObjectIdentifier(Double.self) { writeDouble(value as! Double, into: &out); return }
        switch value {
        case let s as String: writeString(s, into: &out)
        case let dict as [String: Any]:
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, element) in dict {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(key, into: &out)
                out.append(UInt8(ascii: ":"))
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let dict as [String: String]: write(dict as [String: Any], into: &out)
        case let array as [Any]:
            out.append(UInt8(ascii: "["))
            for (n, element) in array.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                write(element, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let number as NSNumber:
            // Values parsed by JSONSerialization (in extras, say) arrive as NSNumber; "c" is a boolean.
            if String(cString: number.objCType) == "c" { write(number.boolValue, into: &out) }
            else if number.doubleValue == number.doubleValue.rounded(), abs(number.doubleValue) < 1e15 { write(number.int64Value, into: &out) }
            else { writeDouble(number.doubleValue, into: &out) }
        case is NSNull: out.append(contentsOf: Array("null".utf8))
        case let optional as Optional<Any>:
            if let wrapped = optional { write(wrapped, into: &out) } else { out.append(contentsOf: Array("null".utf8)) }
        default: writeString(String(describing: value), into: &out)
        }
    }

    static func writeDouble(_ d: Double, into out: inout [UInt8]) {
        // JSON has no NaN or infinity.
        out.append(contentsOf: (d.isFinite ? String(d) : "null").utf8)
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
