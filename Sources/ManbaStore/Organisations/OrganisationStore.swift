import Foundation
import ManbaCore
import SQLKit

/// Organisations and groups, their members, and their history.
public struct OrganisationStore: Sendable {
    let database: any DatabaseBackend
    let clock: any ManbaClock
    /// Every organisation and group, read at most every `cacheLifetime` seconds: nearly every answer
    /// names a few of them, and they change rarely. Writes through this store clear it at once; a
    /// change made by another process shows within the lifetime.
    private let cache = Locked<Directory?>(nil)
    static let cacheLifetime: TimeInterval = 2

    /// The cached organisations, also by id and by name: answers look a few up on every request.
    private struct Directory {
        let loaded: Date
        let all: [Organisation]
        let byKey: [String: Organisation]

        init(_ all: [Organisation]) {
            loaded = Date()
            self.all = all
            var byKey: [String: Organisation] = [:]
            for org in all { byKey[org.name] = org }
            for org in all { byKey[org.id] = org }
            self.byKey = byKey
        }
    }

    public init(database: any DatabaseBackend, clock: any ManbaClock = SystemClock()) {
        self.database = database
        self.clock = clock
    }

    private func directory() async throws -> Directory {
        if let hit = cache.withLock({ $0 }), Date().timeIntervalSince(hit.loaded) < Self.cacheLifetime { return hit }
        let all = try await database.read { db in
            try await db.rows("SELECT doc FROM organizations WHERE state = 'active' ORDER BY name").map(Self.decode)
        }
        let fresh = Directory(all)
        cache.withLock { $0 = fresh }
        return fresh
    }

    static func decode(_ row: any SQLRow) throws -> Organisation {
        try JSONDecoder().decode(Organisation.self, from: Data(try row.decode(column: "doc", as: String.self).utf8))
    }

    public struct Draft: Sendable {
        public var name: String?
        public var title: LocalizedText
        public var description: LocalizedText
        public var parentName: String?
        public var region: String?
        public var imageURL: String?
        public init(name: String?, title: LocalizedText, description: LocalizedText = .init(), parentName: String? = nil,
                    region: String? = nil, imageURL: String? = nil) {
            self.name = name; self.title = title; self.description = description; self.parentName = parentName
            self.region = region; self.imageURL = imageURL
        }
    }

    public func create(_ draft: Draft, kind: Organisation.Kind, by principal: Principal) async throws -> Organisation {
        guard principal.isSysadmin else { throw ManbaError.forbidden("Only system administrators may create \(kind == .group ? "groups" : "organizations")") }
        let now = Timestamp.string(clock.now())
        return try await database.write { db in
            let name = try await validate(draft, existingID: nil, in: db)
            let parentID = try await resolveParent(draft.parentName, in: db)
            let org = Organisation(id: Identifier.make(), name: name, kind: kind, title: draft.title, description: draft.description,
                                   parentID: parentID, region: draft.region, imageURL: draft.imageURL, created: now, modified: now)
            try await save(org, isNew: true, actor: principal.userName ?? "system", in: db)
            return org
        }
    }

    public func update(_ idOrName: String, with draft: Draft, by principal: Principal) async throws -> Organisation {
        let now = Timestamp.string(clock.now())
        return try await database.write { db in
            guard var org = try await find(idOrName, in: db) else { throw ManbaError.notFound("Organization not found") }
            guard principal.has(.admin, in: org.id) else { throw ManbaError.forbidden("Only the organization's admins may edit it") }
            org.name = try await validate(draft, existingID: org.id, in: db)
            org.title = draft.title
            org.description = draft.description
            org.parentID = try await resolveParent(draft.parentName, in: db)
            if org.parentID == org.id { throw ManbaError.validation(["parent": ["An organization cannot be its own parent"]]) }
            org.region = draft.region
            org.imageURL = draft.imageURL
            org.modified = now
            try await save(org, isNew: false, actor: principal.userName ?? "system", in: db)
            return org
        }
    }

    public func find(_ idOrName: String) async throws -> Organisation? {
        try await directory().byKey[idOrName]
    }

    public func find(_ idOrName: String, in db: any SQLDatabase) async throws -> Organisation? {
        try await db.first("SELECT doc FROM organizations WHERE (id = \(bind: idOrName) OR name = \(bind: idOrName)) AND state = 'active'").map(Self.decode)
    }

    /// The organisations and groups with these ids or names, in one query (for rendering a few records).
    public func find(idsOrNames: [String]) async throws -> [Organisation] {
        guard !idsOrNames.isEmpty else { return [] }
        let byKey = try await directory().byKey
        var seen = Set<String>()
        return idsOrNames.compactMap { byKey[$0] }.filter { seen.insert($0.id).inserted }
    }

    public func all(kind: Organisation.Kind) async throws -> [Organisation] {
        try await directory().all.filter { $0.kind == kind }
    }

    public func history(of id: String) async throws -> [RecordVersion] {
        try await database.read { db in try await VersionStore.history(kind: "organization", id: id, in: db) }
    }

    // MARK: Members

    public func setMember(userID: String, organisationID: String, role: Role, by principal: Principal) async throws {
        guard principal.has(.admin, in: organisationID) else { throw ManbaError.forbidden("Only the organization's admins may change its members") }
        try await database.write { db in
            try await db.run("DELETE FROM memberships WHERE organization_id = \(bind: organisationID) AND user_id = \(bind: userID)")
            try await db.run("INSERT INTO memberships (organization_id, user_id, role) VALUES (\(bind: organisationID), \(bind: userID), \(bind: role.rawValue))")
        }
    }

    public func removeMember(userID: String, organisationID: String, by principal: Principal) async throws -> Bool {
        guard principal.has(.admin, in: organisationID) else { throw ManbaError.forbidden("Only the organization's admins may change its members") }
        return try await database.write { db in
            guard try await db.first("SELECT user_id FROM memberships WHERE organization_id = \(bind: organisationID) AND user_id = \(bind: userID)") != nil else { return false }
            try await db.run("DELETE FROM memberships WHERE organization_id = \(bind: organisationID) AND user_id = \(bind: userID)")
            return true
        }
    }

    public func members(of organisationID: String) async throws -> [(userName: String, role: Role)] {
        try await database.read { db in
            try await db.rows("""
                SELECT users.name, memberships.role FROM memberships JOIN users ON users.id = memberships.user_id
                WHERE memberships.organization_id = \(bind: organisationID) ORDER BY users.name
                """).compactMap { row in
                Role(rawValue: try row.decode(column: "role", as: String.self)).map { (try! row.decode(column: "name", as: String.self), $0) }
            }
        }
    }

    // MARK: Private

    private func validate(_ draft: Draft, existingID: String?, in db: any SQLDatabase) async throws -> String {
        var problems: [String: [String]] = [:]
        let name = (draft.name ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty { problems["name"] = ["Missing value"] }
        else if !NameRule.slug.accepts(name) || Identifier.isWellFormed(name) {
            problems["name"] = ["Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_"]
        } else if let row = try await db.first("SELECT id FROM organizations WHERE name = \(bind: name)"),
                  try row.decode(column: "id", as: String.self) != existingID {
            problems["name"] = ["Group name already exists in database"]
        }
        if draft.title.isEmpty { problems["title"] = ["Missing value"] }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        return name
    }

    private func resolveParent(_ parentName: String?, in db: any SQLDatabase) async throws -> String? {
        guard let parentName, !parentName.isEmpty else { return nil }
        guard let parent = try await find(parentName, in: db) else {
            throw ManbaError.validation(["parent": ["Parent organization \"\(parentName)\" not found"]])
        }
        return parent.id
    }

    private func save(_ org: Organisation, isNew: Bool, actor: String, in db: any SQLDatabase) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let doc = try encoder.encode(org)
        let text = String(decoding: doc, as: UTF8.self)
        if isNew {
            try await db.run("""
                INSERT INTO organizations (id, name, kind, state, parent_id, created, modified, doc)
                VALUES (\(bind: org.id), \(bind: org.name), \(bind: org.kind.rawValue), 'active', \(bind: org.parentID), \(bind: org.created), \(bind: org.modified), \(bind: text))
                """)
        } else {
            try await db.run("""
                UPDATE organizations SET name = \(bind: org.name), parent_id = \(bind: org.parentID), modified = \(bind: org.modified), doc = \(bind: text)
                WHERE id = \(bind: org.id)
                """)
        }
        _ = try await VersionStore.record(kind: "organization", id: org.id, actor: actor, at: org.modified, document: doc, in: db)
        cache.withLock { $0 = nil }
    }
}
