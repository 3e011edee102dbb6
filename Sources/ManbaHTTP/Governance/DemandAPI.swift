import Foundation
import Governance
import Hummingbird
import ManbaCore

/// The demand API: `/api/requests`, `/api/datasets/:id/feedback`, `/api/datasets/:id/usage` and
/// `/api/demand/*`. JSON in and out, errors as problem details. As in the CKAN API, a POST carrying
/// only a page session acts anonymously: writes that need a person need an API token, so a form on
/// another site cannot act with a signed-in visitor's cookie.
struct DemandAPI {
    let services: Services
    static let bodyLimit = 64 * 1024

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/api/requests") { request, context in try await ProblemJSON.handle { try await listRequests(request, context) } }
        router.post("/api/requests") { request, context in try await ProblemJSON.handle { try await createRequest(request, context) } }
        router.get("/api/requests/:id") { _, context in try await ProblemJSON.handle { try await showRequest(context) } }
        router.post("/api/requests/:id/status") { request, context in try await ProblemJSON.handle { try await changeStatus(request, context) } }
        router.post("/api/requests/:id/route") { request, context in try await ProblemJSON.handle { try await route(request, context) } }
        router.post("/api/requests/:id/support") { request, context in try await ProblemJSON.handle { try await support(request, context) } }
        router.get("/api/datasets/:id/feedback") { request, context in try await ProblemJSON.handle { try await listFeedback(request, context) } }
        router.post("/api/datasets/:id/feedback") { request, context in try await ProblemJSON.handle { try await submitFeedback(request, context) } }
        router.post("/api/datasets/:id/feedback/:fid/moderation") { request, context in try await ProblemJSON.handle { try await moderate(request, context) } }
        router.get("/api/datasets/:id/usage") { request, context in try await ProblemJSON.handle { try await usage(request, context) } }
        router.get("/api/demand/most-wanted") { request, _ in try await ProblemJSON.handle { try await mostWanted(request) } }
        router.get("/api/demand/zero-results") { request, context in try await ProblemJSON.handle { try await zeroResults(request, context) } }
    }

    // MARK: Data requests

    func listRequests(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let q = CKANParameters(Dictionary(QueryString(request).pairs, uniquingKeysWith: { first, _ in first }))
        var filter = DataRequestFilter()
        if let status = try q.string("status"), !status.isEmpty {
            guard let known = DataRequestStatus(rawValue: status) else { throw ManbaError.validation(["status": ["Unknown status"]]) }
            filter.status = known
        }
        filter.organisation = try q.string("organization")
        filter.overdueOnly = try q.bool("overdue") ?? false
        if let sort = try q.string("sort") {
            guard let known = DataRequestFilter.Sort(rawValue: sort) else { throw ManbaError.validation(["sort": ["Use newest or supported"]]) }
            filter.sort = known
        }
        filter.limit = try q.int("limit") ?? 20
        filter.offset = try q.int("offset") ?? 0
        if filter.limit < 1 || filter.limit > DataRequestFilter.maxLimit {
            throw ManbaError.validation(["limit": ["Between 1 and \(DataRequestFilter.maxLimit)"]])
        }
        if filter.offset < 0 { throw ManbaError.validation(["offset": ["Must be a natural number"]]) }
        let page = try await services.governance.requests.list(filter, for: context.principal)
        return ProblemJSON.ok(["count": page.total, "results": page.requests.map { DemandJSON.request($0) }])
    }

    func createRequest(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let body = try await Self.body(request)
        let draft = DataRequestDraft(title: try body.string("title") ?? "", description: try body.string("description") ?? "",
                                     organisation: try body.string("organization") ?? "", requesterName: try body.string("requester_name") ?? "",
                                     requesterEmail: try body.string("requester_email") ?? "")
        let created = try await services.governance.requests.create(draft, by: Self.principal(request, context))
        var response = ProblemJSON.ok(DemandJSON.request(created), status: .created)
        response.headers[.location] = "/api/requests/\(created.id)"
        return response
    }

    func showRequest(_ context: ManbaRequestContext) async throws -> Response {
        let id = context.parameters.get("id") ?? ""
        let item = try await services.governance.requests.request(id, for: context.principal)
        return ProblemJSON.ok(DemandJSON.request(item, events: try await services.governance.requests.events(of: id)))
    }

    func changeStatus(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let body = try await Self.body(request)
        let statusText = try body.required("status")
        guard let status = DataRequestStatus(rawValue: statusText) else {
            throw ManbaError.validation(["status": ["Use one of " + DataRequestStatus.allCases.map(\.rawValue).joined(separator: ", ")]])
        }
        let changed = try await services.governance.requests.changeStatus(context.parameters.get("id") ?? "", to: status, note: try body.string("note"),
                                                                          dataset: try body.string("dataset"), by: try Self.person(request, context))
        return ProblemJSON.ok(DemandJSON.request(changed))
    }

    func route(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let body = try await Self.body(request)
        let routed = try await services.governance.requests.route(context.parameters.get("id") ?? "", to: try body.required("organization"),
                                                                  note: try body.string("note"), by: try Self.person(request, context))
        return ProblemJSON.ok(DemandJSON.request(routed))
    }

    /// One "+1" per user: through the API a supporter is an account, since there is no browser to tell apart.
    func support(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let principal = try Self.person(request, context)
        guard let userID = principal.userID else { throw ManbaError.forbidden("Support a request as a user (send an API token)") }
        let (supported, added) = try await services.governance.requests.support(context.parameters.get("id") ?? "", supporterKey: "user:" + userID,
                                                                                 by: principal)
        return ProblemJSON.ok(["supporters": supported.supporters, "added": added], status: added ? .created : .ok)
    }

    // MARK: Feedback and usage

    func listFeedback(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let dataset = context.parameters.get("id") ?? ""
        let statusText = QueryString(request).get("status") ?? DatasetFeedback.Status.approved.rawValue
        guard let status = DatasetFeedback.Status(rawValue: statusText) else {
            throw ManbaError.validation(["status": ["Use approved, pending or rejected"]])
        }
        let store = services.governance.feedback
        let items = try await store.feedback(on: dataset, status: status, for: context.principal)
        let summary = try await store.summary(of: dataset, for: context.principal)
        return ProblemJSON.ok(["average": summary.average.map { ($0 * 100).rounded() / 100 } as Any, "count": summary.count,
                               "results": items.map(DemandJSON.feedback)])
    }

    func submitFeedback(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let body = try await Self.body(request)
        guard let rating = try body.int("rating") else { throw ManbaError.validation(["rating": ["Give a rating from 1 to 5"]]) }
        let feedback = try await services.governance.feedback.submit(to: context.parameters.get("id") ?? "", rating: rating,
                                                                     comment: try body.string("comment") ?? "",
                                                                     authorName: try body.string("author_name"), by: Self.principal(request, context))
        return ProblemJSON.ok(DemandJSON.feedback(feedback), status: .created)
    }

    func moderate(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let body = try await Self.body(request)
        let decision = try body.required("decision")
        guard decision == "approve" || decision == "reject" else { throw ManbaError.validation(["decision": ["Use approve or reject"]]) }
        let moderated = try await services.governance.feedback.moderate(context.parameters.get("fid") ?? "", approve: decision == "approve",
                                                                        by: try Self.person(request, context))
        return ProblemJSON.ok(DemandJSON.feedback(moderated))
    }

    /// A dataset's downloads, API reads and page views per day (`from`, `to`: yyyy-mm-dd; default the last 30 days).
    func usage(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let dataset = try await services.catalogue.dataset(context.parameters.get("id") ?? "", for: context.principal)
        let (from, to) = try range(request, defaultDays: 30)
        let days = try await services.governance.usage.daily(of: dataset.id, from: from, to: to)
        return ProblemJSON.ok(["dataset_id": dataset.id, "from": from, "to": to, "days": days.map { day -> [String: Any] in
            ["day": day.day, "downloads": day.totals.downloads, "api_reads": day.totals.apiReads, "page_views": day.totals.pageViews]
        }])
    }

    // MARK: Demand

    func mostWanted(_ request: Request) async throws -> Response {
        let q = CKANParameters(Dictionary(QueryString(request).pairs, uniquingKeysWith: { first, _ in first }))
        let days = try q.int("days") ?? DemandReport.defaultDays
        let limit = try q.int("limit") ?? 50
        guard DemandReport.dayRange.contains(days) else {
            throw ManbaError.validation(["days": ["Between \(DemandReport.dayRange.lowerBound) and \(DemandReport.dayRange.upperBound)"]])
        }
        guard (1...1000).contains(limit) else { throw ManbaError.validation(["limit": ["Between 1 and 1000"]]) }
        let ranking = try await services.governance.demand.mostWanted(days: days, limit: limit)
        return ProblemJSON.ok(["from": ranking.from, "to": ranking.to, "formula": DemandJSON.formula,
                               "results": ranking.scores.enumerated().map { DemandJSON.score($0.element, rank: $0.offset + 1) }])
    }

    func zeroResults(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let (from, to) = try range(request, defaultDays: 30)
        let q = CKANParameters(Dictionary(QueryString(request).pairs, uniquingKeysWith: { first, _ in first }))
        let limit = try q.int("limit") ?? 100
        guard (1...1000).contains(limit) else { throw ManbaError.validation(["limit": ["Between 1 and 1000"]]) }
        let report = try await services.governance.searches.zeroResults(from: from, to: to, limit: limit, for: context.principal)
        return ProblemJSON.ok(["from": from, "to": to, "results": report.map(DemandJSON.zeroResult)])
    }

    // MARK: Input

    private func range(_ request: Request, defaultDays: Int) throws -> (String, String) {
        let query = QueryString(request)
        let window = services.governance.searches.window(days: defaultDays)
        func day(_ key: String, _ fallback: String) throws -> String {
            guard let text = query.get(key), !text.isEmpty else { return fallback }
            guard let date = CalendarDay.parse(text) else { throw ManbaError.validation([key: ["Give the date as yyyy-mm-dd"]]) }
            return CalendarDay.string(date)
        }
        return (try day("from", window.from), try day("to", window.to))
    }

    /// The body as parameters: a JSON object, or a form.
    static func body(_ request: Request) async throws -> CKANParameters {
        switch RequestBodyReader.mediaType(request) {
        case "application/x-www-form-urlencoded", "multipart/form-data":
            let form = try await RequestBodyReader.form(request, limit: bodyLimit)
            return CKANParameters(form.fields.compactMapValues(\.first))
        case "", "application/json":
            return CKANParameters(try RequestBodyReader.json(try await RequestBodyReader.collect(request, limit: bodyLimit)))
        default:
            throw ManbaError.unsupportedMediaType("Send JSON (application/json) or a form")
        }
    }

    /// Who a write acts as: the token's user; anonymous for a POST with only a session cookie.
    static func principal(_ request: Request, _ context: ManbaRequestContext) -> Principal {
        if context.session != nil, PrincipalMiddleware.apiKey(in: request) == nil { return .anonymous }
        return context.principal
    }

    /// As `principal`, for writes that only a person may make.
    static func person(_ request: Request, _ context: ManbaRequestContext) throws -> Principal {
        let principal = principal(request, context)
        guard principal.isAuthenticated else { throw ManbaError.unauthenticated("Send an API token in the Authorization header") }
        return principal
    }
}
