import Foundation
import ManbaCore
import ManbaStore
import OpenData
import SQLKit

/// The approved lists of datasets to publish and their items. Lists are prepared as drafts by the
/// monitoring staff, approved once with the approving document, and then never changed: a change of
/// the obligations is the next version of the list. Only linking an item to the dataset that fulfils
/// it stays possible on an approved list, since that records the publisher's work, not the obligation.
public final class ObligationStore: Sendable {
    let database: any DatabaseBackend
    let organisations: OrganisationStore
    let access: GovernanceAccess
    let clock: any ManbaClock
    let catalogue: CatalogueService

    public init(database: any DatabaseBackend, organisations: OrganisationStore, catalogue: CatalogueService, access: GovernanceAccess,
                clock: any ManbaClock) {
        self.database = database; self.organisations = organisations; self.catalogue = catalogue; self.access = access; self.clock = clock
    }

    // MARK: Reading

    public func lists() async throws -> [ObligationList] {
        try await database.read { db in
            try await db.rows("""
                SELECT l.*, (SELECT COUNT(*) FROM obligations o WHERE o.list_id = l.id) AS item_count
                FROM obligation_lists l ORDER BY l.version DESC
                """).map(Self.list(from:))
        }
    }

    public func list(_ id: String) async throws -> ObligationList {
        try await database.read { db in try await Self.list(id, in: db) }
    }

    /// The lists a principal may see: a draft is the monitoring staff's working paper until it is
    /// approved, so others see approved lists only.
    public func lists(for principal: Principal) async throws -> [ObligationList] {
        let all = try await lists()
        return try await access.isMonitoringStaff(principal) ? all : all.filter { $0.state == .approved }
    }

    /// One list, if the principal may see it (a draft is "not found" to anyone but the staff).
    public func list(_ id: String, for principal: Principal) async throws -> ObligationList {
        let list = try await list(id)
        let isStaff = try await access.isMonitoringStaff(principal)
        guard list.state == .approved || isStaff else {
            throw ManbaError.notFound("Obligation list not found")
        }
        return list
    }

    /// The list in force on a day: the latest approved on or before it.
    public func listInForce(on day: Date) async throws -> ObligationList? {
        let dayText = CalendarDay.string(day)
        return try await database.read { db in
            try await db.first("""
                SELECT l.*, (SELECT COUNT(*) FROM obligations o WHERE o.list_id = l.id) AS item_count FROM obligation_lists l
                WHERE l.state = 'approved' AND l.approved_on <= \(bind: dayText) ORDER BY l.approved_on DESC, l.version DESC LIMIT 1
                """).map(Self.list(from:))
        }
    }

    public func items(of listID: String, organisationID: String? = nil) async throws -> [Obligation] {
        try await database.read { db in
            let rows: [any SQLRow]
            if let organisationID {
                rows = try await db.rows("""
                    SELECT * FROM obligations WHERE list_id = \(bind: listID) AND organization_id = \(bind: organisationID) ORDER BY number, id
                    """)
            } else {
                rows = try await db.rows("SELECT * FROM obligations WHERE list_id = \(bind: listID) ORDER BY number, id")
            }
            return try rows.map(Self.obligation(from:))
        }
    }

    public func obligation(_ id: String) async throws -> Obligation {
        guard let row = try await database.read({ db in try await db.first("SELECT * FROM obligations WHERE id = \(bind: id)") }) else {
            throw ManbaError.notFound("Obligation not found")
        }
        return try Self.obligation(from: row)
    }

    /// The list's items as list files write them (organisation and dataset by name).
    public func drafts(of listID: String) async throws -> [ObligationDraft] {
        let items = try await items(of: listID)
        let names = try await database.read { db in
            var orgs: [String: String] = [:], datasets: [String: String] = [:]
            for row in try await db.rows("SELECT id, name FROM organizations") {
                orgs[try row.decode(column: "id", as: String.self)] = try row.decode(column: "name", as: String.self)
            }
            for row in try await db.rows("""
                SELECT d.id, d.name FROM datasets d JOIN obligations o ON o.dataset_id = d.id
                WHERE o.list_id = \(bind: listID) AND d.state = 'active' AND d.private = 0 AND d.classification = 0
                """) {
                datasets[try row.decode(column: "id", as: String.self)] = try row.decode(column: "name", as: String.self)
            }
            return (orgs, datasets)
        }
        // Lists are public: a dataset that is not public is not named (nor its id shown).
        return items.map { ObligationDraft($0, organisationName: names.0[$0.organisationID] ?? $0.organisationID,
                                           datasetName: $0.datasetID.flatMap { names.1[$0] }) }
    }

    // MARK: Preparing a list

    /// Starts the next version of the list as a draft, with the items of `copyingFrom` (the list in
    /// force, usually) so a revision only has to say what changes.
    public func createDraft(reference: String, copyingFrom sourceID: String? = nil, by principal: Principal) async throws -> ObligationList {
        try await access.requireMonitoringStaff(principal)
        let now = Timestamp.string(clock.now())
        let id = Identifier.make()
        let actor = principal.userName ?? "system"
        return try await database.write { db in
            if let sourceID { _ = try await Self.list(sourceID, in: db) }
            let next = try await db.first("SELECT COALESCE(MAX(version), 0) + 1 AS next FROM obligation_lists")!
                .decode(column: "next", as: Int.self)
            try await db.run("""
                INSERT INTO obligation_lists (id, version, state, approved_on, reference, revision_reason, created, created_by)
                VALUES (\(bind: id), \(bind: next), 'draft', NULL, \(bind: reference), NULL, \(bind: now), \(bind: actor))
                """)
            if let sourceID {
                let items = try await db.rows("SELECT * FROM obligations WHERE list_id = \(bind: sourceID)").map(Self.obligation(from:))
                try await Self.insert(items.map { item in
                    var copy = Obligation(id: Identifier.make(), listID: id, number: item.number, organisationID: item.organisationID,
                                          datasetID: item.datasetID, title: item.title, periodicity: item.periodicity,
                                          deadlineDays: item.deadlineDays, sociallySignificant: item.sociallySignificant,
                                          legalReference: item.legalReference, startsOn: item.startsOn)
                    copy.listID = id
                    return copy
                }, in: db)
            }
            return try await Self.list(id, in: db)
        }
    }

    /// Replaces every item of a draft (an imported list file). All rows are checked first; if any is
    /// wrong, nothing is stored and the error names every bad row.
    public func replaceItems(in listID: String, with drafts: [ObligationDraft], by principal: Principal) async throws -> [Obligation] {
        try await access.requireMonitoringStaff(principal)
        let items = try await validate(drafts, listID: listID)
        return try await database.write { db in
            try await Self.requireDraft(listID, in: db)
            try await db.run("DELETE FROM obligations WHERE list_id = \(bind: listID)")
            try await Self.insert(items, in: db)
            return items
        }
    }

    public func addItem(to listID: String, _ draft: ObligationDraft, by principal: Principal) async throws -> Obligation {
        try await access.requireMonitoringStaff(principal)
        var draft = draft
        if draft.number.trimmingCharacters(in: .whitespaces).isEmpty {
            let count = try await items(of: listID).map(\.number).max() ?? 0
            draft.number = String(count + 1)
        }
        let item = try await validate([draft], listID: listID, singleItem: true)[0]
        try await database.write { db in
            try await Self.requireDraft(listID, in: db)
            try await Self.insert([item], in: db)
        }
        return item
    }

    public func updateItem(_ id: String, _ draft: ObligationDraft, by principal: Principal) async throws -> Obligation {
        try await access.requireMonitoringStaff(principal)
        let current = try await obligation(id)
        var item = try await validate([draft], listID: current.listID, singleItem: true)[0]
        item = Obligation(id: id, listID: item.listID, number: item.number, organisationID: item.organisationID, datasetID: item.datasetID,
                          title: item.title, periodicity: item.periodicity, deadlineDays: item.deadlineDays,
                          sociallySignificant: item.sociallySignificant, legalReference: item.legalReference, startsOn: item.startsOn)
        let updated = item
        try await database.write { db in
            try await Self.requireDraft(current.listID, in: db)
            try await db.run("DELETE FROM obligations WHERE id = \(bind: id)")
            try await Self.insert([updated], in: db)
        }
        return updated
    }

    public func removeItem(_ id: String, by principal: Principal) async throws {
        try await access.requireMonitoringStaff(principal)
        let current = try await obligation(id)
        try await database.write { db in
            try await Self.requireDraft(current.listID, in: db)
            try await db.run("DELETE FROM obligations WHERE id = \(bind: id)")
        }
    }

    /// Records the dataset that fulfils an obligation. The organisation's editors may do it on any
    /// list, approved or not: it records their publication, not a change of what they must publish.
    public func linkDataset(_ obligationID: String, to datasetIDOrName: String?, by principal: Principal) async throws -> Obligation {
        var item = try await obligation(obligationID)
        guard try await access.mayActFor(item.organisationID, principal) else {
            throw ManbaError.forbidden("Only the organisation's editors or the monitoring staff may link its obligations")
        }
        var datasetID: String?
        if let name = datasetIDOrName?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            // Through the catalogue, so a dataset the principal may not see is "not found", as everywhere.
            let dataset = try await catalogue.dataset(name, for: principal)
            guard dataset.ownerOrg == item.organisationID else {
                throw ManbaError.validation(["dataset": ["The dataset belongs to another organisation"]])
            }
            datasetID = dataset.id
        }
        let linked = datasetID
        try await database.write { db in
            try await db.run("UPDATE obligations SET dataset_id = \(bind: linked) WHERE id = \(bind: obligationID)")
        }
        item.datasetID = linked
        return item
    }

    // MARK: Approving

    /// Approves a draft. A list is revised at most once a year and submitted by 1 December: approving
    /// less than a year after the list in force, or in December after the 1st, needs a recorded reason.
    public func approve(_ listID: String, on dayText: String, reference: String, reason: String?, by principal: Principal) async throws -> ObligationList {
        try await access.requireMonitoringStaff(principal)
        guard let day = CalendarDay.parse(dayText) else {
            throw ManbaError.validation(["approved_on": ["Give the approval date as yyyy-mm-dd"]])
        }
        let reference = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reference.isEmpty else {
            throw ManbaError.validation(["reference": ["Name the approving document, e.g. \"protocol No. 2, annex 7\""]])
        }
        let reason = reason?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        let approvedOn = CalendarDay.string(day)
        return try await database.write { db in
            try await Self.requireDraft(listID, in: db)
            let count = try await db.first("SELECT COUNT(*) AS n FROM obligations WHERE list_id = \(bind: listID)")!.decode(column: "n", as: Int.self)
            guard count > 0 else { throw ManbaError.validation(["items": ["An empty list cannot be approved"]]) }
            if let previous = try await db.first("""
                SELECT approved_on FROM obligation_lists WHERE state = 'approved' ORDER BY approved_on DESC LIMIT 1
                """), let previousDay = CalendarDay.parse(try previous.decode(column: "approved_on", as: String.self)) {
                guard day > previousDay else {
                    throw ManbaError.validation(["approved_on": ["Must be after the approval of the list in force (\(CalendarDay.string(previousDay)))"]])
                }
                if let why = Self.reasonNeeded(approving: day, after: previousDay), reason == nil {
                    throw ManbaError.validation(["revision_reason": [why]])
                }
            }
            try await db.run("""
                UPDATE obligation_lists SET state = 'approved', approved_on = \(bind: approvedOn), reference = \(bind: reference),
                    revision_reason = \(bind: reason) WHERE id = \(bind: listID)
                """)
            try await db.run("UPDATE obligations SET starts_on = \(bind: approvedOn) WHERE list_id = \(bind: listID) AND starts_on = ''")
            return try await Self.list(listID, in: db)
        }
    }

    /// Why approving on `day` needs a reason, or nil when it is a regular annual revision.
    static func reasonNeeded(approving day: Date, after previous: Date) -> String? {
        let calendar = Calendar.utc
        if let anniversary = calendar.date(byAdding: .year, value: 1, to: previous), day < anniversary {
            return "The list was last approved on \(CalendarDay.string(previous)); a revision within a year needs a recorded reason"
        }
        let c = calendar.dateComponents([.month, .day], from: day)
        if c.month == 12, c.day! > 1 {
            return "Revisions are submitted by 1 December; a later one needs a recorded reason"
        }
        return nil
    }

    // MARK: Checking items

    /// Checks every draft and returns the items, or throws one validation error naming each bad row
    /// ("row 3") with all its problems.
    func validate(_ drafts: [ObligationDraft], listID: String, singleItem: Bool = false) async throws -> [Obligation] {
        let (orgs, datasets) = try await database.read { db in
            var orgs: [String: String] = [:]
            for row in try await db.rows("SELECT id, name FROM organizations WHERE kind = 'organization' AND state = 'active'") {
                let id = try row.decode(column: "id", as: String.self)
                orgs[id] = id
                orgs[try row.decode(column: "name", as: String.self)] = id
            }
            var datasets: [String: (id: String, owner: String)] = [:]
            for row in try await db.rows("SELECT id, name, owner_org FROM datasets WHERE state = 'active'") {
                let entry = (try row.decode(column: "id", as: String.self), try row.decode(column: "owner_org", as: String.self))
                datasets[entry.0] = entry
                datasets[try row.decode(column: "name", as: String.self)] = entry
            }
            return (orgs, datasets)
        }
        var problems: [String: [String]] = [:]
        var items: [Obligation] = []
        var numbers: [Int: Int] = [:]
        for (index, draft) in drafts.enumerated() {
            // Row 1 of a file is its header, so the first item is row 2, as a spreadsheet shows it.
            let key = singleItem ? "item" : "row \(index + 2)"
            var rowProblems: [String] = []
            let number = Int(draft.number.trimmingCharacters(in: .whitespaces))
            if number == nil || number! <= 0 { rowProblems.append("number: a positive whole number is needed") }
            let organisationID = orgs[draft.organisation.trimmingCharacters(in: .whitespaces)]
            if organisationID == nil { rowProblems.append("organization: no organisation \"\(draft.organisation)\"") }
            var datasetID: String?
            let datasetName = draft.dataset.trimmingCharacters(in: .whitespaces)
            if !datasetName.isEmpty {
                if let found = datasets[datasetName] {
                    datasetID = found.id
                    if let organisationID, found.owner != organisationID { rowProblems.append("dataset: \(datasetName) belongs to another organisation") }
                } else {
                    rowProblems.append("dataset: no dataset \"\(datasetName)\" (leave it empty for a dataset still to be created)")
                }
            }
            let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { rowProblems.append("title: the dataset's title is needed") }
            if title.count > 1000 { rowProblems.append("title: longer than 1000 characters") }
            let periodicity = PeriodicityNames.parse(draft.periodicity)
            if periodicity == nil { rowProblems.append("periodicity: \"\(draft.periodicity)\" is not one of \(Frequency.allCases.map(\.rawValue).joined(separator: ", "))") }
            let days = DeadlineRule.days(from: draft.deadline)
            if days == nil { rowProblems.append("deadline_days: \"\(draft.deadline)\" is not a number of days") }
            if let days, let periodicity, days > DeadlineRule.maximumDays(periodicity) {
                rowProblems.append("deadline_days: at most \(DeadlineRule.maximumDays(periodicity)) days for \(periodicity.rawValue) data")
            }
            let significant = ObligationDraft.flag(draft.sociallySignificant)
            if significant == nil { rowProblems.append("socially_significant: write yes or no") }
            let legal = draft.legalReference.trimmingCharacters(in: .whitespacesAndNewlines)
            if significant == true, legal.isEmpty { rowProblems.append("legal_reference: socially significant data needs its legal reference (e.g. PF-6247, annex 1, item 12)") }
            var startsOn = ""
            if !draft.startsOn.trimmingCharacters(in: .whitespaces).isEmpty {
                if let day = CalendarDay.parse(draft.startsOn) { startsOn = CalendarDay.string(day) } else { rowProblems.append("starts_on: not a date (yyyy-mm-dd)") }
            }
            if let number, let earlier = numbers[number] { rowProblems.append("number: \(number) is already used in row \(earlier)") }
            if let number { numbers[number] = index + 2 }
            if !rowProblems.isEmpty { problems[key] = rowProblems; continue }
            items.append(Obligation(id: Identifier.make(), listID: listID, number: number!, organisationID: organisationID!, datasetID: datasetID,
                                    title: title, periodicity: periodicity!, deadlineDays: days!, sociallySignificant: significant!,
                                    legalReference: legal.isEmpty ? nil : legal, startsOn: startsOn))
        }
        if !problems.isEmpty { throw ManbaError.validation(problems) }
        return items
    }

    // MARK: Rows

    static func insert(_ items: [Obligation], in db: any SQLDatabase) async throws {
        for batch in items.batches(of: 500) {
            let values = batch.map { o -> SQLQueryString in
                """
                (\(bind: o.id), \(bind: o.listID), \(bind: o.number), \(bind: o.organisationID), \(bind: o.datasetID), \(bind: o.title),
                 \(bind: o.periodicity.rawValue), \(bind: o.deadlineDays), \(bind: o.sociallySignificant ? 1 : 0), \(bind: o.legalReference),
                 \(bind: o.startsOn))
                """
            }.joined(separator: ", ")
            try await db.run("""
                INSERT INTO obligations (id, list_id, number, organization_id, dataset_id, title, periodicity, deadline_days,
                    socially_significant, legal_reference, starts_on) VALUES
                """ + values)
        }
    }

    static func requireDraft(_ listID: String, in db: any SQLDatabase) async throws {
        let list = try await Self.list(listID, in: db)
        guard list.state == .draft else {
            throw ManbaError.conflict("List version \(list.version) is approved and can no longer change; start a revision instead")
        }
    }

    static func list(_ id: String, in db: any SQLDatabase) async throws -> ObligationList {
        guard let row = try await db.first("""
            SELECT l.*, (SELECT COUNT(*) FROM obligations o WHERE o.list_id = l.id) AS item_count FROM obligation_lists l WHERE l.id = \(bind: id)
            """) else { throw ManbaError.notFound("Obligation list not found") }
        return try list(from: row)
    }

    static func list(from row: any SQLRow) throws -> ObligationList {
        ObligationList(id: try row.decode(column: "id", as: String.self), version: try row.decode(column: "version", as: Int.self),
                       state: ObligationList.State(rawValue: try row.decode(column: "state", as: String.self)) ?? .draft,
                       approvedOn: try row.optional("approved_on"), reference: try row.decode(column: "reference", as: String.self),
                       revisionReason: try row.optional("revision_reason"), created: try row.decode(column: "created", as: String.self),
                       createdBy: try row.decode(column: "created_by", as: String.self), itemCount: try row.decode(column: "item_count", as: Int.self))
    }

    static func obligation(from row: any SQLRow) throws -> Obligation {
        Obligation(id: try row.decode(column: "id", as: String.self), listID: try row.decode(column: "list_id", as: String.self),
                   number: try row.decode(column: "number", as: Int.self), organisationID: try row.decode(column: "organization_id", as: String.self),
                   datasetID: try row.optional("dataset_id"), title: try row.decode(column: "title", as: String.self),
                   periodicity: Frequency(rawValue: try row.decode(column: "periodicity", as: String.self)) ?? .irregular,
                   deadlineDays: try row.decode(column: "deadline_days", as: Int.self),
                   sociallySignificant: try row.flag("socially_significant"), legalReference: try row.optional("legal_reference"),
                   startsOn: try row.decode(column: "starts_on", as: String.self))
    }
}
