import Foundation
import ManbaCore
import OpenData

/// package_* actions.
enum CKANDatasetActions {
    static let all: [CKANAction] = [
        CKANAction("package_list", get: true, "Names of all public datasets (limit, offset).") { call in
            let limit = try call.parameters.int("limit")
            let offset = try call.parameters.int("offset") ?? 0
            if let limit, limit < 0 { throw ManbaError.validation(["limit": ["Must be a natural number"]]) }
            return try await call.services.catalogue.datasetNames(for: .anonymous, limit: limit, offset: offset)
        },
        CKANAction("package_show", get: true, "One dataset by id or name.") { call in
            let id = try call.parameters.required("id")
            let dataset = try await call.services.catalogue.dataset(id, for: call.principal)
            call.services.governance.usage.record(.apiRead, dataset: dataset.id)
            return try await call.mapping(for: [dataset]).dictionary(dataset)
        },
        CKANAction("package_search", get: true, "Search datasets with q, fq, facets, sort, rows and start.") { call in
            try await search(call)
        },
        CKANAction("package_create", get: false, "Create a dataset.") { call in
            try call.requireLogin()
            var draft = DatasetDraft()
            try CKANDatasetInput.apply(call.parameters, to: &draft, language: call.language)
            draft.requestedID = try call.parameters.string("id")
            if draft.name == nil { throw ManbaError.validation(["name": ["Missing value"]]) }
            let dataset = try await call.services.catalogue.create(draft, by: call.principal)
            return try await call.mapping(for: [dataset]).dictionary(dataset)
        },
        CKANAction("package_update", get: false, "Replace a dataset's fields (resources kept unless given).") { call in
            try call.requireLogin()
            let id = try call.parameters.string("id") ?? call.parameters.required("name")
            // A full replacement, as in CKAN: fields not sent are cleared, except the dataset's identity,
            // owner and classification, and its resources when the caller sends none.
            let current = try await call.services.catalogue.draft(of: id, for: call.principal)
            var draft = DatasetDraft()
            draft.name = current.name
            draft.ownerOrg = current.ownerOrg
            draft.classification = current.classification
            // Privacy is kept unless the caller says otherwise: a client that omits the field must not publish a private dataset.
            draft.isPrivate = current.isPrivate
            draft.resources = current.resources
            try CKANDatasetInput.apply(call.parameters, to: &draft, language: call.language)
            let dataset = try await call.services.catalogue.update(id, with: draft, by: call.principal)
            return try await call.mapping(for: [dataset]).dictionary(dataset)
        },
        CKANAction("package_patch", get: false, "Change only the given fields of a dataset.") { call in
            try call.requireLogin()
            let id = try call.parameters.required("id")
            let dataset = try await call.services.catalogue.patch(id, by: call.principal) { draft in
                try CKANDatasetInput.apply(call.parameters, to: &draft, language: call.language)
            }
            return try await call.mapping(for: [dataset]).dictionary(dataset)
        },
        CKANAction("package_delete", get: false, "Delete a dataset (its id and name stay reserved).") { call in
            try call.requireLogin()
            try await call.services.catalogue.delete(try call.parameters.required("id"), by: call.principal)
            return NSNull()
        },
        CKANAction("package_revision_list", get: true, "The versions of a dataset: who, when, what changed.") { call in
            let history = try await call.services.catalogue.history(of: try call.parameters.required("id"), for: call.principal)
            return history.map { ["version": $0.version, "author": $0.actor, "timestamp": $0.at, "changed": $0.changedFields] }
        },
    ]

    static func search(_ call: CKANCall) async throws -> Any {
        let p = call.parameters
        var query = SearchQuery()
        var filters: [SearchQuery.Filter] = []
        var facetKeys: [SearchQuery.Field: String] = [:]
        do {
            let fromQ = try FilterQueryParser.parse(try p.string("q") ?? "", strict: false)
            filters += fromQ.filters
            query.text = fromQ.freeText
            for fq in [try p.string("fq") ?? ""] + ((try p.list("fq_list") ?? []).compactMap { $0 as? String }) {
                filters += try FilterQueryParser.parse(fq).filters
            }
        } catch FilterQueryParser.Problem.unknownField(let field) {
            throw ManbaError.validation(["fq": ["Cannot filter on field \"\(field)\"; use organization, groups, tags, res_format, license_id, res_language, frequency, name or id"]])
        } catch FilterQueryParser.Problem.unterminatedQuote {
            throw ManbaError.validation(["fq": ["Unterminated quote"]])
        } catch FilterQueryParser.Problem.badRange(let text) {
            throw ManbaError.validation(["fq": ["Cannot read the range \"\(text)\"; use metadata_modified:[2025-01-01T00:00:00Z TO *]"]])
        }
        query.filters = filters
        let rows = try p.int("rows") ?? 10
        let start = try p.int("start") ?? 0
        if rows < 0 { throw ManbaError.validation(["rows": ["Must be a natural number"]]) }
        if start < 0 { throw ManbaError.validation(["start": ["Must be a natural number"]]) }
        query.rows = min(rows, SearchQuery.maxRows)
        query.start = start
        query.sort = try sort(p.string("sort"))
        query.includePrivate = try p.bool("include_private") ?? false
        let facetsOn = try p.bool("facet") ?? true
        if facetsOn {
            let names = try p.list("facet.field")?.compactMap { $0 as? String } ?? []
            for name in names {
                guard let field = FilterQueryParser.field(named: name), SearchQuery.facetFields.contains(field) else {
                    throw ManbaError.validation(["facet.field": ["Cannot facet on \"\(name)\""]])
                }
                // Answers are keyed by the name the client asked for.
                if !query.facetFields.contains(field) { query.facetFields.append(field); facetKeys[field] = name }
            }
            let limit = try p.int("facet.limit") ?? 50
            query.facetLimit = limit < 0 ? Int.max : limit
            query.facetMinCount = try p.int("facet.mincount") ?? 1
        }
        let result = try await call.services.catalogue.search(query, for: call.principal)
        if query.start == 0 { call.services.governance.searches.record(query.text, found: result.count) }
        let facetNames = (result.facets[.organization] ?? []).map(\.value) + (result.facets[.groups] ?? []).map(\.value)
        let mapping = try await call.mapping(for: result.datasets, alsoNamed: facetNames)
        var facets: [String: Any] = [:], searchFacets: [String: Any] = [:]
        let orgByName = Dictionary(uniqueKeysWithValues: mapping.organisations.values.map { ($0.name, $0) })
        let groupByName = Dictionary(uniqueKeysWithValues: mapping.groups.values.map { ($0.name, $0) })
        for field in query.facetFields {
            let items = result.facets[field] ?? []
            let key = facetKeys[field] ?? field.rawValue
            facets[key] = Dictionary(items.map { ($0.value, $0.count) }, uniquingKeysWith: { a, _ in a })
            searchFacets[key] = ["title": key, "items": items.map { item -> [String: Any] in
                var display = item.value
                if field == .organization, let o = orgByName[item.value] { display = mapping.text(o.title) }
                if field == .groups, let g = groupByName[item.value] { display = mapping.text(g.title) }
                return ["name": item.value, "display_name": display, "count": item.count]
            }]
        }
        return [
            "count": result.count, "results": result.datasets.map(mapping.dictionary),
            "facets": facets, "search_facets": searchFacets, "sort": try p.string("sort") ?? "score desc, metadata_modified desc",
        ] as [String: Any]
    }

    /// CKAN sort strings: "score desc, metadata_modified desc", "name asc", "title_string asc", "views_recent desc", ...
    static func sort(_ text: String?) throws -> SearchQuery.Sort {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return .relevance }
        guard let clause = text.split(separator: ",").first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return .relevance }
        let first = clause.split(separator: " ").map { $0.lowercased() }
        let field = first.first ?? "", ascending = first.count < 2 || first[1] != "desc"
        switch field {
        case "score", "relevance": return .relevance
        case "metadata_modified", "last_modified": return .modified(ascending: ascending)
        case "metadata_created": return .created(ascending: ascending)
        case "name", "id": return .name(ascending: ascending)
        case "title_string", "title": return .title(ascending: ascending)
        case "views_recent", "views_total", "popularity", "downloads": return .popularity
        default: throw ManbaError.validation(["sort": ["Cannot sort by \"\(field)\"; use score, metadata_modified, metadata_created, name, title_string or views_recent"]])
        }
    }
}
