import Foundation
import ManbaCore
import ManbaStore
import OpenData

/// organization_*, group_* and tag_list actions.
enum CKANOrganisationActions {
    static let all: [CKANAction] = [
        CKANAction("organization_list", get: true, "Organisation names (all_fields for whole records).") { call in
            try await list(.organization, call)
        },
        CKANAction("organization_show", get: true, "One organisation by id or name.") { call in
            try await show(.organization, call)
        },
        CKANAction("organization_create", get: false, "Create an organisation (system administrators).") { call in
            try call.requireLogin()
            let org = try await call.services.organisations.create(try draft(call), kind: .organization, by: call.principal)
            return try await dictionary(org, call)
        },
        CKANAction("organization_update", get: false, "Replace an organisation's fields (its admins).") { call in
            try call.requireLogin()
            let id = try call.parameters.required("id")
            let org = try await call.services.organisations.update(id, with: try draft(call), by: call.principal)
            return try await dictionary(org, call)
        },
        CKANAction("organization_member_create", get: false, "Give a user a role (member, editor, admin) in an organisation (its admins).") { call in
            try call.requireLogin()
            let (org, user) = try await memberTarget(call)
            let roleName = try call.parameters.required("role")
            guard let role = Role(rawValue: roleName) else { throw ManbaError.validation(["role": ["Must be member, editor or admin"]]) }
            try await call.services.organisations.setMember(userID: user.id, organisationID: org.id, role: role, by: call.principal)
            return ["organization": org.name, "username": user.name, "role": role.rawValue]
        },
        CKANAction("organization_member_delete", get: false, "Remove a user from an organisation (its admins).") { call in
            try call.requireLogin()
            let (org, user) = try await memberTarget(call)
            guard try await call.services.organisations.removeMember(userID: user.id, organisationID: org.id, by: call.principal) else {
                throw ManbaError.notFound("User \(user.name) is not a member of \(org.name)")
            }
            return NSNull()
        },
        CKANAction("member_list", get: true, "The members of an organisation and their roles.") { call in
            let org = try await organisation(call)
            guard call.principal.role(in: org.id) != nil else { throw ManbaError.forbidden("Only the organization's members may list its members") }
            return try await call.services.organisations.members(of: org.id).map { [$0.userName, "user", $0.role.rawValue] }
        },
        CKANAction("group_list", get: true, "Group (theme) names (all_fields for whole records).") { call in
            try await list(.group, call)
        },
        CKANAction("group_show", get: true, "One group (theme) by id or name.") { call in
            try await show(.group, call)
        },
        CKANAction("tag_list", get: true, "Tags in use on visible datasets (query filters by prefix).") { call in
            var query = SearchQuery()
            query.rows = 0
            query.facetFields = [.tags]
            query.facetLimit = Int.max
            let result = try await call.services.catalogue.search(query, for: call.principal)
            let prefix = ScriptFolding.matchKey(try call.parameters.string("query") ?? "")
            return (result.facets[.tags] ?? []).map(\.value).filter { prefix.isEmpty || ScriptFolding.matchKey($0).hasPrefix(prefix) }.sorted()
        },
    ]

    static func organisation(_ call: CKANCall) async throws -> Organisation {
        let id = try call.parameters.required("id")
        guard let org = try await call.services.organisations.find(id), org.kind == .organization else {
            throw ManbaError.notFound("Organization not found")
        }
        return org
    }

    static func memberTarget(_ call: CKANCall) async throws -> (Organisation, User) {
        let org = try await organisation(call)
        let name = try call.parameters.string("username") ?? call.parameters.required("user")
        guard let user = try await call.services.users.user(named: name) else { throw ManbaError.notFound("User not found") }
        return (org, user)
    }

    static func list(_ kind: Organisation.Kind, _ call: CKANCall) async throws -> Any {
        let all = try await call.services.organisations.all(kind: kind)
        let limit = try call.parameters.int("limit"), offset = try call.parameters.int("offset") ?? 0
        if let limit, limit < 0 { throw ManbaError.validation(["limit": ["Must be a natural number"]]) }
        if offset < 0 { throw ManbaError.validation(["offset": ["Must be a natural number"]]) }
        let page = Array(all.dropFirst(offset).prefix(limit ?? Int.max))
        if try call.parameters.bool("all_fields") == true {
            var out: [Any] = []
            let counts = try await call.services.catalogue.datasetCounts(for: call.principal)
            for o in page { out.append(try await dictionary(o, call, counts: counts)) }
            return out
        }
        return page.map(\.name)
    }

    static func show(_ kind: Organisation.Kind, _ call: CKANCall) async throws -> Any {
        let id = try call.parameters.required("id")
        guard let org = try await call.services.organisations.find(id), org.kind == kind else {
            throw ManbaError.notFound("\(kind == .group ? "Group" : "Organization") not found")
        }
        var dict = try await dictionary(org, call)
        if try call.parameters.bool("include_datasets") == true {
            var query = SearchQuery()
            query.filters = [SearchQuery.Filter(field: kind == .group ? .groups : .organization, value: org.name)]
            query.rows = 1000
            let result = try await call.services.catalogue.search(query, for: call.principal)
            dict["packages"] = result.datasets.map(try await call.mapping(for: result.datasets).dictionary)
        }
        return dict
    }

    /// `counts` lets a list compute dataset counts once for all its organisations.
    static func dictionary(_ org: Organisation, _ call: CKANCall, counts known: [String: Int]? = nil) async throws -> [String: Any] {
        var counts = known ?? [:]
        if known == nil { counts = try await call.services.catalogue.datasetCounts(for: call.principal) }
        let parent = try await org.parentID.asyncMap { try await call.services.organisations.find($0)?.name } ?? nil
        let count = counts[org.id] ?? 0
        return try await call.mapping().organisationDictionary(org, datasetCount: count, parentName: parent)
    }

    static func draft(_ call: CKANCall) throws -> OrganisationStore.Draft {
        let p = call.parameters
        var title = LocalizedText(), description = LocalizedText()
        try CKANDatasetInput.readText(p, "title", into: &title, language: call.language)
        try CKANDatasetInput.readText(p, "description", into: &description, language: call.language)
        var parent = try p.string("parent")
        if parent == nil, let groups = try p.list("groups"), let first = groups.first as? [String: Any] { parent = first["name"] as? String }
        return OrganisationStore.Draft(name: try p.string("name"), title: title, description: description, parentName: parent,
                                       region: try p.string("region"), imageURL: try p.string("image_url"))
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
