import Foundation
import ManbaCore

/// The configured foreign catalogues, read from the JSON file that `MANBA_SRU_TARGETS` names.
///
/// The file (also described in docs/federated-search.md):
///
///     {
///       "deadline": 10,
///       "targets": [
///         {
///           "id": "zebra",
///           "name": {"uz-Latn": "Milliy kutubxona", "ru": "Национальная библиотека", "en": "National Library"},
///           "url": "http://127.0.0.1:2100/Default",
///           "version": "1.2",
///           "recordSchema": "marcxml",
///           "recordPacking": "xml",
///           "indexes": {"title": "dc.title", "author": "dc.creator", "any": "cql.serverChoice"},
///           "timeout": 8,
///           "maximumRecords": 10,
///           "searchBothScripts": true,
///           "repairDoubleEncoding": true,
///           "enabled": true
///         }
///       ]
///     }
///
/// Only `id`, `name` and `url` are required; the rest have the defaults shown. `name` is an object by
/// language tag (uz-Latn, uz-Cyrl, ru, en, tg) or one string. `deadline` (seconds, default 10) bounds
/// the whole search. A bare array of targets is read as `{"targets": [...]}`. A target with
/// `"enabled": false` stays in the file and is not asked. Unknown keys are errors, so that a misspelt
/// option does not go unnoticed.
public struct FederatedTargets: Sendable {
    /// The environment variable that names the file.
    public static let environmentVariable = "MANBA_SRU_TARGETS"

    public var targets: [FederatedTarget]
    /// Seconds the whole federated search may take.
    public var deadline: TimeInterval

    public init(targets: [FederatedTarget], deadline: TimeInterval = FederatedSearch.defaultDeadline) {
        self.targets = targets
        self.deadline = deadline
    }

    /// What is wrong with the file, naming the target and the key.
    public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    public static func load(from path: String) throws(ConfigurationError) -> FederatedTargets {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError("cannot read the SRU targets file \(path): \(error.localizedDescription)")
        }
        do {
            return try decode(data)
        } catch {
            throw ConfigurationError("SRU targets file \(path): \(error.message)")
        }
    }

    /// The targets of the file `MANBA_SRU_TARGETS` names; nil when the variable is unset or empty
    /// (federated search is then off).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigurationError) -> FederatedTargets? {
        guard let path = environment[environmentVariable]?.trimmingCharacters(in: .whitespaces), !path.isEmpty else { return nil }
        return try load(from: path)
    }

    public static func decode(_ data: Data) throws(ConfigurationError) -> FederatedTargets {
        let json: JSONValue
        do {
            json = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw ConfigurationError("not valid JSON: \(error)")
        }
        var deadline = FederatedSearch.defaultDeadline
        let list: [JSONValue]
        switch json {
        case .array(let array):
            list = array
        case .object(let object):
            try checkKeys(object, allowed: ["targets", "deadline"], in: "the file")
            guard case .array(let array)? = object["targets"] else { throw ConfigurationError("\"targets\" must be an array of targets") }
            list = array
            if let value = object["deadline"] { deadline = try seconds(value, key: "deadline", in: "the file") }
        default:
            throw ConfigurationError("expected an object with \"targets\" or an array of targets")
        }
        var targets: [FederatedTarget] = []
        for (index, item) in list.enumerated() {
            guard case .object(let object) = item else { throw ConfigurationError("target \(index + 1) is not an object") }
            let label = object["id"]?.string.map { "target \(index + 1) (\"\($0)\")" } ?? "target \(index + 1)"
            guard let target = try target(object, label: label) else { continue }
            if targets.contains(where: { $0.id == target.id }) {
                throw ConfigurationError("\(label): the id \"\(target.id)\" is used twice")
            }
            targets.append(target)
        }
        return FederatedTargets(targets: targets, deadline: deadline)
    }

    private static let targetKeys: Set<String> = [
        "id", "name", "url", "version", "recordSchema", "recordPacking", "indexes", "timeout", "maximumRecords",
        "searchBothScripts", "repairDoubleEncoding", "enabled",
    ]

    /// nil for a target with `"enabled": false`.
    private static func target(_ object: [String: JSONValue], label: String) throws(ConfigurationError) -> FederatedTarget? {
        try checkKeys(object, allowed: targetKeys, in: label)
        if try flag(object["enabled"], key: "enabled", in: label) == false { return nil }

        guard let id = object["id"]?.string, !id.isEmpty,
              id.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) })
        else { throw ConfigurationError("\(label): \"id\" must be a non-empty string of letters, digits, '-', '_' and '.'") }

        let name: LocalizedText
        switch object["name"] {
        case .string(let text)? where !text.trimmingCharacters(in: .whitespaces).isEmpty:
            name = LocalizedText(UzbekTransliteration.isMostlyCyrillic(text) ? .uzCyrl : .uzLatn, text)
        case .object(let texts)? where !texts.isEmpty:
            var values: [Language: String] = [:]
            for (tag, value) in texts {
                guard let language = Language(tag: tag) else {
                    throw ConfigurationError("\(label): unknown language \"\(tag)\" in \"name\"; use uz-Latn, uz-Cyrl, ru, en or tg")
                }
                guard let text = value.string else { throw ConfigurationError("\(label): \"name\".\"\(tag)\" must be a string") }
                values[language] = text
            }
            name = LocalizedText(values)
            if name.isEmpty { throw ConfigurationError("\(label): \"name\" is empty") }
        default:
            throw ConfigurationError("\(label): \"name\" must be a string or an object of strings by language")
        }

        guard let urlText = object["url"]?.string, let url = URL(string: urlText.trimmingCharacters(in: .whitespaces)),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else { throw ConfigurationError("\(label): \"url\" must be the http or https base URL of an SRU server") }

        var target = FederatedTarget(id: id, name: name, baseURL: url)
        if let value = object["version"] {
            let text: String?
            switch value {
            case .string(let string): text = string
            case .number(let number): text = String(format: "%.1f", number)
            default: text = nil
            }
            guard let text, let version = SRUVersion(rawValue: text) else {
                throw ConfigurationError("\(label): \"version\" must be \"1.1\", \"1.2\" or \"2.0\"")
            }
            target.version = version
        }
        if let value = object["recordSchema"] {
            guard let schema = value.string, !schema.isEmpty else { throw ConfigurationError("\(label): \"recordSchema\" must be a non-empty string") }
            target.recordSchema = schema
        }
        if let value = object["recordPacking"] {
            guard let text = value.string, let packing = SRURecordXMLEscaping(rawValue: text) else {
                throw ConfigurationError("\(label): \"recordPacking\" must be \"xml\" or \"string\"")
            }
            target.recordPacking = packing
        }
        if let value = object["indexes"] {
            guard case .object(let indexes) = value else { throw ConfigurationError("\(label): \"indexes\" must be an object") }
            try checkKeys(indexes, allowed: ["title", "author", "any"], in: "\(label) \"indexes\"")
            func index(_ key: String, _ fallback: String) throws(ConfigurationError) -> String {
                guard let value = indexes[key] else { return fallback }
                guard let text = value.string else { throw ConfigurationError("\(label): \"indexes\".\"\(key)\" must be a string") }
                return text.trimmingCharacters(in: .whitespaces)
            }
            target.indexes = FederatedTarget.Indexes(title: try index("title", "dc.title"), author: try index("author", "dc.creator"),
                                                     any: try index("any", "cql.serverChoice"))
        }
        if let value = object["timeout"] { target.timeout = try seconds(value, key: "timeout", in: label) }
        if let value = object["maximumRecords"] {
            guard case .number(let number) = value, let count = Int(exactly: number), (0...100).contains(count) else {
                throw ConfigurationError("\(label): \"maximumRecords\" must be a whole number from 0 to 100")
            }
            target.maximumRecords = count
        }
        if let value = try flag(object["searchBothScripts"], key: "searchBothScripts", in: label) { target.searchBothScripts = value }
        if let value = try flag(object["repairDoubleEncoding"], key: "repairDoubleEncoding", in: label) { target.repairDoubleEncoding = value }
        return target
    }

    private static func checkKeys(_ object: [String: JSONValue], allowed: Set<String>, in label: String) throws(ConfigurationError) {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw ConfigurationError("\(label): unknown key \"\(unknown)\" (known: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    private static func seconds(_ value: JSONValue, key: String, in label: String) throws(ConfigurationError) -> TimeInterval {
        guard case .number(let number) = value, number > 0, number <= 300 else {
            throw ConfigurationError("\(label): \"\(key)\" must be a number of seconds above 0 and at most 300")
        }
        return number
    }

    private static func flag(_ value: JSONValue?, key: String, in label: String) throws(ConfigurationError) -> Bool? {
        guard let value else { return nil }
        guard case .bool(let flag) = value else { throw ConfigurationError("\(label): \"\(key)\" must be true or false") }
        return flag
    }
}

/// Any JSON value, told apart as JSONDecoder tells them (true is not 1).
private enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
