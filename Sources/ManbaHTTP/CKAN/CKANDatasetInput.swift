import Foundation
import ManbaCore
import OpenData

/// Reads a CKAN package dictionary into a `DatasetDraft`, reporting every wrong type and unknown
/// field at once (CKAN's Validation Error, one list of messages per field).
enum CKANDatasetInput {
    /// Fields that package_show writes and a client may send back unchanged (ckanapi load does);
    /// they are accepted and ignored.
    static let readOnlyFields: Set<String> = [
        "id", "type", "state", "metadata_created", "metadata_modified", "organization", "num_resources", "num_tags",
        "license_title", "license_url", "isopen", "creator_user_id", "revision_id", "relationships_as_object",
        "relationships_as_subject", "tracking_summary", "help",
    ]
    static let writableFields: Set<String> = [
        "name", "title", "title_translated", "notes", "notes_translated", "owner_org", "private", "tags", "tag_string",
        "license_id", "frequency", "temporal_start", "temporal_end", "spatial", "author", "author_email", "maintainer",
        "maintainer_email", "url", "version", "socially_significant", "legal_reference", "extras", "groups", "resources",
        "classification",
    ]
    static let resourceReadOnly: Set<String> = [
        "id", "package_id", "position", "state", "url_type", "size", "hash", "created", "last_modified", "cache_url",
        "cache_last_updated", "datastore_active", "metadata_modified", "revision_id", "resource_type", "tracking_summary",
        "name_translated", "description_translated",
    ]
    static let resourceWritable: Set<String> = ["name", "description", "format", "mimetype", "url", "language", "upload", "name_translated", "description_translated"]

    /// Applies the fields present in `p` to `draft` (all of them for create and update, some for patch).
    static func apply(_ p: CKANParameters, to draft: inout DatasetDraft, language: Language?) throws {
        var problems: [String: [String]] = [:]
        func collect(_ body: () throws -> Void) {
            do { try body() } catch let ManbaError.validation(fields) {
                for (k, v) in fields { problems[k, default: []].append(contentsOf: v) }
            } catch { problems["__other", default: []].append("\(error)") }
        }
        for key in p.values.keys where !writableFields.contains(key) && !readOnlyFields.contains(key) {
            problems[key] = ["The input field \(key) was not expected."]
        }
        collect { if p.values["name"] != nil { draft.name = try p.string("name") } }
        collect { try readText(p, "title", into: &draft.title, language: language) }
        collect { try readText(p, "notes", into: &draft.notes, language: language) }
        collect { if p.values["owner_org"] != nil { draft.ownerOrg = try p.string("owner_org") } }
        collect { if let b = try p.bool("private") { draft.isPrivate = b } }
        collect { if let tags = try readTags(p) { draft.tags = tags } }
        collect { if p.values["license_id"] != nil { draft.licenseID = try p.string("license_id") } }
        collect { if p.values["frequency"] != nil { draft.frequency = try p.string("frequency") } }
        collect { if p.values["temporal_start"] != nil { draft.temporalStart = try p.string("temporal_start") } }
        collect { if p.values["temporal_end"] != nil { draft.temporalEnd = try p.string("temporal_end") } }
        collect { if p.values["spatial"] != nil { draft.spatial = try p.string("spatial") } }
        collect { if p.values["author"] != nil { draft.author = try p.string("author") } }
        collect { if p.values["author_email"] != nil { draft.authorEmail = try p.string("author_email") } }
        collect { if p.values["maintainer"] != nil { draft.maintainer = try p.string("maintainer") } }
        collect { if p.values["maintainer_email"] != nil { draft.maintainerEmail = try p.string("maintainer_email") } }
        collect { if p.values["url"] != nil { draft.sourceURL = try p.string("url") } }
        collect { if p.values["version"] != nil { draft.version = try p.string("version") } }
        collect { if let b = try p.bool("socially_significant") { draft.sociallySignificant = b } }
        collect { if p.values["legal_reference"] != nil { draft.legalReference = try p.string("legal_reference") } }
        collect {
            if let code = try p.string("classification") {
                guard let level = Classification(code: code) else { throw ManbaError.validation(["classification": ["Unknown classification \"\(code)\""]]) }
                draft.classification = level
            }
        }
        collect { if let extras = try readExtras(p) { draft.extras = extras } }
        collect { if let groups = try readGroups(p) { draft.groups = groups } }
        collect { if let resources = try readResources(p, existing: draft.resources, language: language) { draft.resources = resources } }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
    }

    /// `title` as a string sets the requested language (or the script it is written in);
    /// `title` as an object or `title_translated` sets the languages named.
    static func readText(_ p: CKANParameters, _ key: String, into text: inout LocalizedText, language: Language?) throws {
        if let value = p.values[key], !(value is NSNull) {
            if let s = value as? String {
                let target = language ?? (UzbekTransliteration.isMostlyCyrillic(s) ? .uzCyrl : .uzLatn)
                if text.values.count <= 1 && language == nil { text = LocalizedText() }
                text[target] = s
            } else if let object = value as? [String: Any] {
                text = try localized(object, key)
            } else {
                throw ManbaError.validation([key: ["Must be a string or an object of languages"]])
            }
        }
        if let object = try p.object("\(key)_translated") {
            let translated = try localized(object, "\(key)_translated")
            for (lang, value) in translated.values { text[lang] = value }
        }
    }

    static func localized(_ object: [String: Any], _ key: String) throws -> LocalizedText {
        var values: [Language: String] = [:]
        for (tag, value) in object {
            guard let language = Language(tag: tag) else {
                throw ManbaError.validation([key: ["Unknown language \"\(tag)\"; use uz-Latn, uz-Cyrl, ru, en or tg"]])
            }
            if value is NSNull { continue }
            guard let s = value as? String else { throw ManbaError.validation([key: ["The \(tag) text must be a string"]]) }
            values[language] = s
        }
        return LocalizedText(values)
    }

    static func readTags(_ p: CKANParameters) throws -> [String]? {
        if let list = try p.list("tags") {
            return try list.map { item in
                if let s = item as? String { return s }
                if let o = item as? [String: Any], let name = o["name"] as? String { return name }
                throw ManbaError.validation(["tags": ["Each tag must be a string or an object with a name"]])
            }
        }
        if let tagString = try p.string("tag_string") {
            return tagString.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }

    static func readExtras(_ p: CKANParameters) throws -> [Dataset.Extra]? {
        guard let list = try p.list("extras") else { return nil }
        return try list.map { item in
            guard let o = item as? [String: Any], let key = o["key"] as? String else {
                throw ManbaError.validation(["extras": ["Each extra must be an object with a key and a value"]])
            }
            let value: String
            switch o["value"] {
            case let s as String: value = s
            case nil, is NSNull: value = ""
            case let other?:
                let data = try JSONSerialization.data(withJSONObject: other, options: [.fragmentsAllowed])
                value = String(decoding: data, as: UTF8.self)
            }
            return Dataset.Extra(key: key, value: value)
        }
    }

    static func readGroups(_ p: CKANParameters) throws -> [String]? {
        guard let list = try p.list("groups") else { return nil }
        return try list.map { item in
            if let s = item as? String { return s }
            if let o = item as? [String: Any], let name = (o["name"] as? String) ?? (o["id"] as? String) { return name }
            throw ManbaError.validation(["groups": ["Each group must be a name or an object with a name or id"]])
        }
    }

    static func readResources(_ p: CKANParameters, existing: [ResourceDraft]?, language: Language?) throws -> [ResourceDraft]? {
        guard let list = try p.list("resources") else { return nil }
        return try list.map { item in
            guard let o = item as? [String: Any] else { throw ManbaError.validation(["resources": ["Each resource must be an object"]]) }
            let id = o["id"] as? String
            var draft = existing?.first { $0.id != nil && $0.id == id } ?? ResourceDraft()
            draft.id = id
            try applyResource(CKANParameters(o), to: &draft, language: language, field: "resources")
            return draft
        }
    }

    /// Applies resource fields; `field` names where errors are reported ("resources" inside a package).
    static func applyResource(_ p: CKANParameters, to draft: inout ResourceDraft, language: Language?, field: String? = nil) throws {
        var problems: [String: [String]] = [:]
        for key in p.values.keys where !resourceWritable.contains(key) && !resourceReadOnly.contains(key) && key != "package_id" {
            problems[field ?? key, default: []].append("The input field \(key) was not expected.")
        }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        func wrap<T>(_ body: () throws -> T) throws -> T {
            do { return try body() } catch let ManbaError.validation(fields) {
                guard let field else { throw ManbaError.validation(fields) }
                throw ManbaError.validation([field: fields.flatMap { k, v in v.map { "\(k): \($0)" } }])
            }
        }
        try wrap {
            try readText(p, "name", into: &draft.name, language: language)
            try readText(p, "description", into: &draft.description, language: language)
            if p.values["format"] != nil { draft.format = try p.string("format") }
            if p.values["mimetype"] != nil { draft.mimetype = try p.string("mimetype") }
            if p.values["language"] != nil { draft.language = try p.string("language") }
            if let url = try p.string("url") {
                // package_show returns uploads with their absolute download URL; sending that back keeps the upload.
                if !url.contains("/resource/\(draft.id ?? "-")/download/") { draft.url = url; draft.upload = nil }
            }
            if let upload = p.upload { draft.upload = upload; draft.url = nil }
        }
    }
}
