import Foundation
import ManbaCore
import ManbaStore
import OpenData
import SQLKit

/// Data requests: asking, routing, answering, supporting and reading them.
///
/// Who asked (name, e-mail, account) is released only here and only to the organisation responsible,
/// the monitoring staff and the requester themselves, so no page, list or API answer can leak it.
/// Every change is written with its event in one transaction.
public final class DataRequestStore: Sendable {
    let database: any DatabaseBackend
    let organisations: OrganisationStore
    let catalogue: CatalogueService
    let access: GovernanceAccess
    let clock: any ManbaClock
    /// Tells the organisation when a request reaches it; nil where nobody is to be told (tests of rules).
    let notices: DemandNotices?

    public init(database: any DatabaseBackend, organisations: OrganisationStore, catalogue: CatalogueService, access: GovernanceAccess,
                clock: any ManbaClock, notices: DemandNotices? = nil) {
        self.database = database
        self.organisations = organisations
        self.catalogue = catalogue
        self.access = access
        self.clock = clock
        self.notices = notices
    }

    // MARK: Asking

    /// Anyone may ask, signed in or not. A request naming its organisation reaches it at once and its
    /// answer deadline starts; one without waits for the monitoring staff to route it.
    public func create(_ draft: DataRequestDraft, by principal: Principal) async throws -> DataRequest {
        let d = try draft.validated()
        let organisation = try await d.organisation.isEmpty ? nil : organisationNamed(d.organisation, field: "organization")
        let now = clock.now()
        let stamp = Timestamp.string(now)
        let answerDue = organisation.map { _ in Timestamp.string(DataRequestDeadlines.due(now, days: DataRequestDeadlines.answerDays)) }
        let id = Identifier.make()
        try await database.write { db in
            try await db.run("""
                INSERT INTO data_requests (id, title, description, organization_id, status, requester_name, requester_email,
                    requester_user_id, created, modified, routed, answer_due)
                VALUES (\(bind: id), \(bind: d.title), \(bind: d.description), \(bind: organisation?.id), \(bind: DataRequestStatus.submitted.rawValue),
                    \(bind: d.requesterName.isEmpty ? nil : d.requesterName), \(bind: d.requesterEmail.isEmpty ? nil : d.requesterEmail),
                    \(bind: principal.userID), \(bind: stamp), \(bind: stamp), \(bind: organisation == nil ? nil : stamp), \(bind: answerDue))
                """)
            try await Self.append(to: id, at: stamp, actor: "", action: .submitted, from: nil, to: .submitted,
                                  organisationID: organisation?.id, note: nil, in: db)
        }
        let request = try await self.request(id, for: principal)
        if let organisation { await notices?.newRequest(request, organisationID: organisation.id) }
        return request
    }

    /// The monitoring staff send a request nobody routed (or routed wrongly) to the organisation responsible;
    /// its answer deadline starts now.
    public func route(_ id: String, to organisation: String, note: String? = nil, by principal: Principal) async throws -> DataRequest {
        try await access.requireMonitoringStaff(principal)
        let target = try await organisationNamed(organisation, field: "organization")
        let current = try await stored(id)
        guard current.status == .submitted else { throw ManbaError.conflict("Only a request still waiting for an answer can be routed") }
        guard current.organisationID != target.id else { return try await request(id, for: principal) }
        let now = clock.now()
        let stamp = Timestamp.string(now)
        let answerDue = Timestamp.string(DataRequestDeadlines.due(now, days: DataRequestDeadlines.answerDays))
        let note = Self.trimmed(note)
        try await database.write { db in
            let updated = try await db.first("""
                UPDATE data_requests SET organization_id = \(bind: target.id), routed = \(bind: stamp), answer_due = \(bind: answerDue),
                    modified = \(bind: stamp)
                WHERE id = \(bind: id) AND status = \(bind: DataRequestStatus.submitted.rawValue) RETURNING id
                """)
            guard updated != nil else { throw ManbaError.conflict("The request changed meanwhile; reload it and try again") }
            try await Self.append(to: id, at: stamp, actor: principal.userName ?? "system", action: .routed, from: .submitted, to: .submitted,
                                  organisationID: target.id, note: note, in: db)
        }
        let request = try await self.request(id, for: principal)
        await notices?.newRequest(request, organisationID: target.id)
        return request
    }

    // MARK: Answering

    /// Whether the principal may change the request's status: the organisation's editors and the
    /// monitoring staff; only the staff while no organisation has it.
    public func mayAnswer(_ request: DataRequest, _ principal: Principal) async throws -> Bool {
        guard principal.isAuthenticated else { return false }
        if let organisation = request.organisationID { return try await access.mayActFor(organisation, principal) }
        return try await access.isMonitoringStaff(principal)
    }

    /// Moves a request on. Declining needs the reason (`note`); publishing needs the public dataset
    /// (`dataset`, id or name) that answers it; accepting needs an organisation to have it.
    public func changeStatus(_ id: String, to status: DataRequestStatus, note: String? = nil, dataset: String? = nil,
                             by principal: Principal) async throws -> DataRequest {
        let current = try await stored(id)
        guard try await mayAnswer(current, principal) else {
            throw ManbaError.forbidden("Only the organisation responsible or the monitoring staff may answer this request")
        }
        guard current.status.mayChange(to: status) else {
            throw ManbaError.conflict("A request that is \(current.status.rawValue) cannot become \(status.rawValue)")
        }
        let note = Self.trimmed(note)
        var datasetID: String?
        switch status {
        case .accepted, .inProgress:
            guard current.organisationID != nil else { throw ManbaError.conflict("Route the request to the organisation responsible first") }
        case .declined:
            guard note != nil else { throw ManbaError.validation(["note": ["Give the reason for declining"]]) }
        case .published:
            guard let name = Self.trimmed(dataset) else { throw ManbaError.validation(["dataset": ["Name the dataset that answers the request"]]) }
            do { datasetID = try await catalogue.dataset(name, for: .anonymous).id } catch ManbaError.notFound {
                throw ManbaError.validation(["dataset": ["No public dataset has this id or name"]])
            }
        case .submitted:
            break
        }
        let now = clock.now()
        let stamp = Timestamp.string(now)
        var changes: [SQLQueryString] = ["status = \(bind: status.rawValue)", "modified = \(bind: stamp)"]
        switch status {
        case .accepted:
            changes.append("accepted = \(bind: stamp)")
            changes.append("publish_due = \(bind: Timestamp.string(DataRequestDeadlines.due(now, days: DataRequestDeadlines.publishDays)))")
        case .published: changes += ["dataset_id = \(bind: datasetID)", "closed = \(bind: stamp)"]
        case .declined: changes += ["decline_reason = \(bind: note)", "closed = \(bind: stamp)"]
        case .submitted, .inProgress: break
        }
        let assignments = changes.joined(separator: ", ")
        try await database.write { db in
            let updated = try await db.first("UPDATE data_requests SET \(assignments) WHERE id = \(bind: id) AND status = \(bind: current.status.rawValue) RETURNING id")
            guard updated != nil else { throw ManbaError.conflict("The request changed meanwhile; reload it and try again") }
            try await Self.append(to: id, at: stamp, actor: principal.userName ?? "system", action: .statusChanged, from: current.status, to: status,
                                  organisationID: nil, note: note, in: db)
        }
        // The person who asked hears of every step, if they left an address.
        let changed = try await stored(id)
        if let address = changed.requester?.email { await notices?.statusChanged(changed, requesterAddress: address, note: note) }
        return try await request(id, for: principal)
    }

    /// Tells each organisation, once per missed deadline, about the requests it has let run late; meant to
    /// run daily beside the monitoring. Returns the number of new notices.
    @discardableResult
    public func remindOverdue() async throws -> Int {
        guard let notices else { return 0 }
        var posted = 0, offset = 0
        while true {
            let page = try await list(DataRequestFilter(overdueOnly: true, limit: DataRequestFilter.maxLimit, offset: offset), for: .system)
            for request in page.requests {
                if let organisation = request.organisationID, await notices.overdueRequest(request, organisationID: organisation) { posted += 1 }
            }
            offset += page.requests.count
            if page.requests.isEmpty || offset >= page.total { return posted }
        }
    }

    // MARK: Supporting

    /// Adds one supporter's "+1". `supporterKey` identifies a user ("user:<id>") or a browser (its
    /// cookie); only its SHA-256 is kept, and supporting twice counts once.
    public func support(_ id: String, supporterKey: String, by principal: Principal) async throws -> (request: DataRequest, added: Bool) {
        let current = try await stored(id)
        guard !current.status.isClosed else { throw ManbaError.conflict("This request is closed") }
        let key = SecretDigest.digest(supporterKey)
        let stamp = Timestamp.string(clock.now())
        let added = try await database.write { db -> Bool in
            let inserted = try await db.first("""
                INSERT INTO data_request_supporters (request_id, supporter_key, created) VALUES (\(bind: id), \(bind: key), \(bind: stamp))
                ON CONFLICT DO NOTHING RETURNING request_id
                """)
            guard inserted != nil else { return false }
            try await db.run("UPDATE data_requests SET supporters = supporters + 1 WHERE id = \(bind: id)")
            return true
        }
        return (try await request(id, for: principal), added)
    }

    public func hasSupported(_ id: String, supporterKey: String) async throws -> Bool {
        let key = SecretDigest.digest(supporterKey)
        return try await database.read { db in
            try await db.first("SELECT 1 AS found FROM data_request_supporters WHERE request_id = \(bind: id) AND supporter_key = \(bind: key)") != nil
        }
    }

    // MARK: Reading

    public func request(_ id: String, for principal: Principal) async throws -> DataRequest {
        try await revealed([try await stored(id)], to: principal)[0]
    }

    /// The request's history, oldest first. Public: it names the officials who acted, never the requester.
    public func events(of id: String) async throws -> [DataRequestEvent] {
        try await database.read { db in
            try await db.rows("""
                SELECT seq, at, actor, action, from_status, to_status, organization_id, note FROM data_request_events
                WHERE request_id = \(bind: id) ORDER BY seq
                """).map { row in
                DataRequestEvent(sequence: try row.decode(column: "seq", as: Int.self), at: try row.decode(column: "at", as: String.self),
                                 actor: try row.decode(column: "actor", as: String.self),
                                 action: DataRequestEvent.Action(rawValue: try row.decode(column: "action", as: String.self)) ?? .statusChanged,
                                 from: try row.optional("from_status", as: String.self).flatMap(DataRequestStatus.init(rawValue:)),
                                 to: DataRequestStatus(rawValue: try row.decode(column: "to_status", as: String.self)) ?? .submitted,
                                 organisationID: try row.optional("organization_id", as: String.self),
                                 note: try row.optional("note", as: String.self))
            }
        }
    }

    public func list(_ filter: DataRequestFilter, for principal: Principal) async throws -> DataRequestPage {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if let status = filter.status { conditions.append("status = \(bind: status.rawValue)") }
        if let name = filter.organisation, !name.isEmpty {
            guard let organisation = try await organisations.find(name) else { return DataRequestPage(total: 0, requests: []) }
            conditions.append("organization_id = \(bind: organisation.id)")
        }
        if filter.overdueOnly {
            let now = Timestamp.string(clock.now())
            conditions.append("""
                ((status = 'submitted' AND answer_due < \(bind: now)) OR (status IN ('accepted', 'in_progress') AND publish_due < \(bind: now)))
                """)
        }
        let whereClause = conditions.joined(separator: " AND ")
        let order: SQLQueryString = filter.sort == .supported ? "supporters DESC, created DESC, id" : "created DESC, id"
        let limit = min(max(filter.limit, 1), DataRequestFilter.maxLimit), offset = max(filter.offset, 0)
        let (total, rows) = try await database.read { db in
            let total = try await db.first("SELECT COUNT(*) AS n FROM data_requests WHERE \(whereClause)")!.decode(column: "n", as: Int.self)
            let rows = try await db.rows("SELECT \(unsafeRaw: Self.columns) FROM data_requests WHERE \(whereClause) ORDER BY \(order) LIMIT \(bind: limit) OFFSET \(bind: offset)")
                .map(self.decode)
            return (total, rows)
        }
        return DataRequestPage(total: total, requests: try await revealed(rows, to: principal))
    }

    /// Per dataset, the published requests it answers, each weighted by 1 + its supporters (for the demand score).
    func publishedDemand() async throws -> [String: Int] {
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT dataset_id, COUNT(*) AS n, CAST(SUM(supporters) AS BIGINT) AS s FROM data_requests
                WHERE status = 'published' AND dataset_id IS NOT NULL GROUP BY dataset_id
                """)
        }
        var demand: [String: Int] = [:]
        for row in rows {
            demand[try row.decode(column: "dataset_id", as: String.self)] = try row.decode(column: "n", as: Int.self) + row.decode(column: "s", as: Int.self)
        }
        return demand
    }

    // MARK: Private

    static let columns = """
        id, title, description, organization_id, status, requester_name, requester_email, requester_user_id, dataset_id,
        decline_reason, created, modified, routed, answer_due, accepted, publish_due, closed, supporters
        """

    /// The stored request with its requester, before `revealed` decides who may see them.
    private func stored(_ id: String) async throws -> DataRequest {
        guard let row = try await database.read({ db in
            try await db.first("SELECT \(unsafeRaw: Self.columns) FROM data_requests WHERE id = \(bind: id)")
        }) else { throw ManbaError.notFound("Data request not found") }
        return try decode(row)
    }

    private func decode(_ row: any SQLRow) throws -> DataRequest {
        var request = DataRequest(
            id: try row.decode(column: "id", as: String.self), title: try row.decode(column: "title", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            organisationID: try row.optional("organization_id", as: String.self),
            status: DataRequestStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .submitted,
            datasetID: try row.optional("dataset_id", as: String.self), declineReason: try row.optional("decline_reason", as: String.self),
            created: try row.decode(column: "created", as: String.self), modified: try row.decode(column: "modified", as: String.self),
            routed: try row.optional("routed", as: String.self), answerDue: try row.optional("answer_due", as: String.self),
            accepted: try row.optional("accepted", as: String.self), publishDue: try row.optional("publish_due", as: String.self),
            closed: try row.optional("closed", as: String.self), supporters: try row.decode(column: "supporters", as: Int.self),
            requester: DataRequest.Requester(name: try row.optional("requester_name", as: String.self),
                                             email: try row.optional("requester_email", as: String.self),
                                             userID: try row.optional("requester_user_id", as: String.self)))
        request.overdue = DataRequestDeadlines.overdue(request, at: clock.now())
        return request
    }

    /// Keeps the requester only where the principal may see them: the organisation's editors, the
    /// monitoring staff, and the signed-in requester.
    private func revealed(_ requests: [DataRequest], to principal: Principal) async throws -> [DataRequest] {
        let staff = principal.isAuthenticated ? try await access.isMonitoringStaff(principal) : false
        return requests.map { request in
            var request = request
            let own = principal.userID != nil && request.requester?.userID == principal.userID
            let organisation = request.organisationID.map { principal.has(.editor, in: $0) } ?? false
            if !(staff || organisation || own) { request.requester = nil }
            return request
        }
    }

    private func organisationNamed(_ idOrName: String, field: String) async throws -> Organisation {
        guard let organisation = try await organisations.find(idOrName), organisation.kind == .organization else {
            throw ManbaError.validation([field: ["No organisation has this id or name"]])
        }
        return organisation
    }

    private static func append(to id: String, at: String, actor: String, action: DataRequestEvent.Action, from: DataRequestStatus?,
                               to: DataRequestStatus, organisationID: String?, note: String?, in db: any SQLDatabase) async throws {
        // Writes are serialised by the backend, so the next number read inside the transaction is free.
        let seq = try await db.first("SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM data_request_events WHERE request_id = \(bind: id)")!
            .decode(column: "next", as: Int.self)
        try await db.run("""
            INSERT INTO data_request_events (request_id, seq, at, actor, action, from_status, to_status, organization_id, note)
            VALUES (\(bind: id), \(bind: seq), \(bind: at), \(bind: actor), \(bind: action.rawValue), \(bind: from?.rawValue),
                    \(bind: to.rawValue), \(bind: organisationID), \(bind: note))
            """)
    }

    static func trimmed(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return String(t.prefix(2000))
    }
}
