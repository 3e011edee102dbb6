import Foundation

/// MARC-in-JSON as proposed by Ross Singer for code4lib: one object per record,
/// `{"leader": "...", "fields": [{"001": "..."}, {"245": {"ind1": "1", "ind2": "0",
/// "subfields": [{"a": "..."}]}}]}`. Field and subfield order live in arrays, so they survive any
/// JSON library. pymarc, MARC::Record and Catmandu read and write it.
public enum MARCJSON {
    /// One record as a compact JSON object.
    public static func encode(_ record: MARCRecord) -> String {
        var json = "{\"leader\":"
        appendString(record.leader, to: &json)
        json += ",\"fields\":["
        for (index, field) in record.fields.enumerated() {
            if index > 0 { json += "," }
            json += "{"
            appendString(field.tag, to: &json)
            json += ":"
            if field.isControlField {
                appendString(field.value ?? "", to: &json)
            } else {
                json += "{\"subfields\":["
                for (position, subfield) in field.subfields.enumerated() {
                    if position > 0 { json += "," }
                    json += "{"
                    appendString(String(subfield.code), to: &json)
                    json += ":"
                    appendString(subfield.value, to: &json)
                    json += "}"
                }
                json += "],\"ind1\":"
                appendString(String(field.indicator1), to: &json)
                json += ",\"ind2\":"
                appendString(String(field.indicator2), to: &json)
                json += "}"
            }
            json += "}"
        }
        json += "]}"
        return json
    }

    /// Several records as a JSON array.
    public static func encode(_ records: [MARCRecord]) -> String {
        "[" + records.map { encode($0) }.joined(separator: ",") + "]"
    }

    /// A single record object or an array of them. Throws the first problem; use `decodeEach` to keep
    /// the good records of a batch.
    public static func decode(_ data: Data) throws -> [MARCRecord] {
        try decodeEach(data).map { try $0.get() }
    }

    /// One result per record object. Throws only if the data is not JSON or not an object or array.
    public static func decodeEach(_ data: Data) throws -> [Result<MARCRecord, MARCDecodingError>] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw MARCDecodingError(reason: "not valid JSON: \(error.localizedDescription)", offset: 0)
        }
        let objects: [Any]
        if let array = root as? [Any] {
            objects = array
        } else if root is [String: Any] {
            objects = [root]
        } else {
            throw MARCDecodingError(reason: "MARC-in-JSON must be a record object or an array of them", offset: 0)
        }
        return objects.enumerated().map { index, object in
            Result { () throws(MARCDecodingError) in try record(from: object, index: index) }
        }
    }

    private static func record(from object: Any, index: Int) throws(MARCDecodingError) -> MARCRecord {
        func fail(_ reason: String) -> MARCDecodingError { MARCDecodingError(reason: reason, offset: index) }
        guard let dictionary = object as? [String: Any] else { throw fail("the record is not a JSON object") }
        guard let leader = dictionary["leader"] as? String else { throw fail("the record has no \"leader\" string") }
        guard leader.count == 24 else { throw fail("the leader has \(leader.count) characters, not 24: '\(leader)'") }
        guard let fieldList = dictionary["fields"] as? [Any], !fieldList.isEmpty else {
            throw fail("the record has no \"fields\" array")
        }
        var fields: [MARCField] = []
        fields.reserveCapacity(fieldList.count)
        for (position, entry) in fieldList.enumerated() {
            guard let single = entry as? [String: Any], single.count == 1, let (tag, content) = single.first else {
                throw fail("field \(position + 1) is not an object with exactly one tag")
            }
            let tagBytes = Array(tag.utf8)
            guard tagBytes.count == 3, tagBytes.allSatisfy(ISO2709Directory.isTagByte) else {
                throw fail("tag '\(tag)' is not three ASCII letters or digits")
            }
            if let value = content as? String {
                fields.append(MARCField(tag: tag, value: value))
                continue
            }
            guard let body = content as? [String: Any] else { throw fail("field \(tag) is neither a string nor an object") }
            let indicator1 = try indicator(body["ind1"], tag: tag, number: 1, fail: fail)
            let indicator2 = try indicator(body["ind2"], tag: tag, number: 2, fail: fail)
            guard let subfieldList = body["subfields"] as? [Any] else { throw fail("field \(tag) has no \"subfields\" array") }
            var subfields: [MARCSubfield] = []
            subfields.reserveCapacity(subfieldList.count)
            for item in subfieldList {
                guard let pair = item as? [String: Any], pair.count == 1, let (code, value) = pair.first,
                      code.count == 1, let codeCharacter = code.first, let text = value as? String
                else {
                    throw fail("field \(tag) has a subfield that is not {\"code\": \"value\"} with a one-character code")
                }
                subfields.append(MARCSubfield(code: codeCharacter, value: text))
            }
            fields.append(MARCField(tag: tag, indicator1: indicator1, indicator2: indicator2, subfields: subfields))
        }
        return MARCRecord(leader: leader, fields: fields)
    }

    /// Missing or empty indicators are read as blank; anything longer than one character is an error.
    private static func indicator(
        _ value: Any?, tag: String, number: Int, fail: (String) -> MARCDecodingError
    ) throws(MARCDecodingError) -> Character {
        guard let value else { return " " }
        guard let text = value as? String else { throw fail("indicator \(number) of field \(tag) is not a string") }
        if text.isEmpty { return " " }
        guard text.count == 1, let character = text.first else {
            throw fail("indicator \(number) of field \(tag) is '\(text)', not one character")
        }
        return character
    }

    static func appendString(_ text: String, to json: inout String) {
        json += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            json += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case "\n": json += "\\n"
                case "\r": json += "\\r"
                case "\t": json += "\\t"
                default:
                    if scalar.value < 0x20 {
                        json += "\\u00" + MARCMessages.hex(scalar.value, width: 2)
                    } else {
                        json.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        json += "\""
    }
}
