import Foundation
import Governance
import Hummingbird
import ManbaCore

/// The monitoring as JSON under /api/monitoring: the latest ranking, snapshots, each organisation's
/// record, the live status of any obligation on any day, and (for the monitoring staff) a run.
struct MonitoringAPI {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/api/monitoring") { request, context in try await ProblemJSON.handle { try await latest(request, context) } }
        router.get("/api/monitoring/snapshots") { _, _ in try await ProblemJSON.handle { try await snapshots() } }
        router.get("/api/monitoring/snapshots/:id") { request, context in try await ProblemJSON.handle { try await snapshot(request, context) } }
        router.get("/api/monitoring/organizations/:id") { _, context in try await ProblemJSON.handle { try await organisation(context) } }
        router.get("/api/monitoring/status") { request, _ in try await ProblemJSON.handle { try await status(request) } }
        router.get("/api/monitoring/obligations/:id") { request, context in try await ProblemJSON.handle { try await obligation(request, context) } }
        router.get("/api/monitoring/significant") { request, _ in try await ProblemJSON.handle { try await significant(request) } }
        router.get("/api/monitoring/openness") { _, _ in try await ProblemJSON.handle { try await openness() } }
        router.get("/api/monitoring/lists") { _, context in try await ProblemJSON.handle { try await lists(context) } }
        router.get("/api/monitoring/lists/:id") { _, context in try await ProblemJSON.handle { try await list(context) } }
        router.post("/api/monitoring/run") { request, context in try await ProblemJSON.handle { try await run(request, context) } }
        router.post("/api/monitoring/lists") { request, context in try await ProblemJSON.handle { try await createList(request, context) } }
        router.put("/api/monitoring/lists/:id/items") { request, context in try await ProblemJSON.handle { try await replaceItems(request, context) } }
        router.post("/api/monitoring/lists/:id/approve") { request, context in try await ProblemJSON.handle { try await approve(request, context) } }
    }

    var monitoring: MonitoringService { services.governance.monitoring }

    func latest(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        guard let latest = try await monitoring.latestSnapshot() else { throw ManbaError.notFound("No monitoring has been run yet") }
        return try await snapshotBody(latest, obligations: false)
    }

    func snapshots() async throws -> Response {
        ProblemJSON.ok(["snapshots": try await monitoring.snapshots(limit: 1000).map(Self.json)])
    }

    func snapshot(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let snapshot = try await monitoring.snapshot(context.parameters.get("id") ?? "")
        return try await snapshotBody(snapshot, obligations: QueryString(request).get("obligations") == "1")
    }

    func snapshotBody(_ snapshot: MonitoringSnapshot, obligations: Bool) async throws -> Response {
        let names = try await organisationNames()
        var body: [String: Any] = Self.json(snapshot)
        body["ranking"] = try await monitoring.organisationResults(snapshot.id).map { r -> [String: Any] in
            ["rank": r.rank, "organization": names[r.organisationID] ?? r.organisationID, "organization_id": r.organisationID,
             "counts": Self.json(r.counts), "socially_significant": Self.json(r.significant)]
        }
        body["exports"] = try await monitoring.exports(of: snapshot.id).map { e -> [String: Any] in
            ["id": e.id, "recipient": e.recipient, "letter_number": e.letterNumber, "letter_date": e.letterDate]
        }
        if obligations {
            body["obligations"] = try await monitoring.obligationResults(snapshot.id).map { Self.json($0.result, $0.obligation) }
        }
        return ProblemJSON.ok(body)
    }

    func organisation(_ context: ManbaRequestContext) async throws -> Response {
        guard let org = try await services.organisations.find(context.parameters.get("id") ?? ""), org.kind == .organization else {
            throw ManbaError.notFound("Organization not found")
        }
        let history = try await monitoring.history(of: org.id)
        var body: [String: Any] = ["id": org.id, "name": org.name, "title": org.title.resolved(for: .uzLatn)]
        body["history"] = history.map { h -> [String: Any] in
            ["snapshot_id": h.snapshot.id, "as_of": h.snapshot.asOf, "rank": h.result.rank, "counts": Self.json(h.result.counts),
             "socially_significant": Self.json(h.result.significant)]
        }
        if let last = history.last {
            body["obligations"] = try await monitoring.obligationResults(last.snapshot.id, organisationID: org.id).map { Self.json($0.result, $0.obligation) }
        }
        return ProblemJSON.ok(body)
    }

    /// Statuses computed now for any day (`as_of`, default today), optionally of one organisation.
    func status(_ request: Request) async throws -> Response {
        let params = QueryString(request)
        let day = try Self.day(params.get("as_of"))
        var organisationID: String? = nil
        if let name = params.get("organization") {
            guard let org = try await services.organisations.find(name) else { throw ManbaError.notFound("Organization not found") }
            organisationID = org.id
        }
        let (list, states) = try await monitoring.evaluate(asOf: day, organisationID: organisationID)
        var counts = ComplianceCounts()
        for s in states { counts.add(s.assessment.status) }
        return ProblemJSON.ok(["as_of": CalendarDay.string(day), "list_id": list?.id as Any, "counts": Self.json(counts),
                               "obligations": states.map(Self.json)])
    }

    func obligation(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let day = try Self.day(QueryString(request).get("as_of"))
        let state = try await monitoring.state(of: context.parameters.get("id") ?? "", asOf: day)
        return ProblemJSON.ok(Self.json(state))
    }

    func significant(_ request: Request) async throws -> Response {
        let year = QueryString(request).get("year").flatMap(Int.init) ?? Calendar.utc.component(.year, from: Date())
        guard (2000...2200).contains(year) else { throw ManbaError.validation(["year": ["Give a year such as 2025"]]) }
        let quarters = try await monitoring.significantByQuarter(year: year)
        return ProblemJSON.ok(["year": year, "quarters": quarters.map { q -> [String: Any] in
            ["quarter": q.quarter, "snapshot_id": q.snapshot.id, "as_of": q.snapshot.asOf, "counts": Self.json(q.counts)]
        }])
    }

    func openness() async throws -> Response {
        let names = try await organisationNames()
        let ranking = try await services.governance.openness.ranking()
        return ProblemJSON.ok(["formula": "0.5 × timeliness + 0.3 × quality + 0.2 × responsiveness; parts without data are left out and the weights rescaled",
                               "organizations": ranking.enumerated().map { i, o -> [String: Any] in
            ["rank": i + 1, "organization": names[o.organisationID] ?? o.organisationID, "organization_id": o.organisationID,
             "index": o.value as Any, "timeliness": o.timeliness as Any, "quality": o.quality as Any, "responsiveness": o.responsiveness as Any,
             "requests_due": o.requestsDue, "requests_answered_in_time": o.requestsAnsweredInTime]
        }])
    }

    func lists(_ context: ManbaRequestContext) async throws -> Response {
        ProblemJSON.ok(["lists": try await services.governance.obligations.lists(for: context.principal).map(Self.json)])
    }

    func list(_ context: ManbaRequestContext) async throws -> Response {
        let store = services.governance.obligations
        let list = try await store.list(context.parameters.get("id") ?? "", for: context.principal)
        var body = Self.json(list)
        body["items"] = try await store.drafts(of: list.id).map { d -> [String: Any] in
            Dictionary(uniqueKeysWithValues: zip(ObligationDraft.columns, d.row))
        }
        return ProblemJSON.ok(body)
    }

    /// Runs the monitoring and stores a snapshot (monitoring staff, with an API token).
    func run(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        try await services.governance.access.requireMonitoringStaff(context.principal)
        var asOf: String? = QueryString(request).get("as_of")
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        if buffer.readableBytes > 0 {
            let object = try RequestBodyReader.json(buffer)
            asOf = object["as_of"] as? String ?? asOf
        }
        let day = try Self.day(asOf)
        let (snapshot, _, notices) = try await services.governance.runMonitoring(asOf: day, trigger: "api", by: context.principal)
        // Mail the new notices now rather than at the outbox's next round; the answer does not wait for SMTP.
        let mailer = services.governance.mailer
        if notices > 0 { Task { _ = await mailer.deliverDue() } }
        var body = Self.json(snapshot)
        body["notices_sent"] = notices
        return ProblemJSON.ok(body, status: .created)
    }

    /// Starts a draft list: `{"reference": "...", "copy_current": true}`.
    func createList(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let object = try RequestBodyReader.json(try await request.body.collect(upTo: 64 * 1024))
        let store = services.governance.obligations
        let current = (object["copy_current"] as? Bool ?? false) ? try await store.listInForce(on: Date()) : nil
        let list = try await store.createDraft(reference: object["reference"] as? String ?? "", copyingFrom: current?.id, by: context.principal)
        return ProblemJSON.ok(Self.json(list), status: .created)
    }

    /// Replaces a draft's items with a CSV or XLSX file sent as the body; every bad row is reported
    /// (`errors` by row) and nothing is stored then.
    func replaceItems(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        // Who is asking before 20 MB are read.
        try await services.governance.access.requireMonitoringStaff(context.principal)
        let body = try await request.body.collect(upTo: 20 * 1024 * 1024)
        let items = try await services.governance.obligations.importFile(Data(buffer: body), into: context.parameters.get("id") ?? "",
                                                                         by: context.principal)
        return ProblemJSON.ok(["items": items.count])
    }

    /// Approves a draft: `{"approved_on": "2021-04-02", "reference": "...", "revision_reason": "..."}`.
    func approve(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let object = try RequestBodyReader.json(try await request.body.collect(upTo: 64 * 1024))
        let list = try await services.governance.obligations.approve(context.parameters.get("id") ?? "", on: object["approved_on"] as? String ?? "",
                                                                     reference: object["reference"] as? String ?? "",
                                                                     reason: object["revision_reason"] as? String, by: context.principal)
        return ProblemJSON.ok(Self.json(list))
    }

    // MARK: JSON

    static func day(_ text: String?) throws -> Date {
        guard let text, !text.isEmpty else { return Calendar.utc.startOfDay(for: Date()) }
        guard let day = CalendarDay.parse(text) else { throw ManbaError.validation(["as_of": ["Give a date as yyyy-mm-dd"]]) }
        return day
    }

    func organisationNames() async throws -> [String: String] {
        var names: [String: String] = [:]
        for org in try await services.organisations.all(kind: .organization) { names[org.id] = org.name }
        return names
    }

    static func json(_ s: MonitoringSnapshot) -> [String: Any] {
        ["id": s.id, "as_of": s.asOf, "created": s.created, "created_by": s.createdBy, "trigger": s.trigger,
         "list_id": s.listID as Any, "counts": json(s.totals)]
    }

    static func json(_ c: ComplianceCounts) -> [String: Any] {
        ["obligations": c.obligations, "due": c.due, "on_time": c.onTime, "late": c.late, "overdue": c.overdue, "missing": c.missing,
         "not_yet_due": c.notYetDue, "compliance": c.compliance as Any]
    }

    static func json(_ r: ObligationResult, _ o: Obligation) -> [String: Any] {
        ["obligation_id": o.id, "number": o.number, "organization_id": o.organisationID, "title": o.title, "dataset_id": o.datasetID as Any,
         "periodicity": o.periodicity.rawValue, "deadline_days": o.deadlineDays, "socially_significant": o.sociallySignificant,
         "status": r.status.code, "days": r.status.days as Any, "period": r.period as Any, "deadline": r.deadline as Any,
         "published": r.published as Any]
    }

    static func json(_ s: ObligationState) -> [String: Any] {
        let o = s.obligation, a = s.assessment
        return ["obligation_id": o.id, "number": o.number, "organization_id": o.organisationID, "title": o.title,
                "dataset_id": (s.datasetIsPublic ? o.datasetID : nil) as Any, "periodicity": o.periodicity.rawValue, "deadline_days": o.deadlineDays,
                "socially_significant": o.sociallySignificant, "status": a.status.code, "days": a.status.days as Any,
                "period": a.period?.label as Any, "deadline": a.deadline.map(CalendarDay.lastDay(before:)) as Any,
                "published": a.publishedAt.map(Timestamp.string) as Any,
                "next_deadline": s.nextDeadline.map(CalendarDay.lastDay(before:)) as Any, "next_period": s.nextPeriod?.label as Any]
    }

    static func json(_ l: ObligationList) -> [String: Any] {
        ["id": l.id, "version": l.version, "state": l.state.rawValue, "approved_on": l.approvedOn as Any, "reference": l.reference,
         "revision_reason": l.revisionReason as Any, "items": l.itemCount, "created": l.created, "created_by": l.createdBy]
    }
}
