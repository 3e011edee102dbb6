import Foundation
import Logging
import ManbaCore
import ManbaStore
import SQLKit

/// The open data catalogue: every read and write of datasets and resources goes through here, with the
/// requesting principal, and nothing the principal may not see leaves this type.
public final class CatalogueService: Sendable {
    let database: any DatabaseBackend
    let organisations: OrganisationStore
    let files: FileStore
    let clock: any ManbaClock
    let index: SearchIndex
    let documents = DocumentCache()
    /// The largest upload accepted, in bytes (`MANBA_UPLOAD_LIMIT`).
    public let uploadLimit: Int

    /// `organisations` should be the store the rest of the process writes through, so its cache is
    /// cleared when they change.
    public init(database: any DatabaseBackend, files: FileStore, clock: any ManbaClock = SystemClock(),
                organisations: OrganisationStore? = nil,
                uploadLimit: Int = 100 * 1024 * 1024, logger: Logger = Logger(label: "manba.catalogue")) {
        self.database = database
        self.organisations = organisations ?? OrganisationStore(database: database, clock: clock)
        self.files = files
        self.clock = clock
        self.uploadLimit = uploadLimit
        self.index = SearchIndex(database: database, logger: logger)
    }

    // MARK: Reading

    /// The dataset with this id or name, if the principal may see it. A dataset the principal may not see
    /// is reported as not found, never as forbidden, so its existence does not leak.
    public func dataset(_ idOrName: String, for principal: Principal) async throws -> Dataset {
        if let current = try await index.current(idOrName: idOrName), let cached = documents.dataset(current.id, revision: current.revision) {
            guard Self.mayRead(cached, principal) else { throw ManbaError.notFound("Dataset not found") }
            return cached
        }
        let (dataset, revision) = try await database.read { db in try await self.visible(idOrName, principal, in: db) }
        documents.store(dataset, revision: revision)
        return dataset
    }

    public func resource(_ id: String, for principal: Principal) async throws -> (Resource, Dataset) {
        let row = try await database.read { db in
            try await db.first("SELECT datasets.doc FROM resources JOIN datasets ON datasets.id = resources.dataset_id WHERE resources.id = \(bind: id)")
        }
        guard let row, let dataset = try? Self.decode(row), Self.mayRead(dataset, principal),
              let resource = dataset.resources.first(where: { $0.id == id }) else {
            throw ManbaError.notFound("Resource not found")
        }
        return (resource, dataset)
    }

    /// Names of the active datasets the principal may see, as CKAN's package_list gives them.
    public func datasetNames(for principal: Principal, limit: Int? = nil, offset: Int = 0) async throws -> [String] {
        try await index.visibleNames(for: principal, limit: limit, offset: offset)
    }

    public func search(_ query: SearchQuery, for principal: Principal) async throws -> SearchResult {
        // The index knows organisations and groups by id; people and clients name them.
        let named = query.filters.filter { $0.field == .organization || $0.field == .groups }.map(\.value)
        let known = try await organisations.find(idsOrNames: named)
        var indexQuery = query
        indexQuery.filters = query.filters.map { filter in
            guard filter.field == .organization || filter.field == .groups,
                  let org = known.first(where: { $0.name == filter.value || $0.id == filter.value }) else { return filter }
            return SearchQuery.Filter(field: filter.field, value: org.id, negated: filter.negated)
        }
        let hits = try await index.search(indexQuery, for: principal)
        let facets = try await namingOrganisations(in: hits.facets)
        var byID: [String: Dataset] = [:]
        var missing: [String] = []
        for hit in hits.documents {
            if let cached = documents.dataset(hit.id, revision: hit.revision) { byID[hit.id] = cached } else { missing.append(hit.id) }
        }
        if !missing.isEmpty {
            let wanted = missing
            let rows = try await database.read { db in
                try await db.rows("SELECT revision, doc FROM datasets WHERE id IN \(SQLBind.group(wanted))")
            }
            for row in rows {
                guard let dataset = try? Self.decode(row) else { continue }
                byID[dataset.id] = dataset
                // A report reading the whole catalogue a thousand at a time would only push out what
                // readers are looking at, and keep 8,000 large documents in memory for nothing.
                if hits.documents.count <= Self.cachedPageLimit {
                    documents.store(dataset, revision: try row.decode(column: "revision", as: Int64.self))
                }
            }
        }
        // Re-check each document: one changed since the index last caught up is dropped, not leaked.
        let datasets = hits.documents.compactMap { byID[$0.id] }.filter { Self.mayRead($0, principal) }
        return SearchResult(count: hits.count, datasets: datasets, facets: facets)
    }

    /// Pages up to this size (the API's and the pages' usual ones) are kept in the document cache.
    static let cachedPageLimit = 100

    private func namingOrganisations(in facets: [SearchQuery.Field: [(value: String, count: Int)]]) async throws -> [SearchQuery.Field: [(value: String, count: Int)]] {
        let ids = (facets[.organization] ?? []).map(\.value) + (facets[.groups] ?? []).map(\.value)
        guard !ids.isEmpty else { return facets }
        let names = Dictionary(try await organisations.find(idsOrNames: ids).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var renamed = facets
        for field in [SearchQuery.Field.organization, .groups] {
            renamed[field] = facets[field]?.map { (names[$0.value] ?? $0.value, $0.count) }
        }
        return renamed
    }

    public func history(of idOrName: String, for principal: Principal) async throws -> [RecordVersion] {
        let current = try await dataset(idOrName, for: principal)
        return try await database.read { db in try await VersionStore.history(kind: "dataset", id: current.id, in: db) }
    }

    public func version(_ number: Int, of idOrName: String, for principal: Principal) async throws -> Dataset {
        let current = try await dataset(idOrName, for: principal)
        let version = try await database.read { db in try await VersionStore.version(kind: "dataset", id: current.id, number: number, in: db) }
        // An older version is shown only if the principal could have seen it then too: a version from a
        // time when the dataset was private or classified stays hidden.
        guard let version, let old = try? JSONDecoder().decode(Dataset.self, from: Data(version.document.utf8)),
              Self.mayRead(old, principal, ignoringState: true) else {
            throw ManbaError.notFound("Version \(number) of this dataset not found")
        }
        return old
    }

    public func organisationsAndGroups() async throws -> (organisations: [Organisation], groups: [Organisation]) {
        (try await organisations.all(kind: .organization), try await organisations.all(kind: .group))
    }

    /// Dataset counts per organisation and group, as the principal may see them.
    public func datasetCounts(for principal: Principal) async throws -> [String: Int] {
        try await index.countsByOwnerAndGroup(for: principal)
    }

    // MARK: Writing

    public func create(_ draft: DatasetDraft, by principal: Principal) async throws -> Dataset {
        guard principal.isAuthenticated else { throw ManbaError.forbidden("You must be logged in to create a dataset") }
        if draft.hasUploads, let owner = draft.ownerOrg, let org = try await organisations.find(owner), !principal.has(.editor, in: org.id) {
            throw ManbaError.forbidden("User \(principal.userName ?? "anonymous") not authorized to add datasets to organization \(org.name)")
        }
        let stored = try storeUploads(draft)
        let now = Timestamp.string(clock.now())
        if draft.requestedID != nil, !principal.isSysadmin {
            throw ManbaError.validation(["id": ["Only system administrators may choose a dataset's id"]])
        }
        // Everything but the inserts runs before the write transaction, on a reader: writers are
        // serialised, so the less a create does while holding the write lock, the more run per second.
        // A name or id taken in between is caught by the insert itself.
        let dataset = try await database.read { db in
            var id = Identifier.make()
            if let requested = draft.requestedID {
                guard Identifier.isWellFormed(requested) else { throw ManbaError.validation(["id": ["Must be a UUID"]]) }
                id = requested.lowercased()
            }
            var dataset = Dataset(id: id, name: "", title: draft.title, ownerOrg: "", created: now)
            dataset.creatorUserID = principal.userID
            try await self.apply(draft, to: &dataset, uploads: stored, existing: nil, principal: principal, now: now, in: db)
            return dataset
        }
        let document = try Self.encode(dataset)
        try await database.write { db in
            try await DatasetRows.insertNew(dataset, document: document, actor: principal.userName ?? "system", in: db)
        }
        return dataset
    }

    /// Replaces the dataset's fields with the draft's (resources only when the draft names them).
    /// A draft made by `draft(of:)` remembers the revision it was read at; if the dataset has changed
    /// since, the update is refused with a conflict rather than silently undoing the other change.
    public func update(_ idOrName: String, with draft: DatasetDraft, by principal: Principal) async throws -> Dataset {
        // Permission first, so nobody can fill the file store through datasets they may not edit.
        if draft.hasUploads { _ = try await database.read { db in try await self.editable(idOrName, principal, in: db) } }
        let stored = try storeUploads(draft)
        let now = Timestamp.string(clock.now())
        return try await database.write { db in
            let (current, revision) = try await self.editableWithRevision(idOrName, principal, in: db)
            if let basedOn = draft.basedOnRevision, basedOn != revision {
                throw ManbaError.conflict("The dataset was changed by someone else while you edited it; reload it and try again")
            }
            var dataset = current
            let before = dataset
            try await self.apply(draft, to: &dataset, uploads: stored, existing: before, principal: principal, now: now, in: db)
            dataset.modified = now
            try await self.save(dataset, actor: principal, in: db)
            try await DataUpdateLog.insert(DataUpdateLog.updates(in: dataset, comparedWith: before), in: db)
            return dataset
        }
    }

    /// The draft for a dataset as it stands, with group names, so a caller can change a few fields (patch).
    public func draft(of idOrName: String, for principal: Principal) async throws -> DatasetDraft {
        let (dataset, revision) = try await database.read { db in try await self.visible(idOrName, principal, in: db) }
        let groups = try await organisations.find(idsOrNames: dataset.groups)
        let names = dataset.groups.compactMap { id in groups.first { $0.id == id }?.name }
        var draft = DatasetDraft(dataset, groupNames: names)
        draft.basedOnRevision = revision
        return draft
    }

    public func delete(_ idOrName: String, by principal: Principal) async throws {
        let now = Timestamp.string(clock.now())
        try await database.write { db in
            var dataset = try await self.editable(idOrName, principal, in: db)
            dataset.state = "deleted"
            dataset.modified = now
            try await self.save(dataset, actor: principal, in: db)
        }
    }

    /// Adds a resource (a link or an upload) to a dataset; returns it as stored.
    public func addResource(to datasetIDOrName: String, _ draft: ResourceDraft, by principal: Principal) async throws -> Resource {
        let dataset = try await changeResources(of: datasetIDOrName, by: principal) { $0.append(draft) }
        return dataset.resources[dataset.resources.count - 1]
    }

    /// Replaces a resource's fields (or its file, with a new upload); the old file stays in the history.
    public func updateResource(_ id: String, _ draft: ResourceDraft, by principal: Principal) async throws -> Resource {
        let (_, dataset) = try await resource(id, for: principal)
        var replacement = draft
        replacement.id = id
        let updated = try await changeResources(of: dataset.id, by: principal) { resources in
            resources = resources.map { $0.id == id ? replacement : $0 }
        }
        guard let resource = updated.resources.first(where: { $0.id == id }) else { throw ManbaError.notFound("Resource not found") }
        return resource
    }

    /// The current draft of one resource, for patching a few of its fields.
    public func resourceDraft(_ id: String, for principal: Principal) async throws -> ResourceDraft {
        let (resource, _) = try await self.resource(id, for: principal)
        return ResourceDraft(resource)
    }

    public func deleteResource(_ id: String, by principal: Principal) async throws {
        let (_, dataset) = try await resource(id, for: principal)
        _ = try await changeResources(of: dataset.id, by: principal) { $0.removeAll { $0.id == id } }
    }

    /// Reads the dataset, changes its resource list and writes it back (see `patch`).
    private func changeResources(of idOrName: String, by principal: Principal,
                                 _ change: (inout [ResourceDraft]) throws -> Void) async throws -> Dataset {
        try await patch(idOrName, by: principal) { draft in
            var resources = draft.resources ?? []
            try change(&resources)
            draft.resources = resources
        }
    }

    /// Changes some fields of a dataset: reads it, lets `change` edit the draft, writes it back. When
    /// another write came in between, starts again from the new state (three tries), so concurrent
    /// changes to different fields or resources are not lost.
    public func patch(_ idOrName: String, by principal: Principal, _ change: (inout DatasetDraft) throws -> Void) async throws -> Dataset {
        var attempt = 0
        while true {
            attempt += 1
            var draft = try await self.draft(of: idOrName, for: principal)
            try change(&draft)
            do { return try await update(idOrName, with: draft, by: principal) } catch ManbaError.conflict(_) where attempt < 3 { continue }
        }
    }

    /// The bytes of an uploaded resource (optionally as it was in an older version of the dataset).
    public func download(resourceID: String, version: Int? = nil, for principal: Principal) async throws -> (Resource, Data) {
        var (resource, dataset) = try await self.resource(resourceID, for: principal)
        if let version {
            let old = try await self.version(version, of: dataset.id, for: principal)
            guard let oldResource = old.resources.first(where: { $0.id == resourceID }) else {
                throw ManbaError.notFound("The resource did not exist in version \(version)")
            }
            resource = oldResource
        }
        guard resource.isUpload, let hash = resource.hash, let data = try files.read(sha256: String(hash.dropFirst("sha256:".count))) else {
            throw ManbaError.notFound("This resource is a link, not an uploaded file")
        }
        let datasetID = dataset.id
        try await database.write { db in
            try await db.run("""
                INSERT INTO dataset_stats (dataset_id, downloads) VALUES (\(bind: datasetID), 1)
                ON CONFLICT (dataset_id) DO UPDATE SET downloads = dataset_stats.downloads + 1
                """)
        }
        index.countDownload(datasetID: datasetID)
        return (resource, data)
    }

    // MARK: Private

    /// The dataset and its revision, if the principal may see it; "not found" otherwise.
    private func visible(_ idOrName: String, _ principal: Principal, in db: any SQLDatabase) async throws -> (dataset: Dataset, revision: Int64) {
        guard let row = try await db.first("SELECT revision, doc FROM datasets WHERE id = \(bind: idOrName) OR name = \(bind: idOrName)"),
              let dataset = try? Self.decode(row), Self.mayRead(dataset, principal) else {
            throw ManbaError.notFound("Dataset not found")
        }
        return (dataset, try row.decode(column: "revision", as: Int64.self))
    }

    private func editableWithRevision(_ idOrName: String, _ principal: Principal, in db: any SQLDatabase) async throws -> (Dataset, Int64) {
        let (dataset, revision) = try await visible(idOrName, principal, in: db)
        guard principal.has(.editor, in: dataset.ownerOrg) else {
            throw ManbaError.forbidden("User \(principal.userName ?? "anonymous") not authorized to edit dataset \(dataset.name)")
        }
        return (dataset, revision)
    }

    private func editable(_ idOrName: String, _ principal: Principal, in db: any SQLDatabase) async throws -> Dataset {
        try await editableWithRevision(idOrName, principal, in: db).0
    }

    /// Uploads are written to the file store before the transaction starts: content-addressed files that
    /// no record points to are harmless, while file I/O inside a write transaction would hold up every writer.
    private func storeUploads(_ draft: DatasetDraft) throws -> [Int: FileStore.Stored] {
        var stored: [Int: FileStore.Stored] = [:]
        for (position, resource) in (draft.resources ?? []).enumerated() {
            guard let upload = resource.upload else { continue }
            if upload.data.count > uploadLimit { throw ManbaError.payloadTooLarge(limit: uploadLimit) }
            let ext = (upload.fileName as NSString).pathExtension.lowercased()
            if DatasetRules.uploadFormats[ext] == nil {
                throw ManbaError.validation(["upload": ["Files of type \".\(ext)\" are not accepted; upload data formats such as CSV, JSON, XML, XLSX, PDF or ZIP"]])
            }
            stored[position] = try files.store(upload.data)
        }
        return stored
    }

    private func apply(_ draft: DatasetDraft, to dataset: inout Dataset, uploads: [Int: FileStore.Stored],
                       existing: Dataset?, principal: Principal, now: String, in db: any SQLDatabase) async throws {
        var problems: [String: [String]] = [:]
        func problem(_ field: String, _ message: String) { problems[field, default: []].append(message) }

        // Name
        let requestedName = draft.name?.trimmingCharacters(in: .whitespaces)
        var name = requestedName ?? existing?.name ?? ""
        if name.isEmpty, existing == nil, draft.name == nil {
            name = try await uniqueSlug(DatasetRules.slug(from: draft.title), in: db)
        }
        if name.isEmpty { problem("name", "Missing value") }
        else if !DatasetRules.isValidName(name) {
            problem("name", "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_ (2-100 characters)")
        } else if let row = try await db.first("SELECT id FROM datasets WHERE name = \(bind: name)"),
                  try row.decode(column: "id", as: String.self) != dataset.id {
            problem("name", "That URL is already in use.")
        }
        dataset.name = name

        // Texts
        if draft.title.isEmpty { problem("title", "Missing value") }
        if draft.title.values.values.contains(where: { $0.count > DatasetRules.maxTitleLength }) {
            problem("title", "Must be at most \(DatasetRules.maxTitleLength) characters")
        }
        if draft.notes.values.values.contains(where: { $0.count > DatasetRules.maxNotesLength }) {
            problem("notes", "Must be at most \(DatasetRules.maxNotesLength) characters")
        }
        dataset.title = draft.title
        dataset.notes = draft.notes

        // Owner
        if let owner = draft.ownerOrg, !owner.isEmpty {
            if let org = try await organisations.find(owner), org.kind == .organization {
                if !principal.has(.editor, in: org.id) {
                    throw ManbaError.forbidden("User \(principal.userName ?? "anonymous") not authorized to add datasets to organization \(org.name)")
                }
                dataset.ownerOrg = org.id
            } else { problem("owner_org", "Organization does not exist") }
        } else { problem("owner_org", "Missing value") }

        dataset.isPrivate = draft.isPrivate
        if draft.classification > principal.clearance {
            throw ManbaError.forbidden("You may not file a record above your own clearance")
        }
        dataset.classification = draft.classification
        dataset.tags = DatasetRules.cleanTags(draft.tags, problems: &problems)

        if let licence = draft.licenseID, !licence.isEmpty {
            if Licence.find(licence) == nil { problem("license_id", "Unknown licence \"\(licence)\"") }
            dataset.licenseID = licence
        } else { dataset.licenseID = nil }

        if let frequency = draft.frequency, !frequency.isEmpty {
            if let f = Frequency(code: frequency) { dataset.frequency = f }
            else { problem("frequency", "Must be one of: \(Frequency.allCases.map(\.rawValue).joined(separator: ", "))") }
        } else { dataset.frequency = nil }

        for (field, value) in [("temporal_start", draft.temporalStart), ("temporal_end", draft.temporalEnd)] {
            if let value, !value.isEmpty, !DatasetRules.isValidDate(value) { problem(field, "Date format incorrect; use YYYY-MM-DD") }
        }
        if let start = draft.temporalStart.flatMap(Timestamp.parse), let end = draft.temporalEnd.flatMap(Timestamp.parse), end < start {
            problem("temporal_end", "The end of the period is before its start")
        }
        dataset.temporalStart = draft.temporalStart.nilIfEmpty
        dataset.temporalEnd = draft.temporalEnd.nilIfEmpty
        dataset.spatial = draft.spatial.nilIfEmpty
        for (field, value) in [("author_email", draft.authorEmail), ("maintainer_email", draft.maintainerEmail)] {
            if let value, !value.isEmpty, !DatasetRules.isValidEmail(value) { problem(field, "Email \(value) is not a valid format") }
        }
        if let url = draft.sourceURL, !url.isEmpty, !DatasetRules.isValidURL(url) { problem("url", "Please provide a valid URL") }
        dataset.author = draft.author.nilIfEmpty; dataset.authorEmail = draft.authorEmail.nilIfEmpty
        dataset.maintainer = draft.maintainer.nilIfEmpty; dataset.maintainerEmail = draft.maintainerEmail.nilIfEmpty
        dataset.sourceURL = draft.sourceURL.nilIfEmpty; dataset.version = draft.version.nilIfEmpty
        dataset.sociallySignificant = draft.sociallySignificant
        dataset.legalReference = draft.legalReference.nilIfEmpty
        if draft.sociallySignificant && dataset.legalReference == nil {
            problem("legal_reference", "Socially significant data needs its legal reference (e.g. PF-6247, annex 1, item N)")
        }

        // Extras
        var keys = Set<String>()
        for extra in draft.extras {
            if extra.key.isEmpty { problem("extras", "An extra has an empty key") }
            else if !keys.insert(extra.key).inserted { problem("extras", "Duplicate key \"\(extra.key)\"") }
            else if Self.reservedExtraKeys.contains(extra.key) { problem("extras", "There is a schema field with the same name \"\(extra.key)\"") }
        }
        if draft.extras.count > DatasetRules.maxExtras { problem("extras", "At most \(DatasetRules.maxExtras) extras") }
        dataset.extras = draft.extras

        // Groups
        var groupIDs: [String] = []
        for group in draft.groups {
            if let g = try await organisations.find(group), g.kind == .group { if !groupIDs.contains(g.id) { groupIDs.append(g.id) } }
            else { problem("groups", "Group \"\(group)\" does not exist") }
        }
        dataset.groups = groupIDs

        // Resources
        if let drafts = draft.resources {
            if drafts.count > DatasetRules.maxResources { problem("resources", "At most \(DatasetRules.maxResources) resources") }
            var resources: [Resource] = []
            var seenIDs = Set<String>()
            for (position, rd) in drafts.enumerated() {
                if let id = rd.id, !seenIDs.insert(id).inserted { problem("resources", "Resource id \(id) appears twice"); continue }
                let old = rd.id.flatMap { id in existing?.resources.first { $0.id == id } }
                var resourceID = old?.id ?? Identifier.make()
                // A new resource may bring its own id (a CKAN dump being loaded), if no other resource has it.
                if old == nil, let requested = rd.id, Identifier.isWellFormed(requested) {
                    if try await db.first("SELECT id FROM resources WHERE id = \(bind: requested) AND dataset_id <> \(bind: dataset.id)") != nil {
                        problem("resources", "Resource id \(requested) is already used by another dataset"); continue
                    }
                    resourceID = requested
                }
                var resource = old ?? Resource(id: resourceID, url: "", created: now)
                resource.name = rd.name
                resource.description = rd.description
                resource.language = rd.language.nilIfEmpty
                resource.mimetype = rd.mimetype.nilIfEmpty
                if let upload = rd.upload, let stored = uploads[position] {
                    let changedFile = resource.hash != "sha256:\(stored.sha256)"
                    resource.urlType = "upload"
                    resource.fileName = Self.safeFileName(upload.fileName)
                    resource.hash = "sha256:\(stored.sha256)"
                    resource.size = stored.size
                    resource.url = "/dataset/\(dataset.id)/resource/\(resource.id)/download/\(resource.fileName!)"
                    let ext = (upload.fileName as NSString).pathExtension.lowercased()
                    resource.format = rd.format.nilIfEmpty ?? DatasetRules.uploadFormats[ext] ?? ext.uppercased()
                    resource.mimetype = resource.mimetype ?? upload.contentType
                    if changedFile || old == nil { resource.lastModified = now }
                    if resource.name.isEmpty { resource.name = LocalizedText(.uzLatn, upload.fileName) }
                } else if let url = rd.url.nilIfEmpty {
                    if !DatasetRules.isValidURL(url) { problem("resources", "Resource URL \"\(url.prefix(80))\" is not a valid http(s) URL") }
                    if resource.url != url || old == nil { resource.lastModified = now }
                    resource.url = url
                    resource.urlType = nil; resource.hash = nil; resource.size = nil; resource.fileName = nil
                    resource.format = rd.format.nilIfEmpty ?? Self.guessFormat(url)
                } else if old?.isUpload == true, rd.url == nil {
                    // An uploaded file stays as it is when the caller does not replace it.
                    resource.format = rd.format.nilIfEmpty ?? resource.format
                } else {
                    problem("resources", "Each resource needs a url or an uploaded file"); continue
                }
                resources.append(resource)
            }
            dataset.resources = resources
        }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
    }

    static let reservedExtraKeys: Set<String> = [
        "id", "name", "title", "notes", "owner_org", "private", "state", "tags", "license_id", "resources", "groups",
        "extras", "frequency", "metadata_created", "metadata_modified", "title_translated", "notes_translated",
    ]

    private func uniqueSlug(_ base: String, in db: any SQLDatabase) async throws -> String {
        var candidate = base
        var n = 2
        while try await db.first("SELECT id FROM datasets WHERE name = \(bind: candidate)") != nil {
            candidate = "\(base.prefix(90))-\(n)"; n += 1
        }
        return candidate
    }

    private func save(_ dataset: Dataset, actor: Principal, in db: any SQLDatabase) async throws {
        let doc = try Self.encode(dataset)
        try await db.run("""
            UPDATE datasets SET name = \(bind: dataset.name), owner_org = \(bind: dataset.ownerOrg), private = \(bind: dataset.isPrivate ? 1 : 0),
                classification = \(bind: dataset.classification.rawValue), state = \(bind: dataset.state), revision = (\(unsafeRaw: Self.nextRevisionSQL)),
                modified = \(bind: dataset.modified), doc = \(bind: String(decoding: doc, as: UTF8.self))
            WHERE id = \(bind: dataset.id)
            """)
        let known = Set(try await db.rows("SELECT id FROM resources WHERE dataset_id = \(bind: dataset.id)").map { try $0.decode(column: "id", as: String.self) })
        try await DatasetRows.registerResources(dataset.resources.map(\.id).filter { !known.contains($0) }, of: dataset.id, in: db)
        _ = try await VersionStore.record(kind: "dataset", id: dataset.id, actor: actor.userName ?? "system", at: dataset.modified, document: doc, in: db)
    }

    /// The next catalogue revision, as a subquery of the statement that writes the row. Writers are
    /// serialised by the backend, so the maximum read inside the transaction is race-free.
    static let nextRevisionSQL = "SELECT COALESCE(MAX(revision), 0) + 1 FROM datasets"

    /// A new encoder per document: creates now encode outside the write lock, on many tasks at once,
    /// and one shared JSONEncoder is not safe to use from several threads on Linux.
    static func encode(_ dataset: Dataset) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(dataset)
    }

    static func decode(_ row: any SQLRow) throws -> Dataset {
        try JSONDecoder().decode(Dataset.self, from: Data(try row.decode(column: "doc", as: String.self).utf8))
    }

    /// The one visibility rule of the catalogue, applied to single records; `SearchIndex` applies the same rule to lists.
    static func mayRead(_ dataset: Dataset, _ principal: Principal, ignoringState: Bool = false) -> Bool {
        Visibility.mayRead(state: ignoringState ? "active" : dataset.state, isPrivate: dataset.isPrivate, classification: dataset.classification,
                           ownerOrg: dataset.ownerOrg, principal: principal)
    }

    static func safeFileName(_ name: String) -> String {
        let base = (name as NSString).lastPathComponent
        let cleaned = String(base.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(Character(s)) || ".-_".unicodeScalars.contains(s))) ? Character(s) : "_"
        })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "file\(cleaned)" : String(cleaned.prefix(120))
    }

    static func guessFormat(_ url: String) -> String {
        let path = URL(string: url)?.path ?? url
        let ext = (path as NSString).pathExtension.lowercased()
        return DatasetRules.uploadFormats[ext] ?? (ext.isEmpty ? "" : ext.uppercased())
    }
}

extension Optional where Wrapped == String {
    var nilIfEmpty: String? {
        guard let self else { return nil }
        let trimmed = self.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension CatalogueService {
    /// Loads the search index now rather than on the first search.
    public func warmUp() async throws { try await index.catchUp() }
}
