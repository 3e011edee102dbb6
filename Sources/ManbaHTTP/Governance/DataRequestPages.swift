import Foundation
import Governance
import Hummingbird
import ManbaCore
import ManbaStore
import OpenData

/// The public list of data requests with the form to ask, each request's page with its history and
/// "+1", and the forms by which the organisation answers and the monitoring staff route.
struct DataRequestPages {
    let services: Services
    let configuration: ServerConfiguration
    static let pageSize = 20

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/requests") { request, context in try await list(request, context, draft: DataRequestDraft(), errors: [:]) }
        router.post("/requests") { request, context in try await create(request, context) }
        router.get("/requests/:id") { request, context in try await show(request, context) }
        router.post("/requests/:id/support") { request, context in try await support(request, context) }
        router.post("/requests/:id/status") { request, context in try await changeStatus(request, context) }
        router.post("/requests/:id/route") { request, context in try await route(request, context) }
    }

    var secure: Bool { configuration.siteURL.hasPrefix("https://") }

    // MARK: List and form

    func list(_ request: Request, _ context: ManbaRequestContext, draft: DataRequestDraft, errors: [String: [String]],
              status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let params = QueryString(request)
        let pageNumber = min(max(1, params.get("page").flatMap(Int.init) ?? 1), 100_000)
        var filter = DataRequestFilter(limit: Self.pageSize, offset: (pageNumber - 1) * Self.pageSize)
        filter.status = params.get("status").flatMap(DataRequestStatus.init(rawValue:))
        filter.organisation = params.get("organization").flatMap { $0.isEmpty ? nil : $0 }
        filter.overdueOnly = params.get("overdue") == "1"
        filter.sort = params.get("sort").flatMap(DataRequestFilter.Sort.init(rawValue:)) ?? .newest
        let result = try await services.governance.requests.list(filter, for: context.principal)
        let organisations = try await services.organisations.all(kind: .organization).sorted { page.text($0.title) < page.text($1.title) }
        let byID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        let csrf = VisitorForms.csrf(request, context, page: page, secure: secure)

        let statusOptions: [HTML] = DataRequestStatus.allCases.map { s in
            "<option value=\"\(s.rawValue)\"\(HTML(raw: filter.status == s ? " selected" : ""))>\(page.demand(.statusName(s)))</option>"
        }
        let organisationOptions: [HTML] = organisations.map { o in
            "<option value=\"\(o.name)\"\(HTML(raw: filter.organisation == o.name ? " selected" : ""))>\(page.text(o.title))</option>"
        }
        let sortOptions: [HTML] = [(DataRequestFilter.Sort.newest, DemandMessage.sortNewest), (.supported, .sortSupported)].map { sort, label in
            "<option value=\"\(sort.rawValue)\"\(HTML(raw: filter.sort == sort ? " selected" : ""))>\(page.demand(label))</option>"
        }
        let lastPage = max(1, (result.total + Self.pageSize - 1) / Self.pageSize)
        var pager: [HTML] = []
        if pageNumber > 1 { pager.append("<a rel=\"prev\" href=\"\(page.url(replacing: ["page": String(pageNumber - 1)]))\">\(page.t(.previous))</a>") }
        if result.total > 0 { pager.append("<span>\(page.t(.page)) \(pageNumber) / \(lastPage)</span>") }
        if pageNumber < lastPage { pager.append("<a rel=\"next\" href=\"\(page.url(replacing: ["page": String(pageNumber + 1)]))\">\(page.t(.next))</a>") }

        var response = Layout.page(page.demand(.requestsNav), page, status: status, """
            <h1>\(page.demand(.requestsNav))</h1>
            <p>\(page.demand(.requestsIntro))</p>
            <p><a class="button" href="#new-request">\(page.demand(.newRequest))</a></p>
            <form method="get" action="/requests" id="request-filters" class="inline">
              <label for="filter-status">\(page.demand(.status))</label>
              <select id="filter-status" name="status"><option value="">\(page.demand(.allStatuses))</option>\(statusOptions)</select>
              <label for="filter-organization">\(page.t(.organisation))</label>
              <select id="filter-organization" name="organization"><option value="">\(page.demand(.allOrganisations))</option>\(organisationOptions)</select>
              <label for="filter-sort">\(page.t(.sortBy))</label>
              <select id="filter-sort" name="sort">\(sortOptions)</select>
              <label><input type="checkbox" name="overdue" value="1"\(HTML(raw: filter.overdueOnly ? " checked" : ""))> \(page.demand(.overdueOnly))</label>
              <p><button type="submit" class="secondary">\(page.demand(.show))</button></p>
            </form>
            <p id="request-count" role="status"><strong>\(result.total)</strong> \(page.demand(.requestsFound))</p>
            \(result.requests.isEmpty ? "<p>\(page.demand(.noRequests))</p>" as HTML : "")
            <ol id="requests" class="plain">\(result.requests.map { DataRequestViews.item($0, page, organisations: byID) })</ol>
            <nav aria-label="\(page.t(.page))" class="pager">\(pager.joined(" "))</nav>
            \(DataRequestViews.form(page, csrf: csrf.field, organisations: organisations, values: draft, errors: errors))
            """)
        if let cookie = csrf.cookie { response.setCookie(cookie) }
        return response
    }

    func create(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await VisitorForms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        let draft = DataRequestDraft(title: form.first("title") ?? "", description: form.first("description") ?? "",
                                     organisation: form.first("organization") ?? "", requesterName: form.first("requester_name") ?? "",
                                     requesterEmail: form.first("requester_email") ?? "")
        do {
            let created = try await services.governance.requests.create(draft, by: context.principal)
            return Layout.redirect("/requests/\(created.id)?sent=1")
        } catch ManbaError.validation(let problems) {
            return try await list(request, context, draft: draft, errors: problems, status: .unprocessableContent)
        }
    }

    // MARK: One request

    func show(_ request: Request, _ context: ManbaRequestContext, problem: ManbaError? = nil,
              status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let requests = services.governance.requests
        let id = context.parameters.get("id") ?? ""
        let item: DataRequest
        do { item = try await requests.request(id, for: context.principal) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        let events = try await requests.events(of: id)
        let organisations = try await services.organisations.all(kind: .organization).sorted { page.text($0.title) < page.text($1.title) }
        let byID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        let organisation = item.organisationID.flatMap { byID[$0] }
        // The answering dataset was public when linked; if it has since gone private, the link is left out.
        var dataset: Dataset?
        if let datasetID = item.datasetID { dataset = try? await services.catalogue.dataset(datasetID, for: context.principal) }
        let supported = try await VisitorForms.supporterKey(request, context).asyncMap { try await requests.hasSupported(id, supporterKey: $0) } ?? false
        let mayAnswer = try await requests.mayAnswer(item, context.principal)
        let isStaff = try await services.governance.access.isMonitoringStaff(context.principal)
        let csrf = VisitorForms.csrf(request, context, page: page, secure: secure)
        let params = QueryString(request)

        var facts: [(String, HTML)] = [
            (page.t(.organisation), organisation.map { "<a href=\"/requests?organization=\($0.name)\">\(page.text($0.title))</a>" } ?? "\(page.demand(.notRouted))"),
            (page.demand(.received), "\(page.localTime(item.created))"),
        ]
        if item.status == .submitted, let due = item.answerDue { facts.append((page.demand(.answerDue), "\(page.localTime(due))")) }
        if item.status == .accepted || item.status == .inProgress, let due = item.publishDue { facts.append((page.demand(.publishDue), "\(page.localTime(due))")) }
        if let dataset { facts.append((page.demand(.publishedDataset), "<a id=\"answer-dataset\" href=\"/dataset/\(dataset.name)\">\(page.text(dataset.title))</a>")) }
        if let reason = item.declineReason { facts.append((page.demand(.declineReason), "\(reason)")) }
        if let requester = item.requester, requester.name != nil || requester.email != nil {
            let email: HTML = requester.email.map { "<a href=\"mailto:\($0)\">\($0)</a>" } ?? ""
            facts.append((page.demand(.contact), "<span id=\"requester-contact\">\(requester.name ?? "") \(email)</span>"))
        }

        let supportBlock: HTML
        if supported {
            supportBlock = "<p id=\"supported\">\(page.demand(.supported))</p>"
        } else if !item.status.isClosed {
            supportBlock = "<form method=\"post\" action=\"/requests/\(item.id)/support\" id=\"support-form\" class=\"inline\">\(csrf.field)<button type=\"submit\" id=\"support-button\">\(page.demand(.support))</button></form>"
        } else {
            supportBlock = ""
        }
        let answerForm: HTML = mayAnswer && !item.status.isClosed ? """
            <section id="answer" aria-labelledby="answer-heading"><h2 id="answer-heading">\(page.demand(.changeStatus))</h2>
            <form method="post" action="/requests/\(item.id)/status" id="status-form">
              \(page.csrfField)
              <label for="new-status">\(page.demand(.newStatus))</label>
              <select id="new-status" name="status">\(item.status.next.map { "<option value=\"\($0.rawValue)\">\(page.demand(.statusName($0)))</option>" as HTML })</select>
              <label for="status-note">\(page.demand(.note))</label>
              <textarea id="status-note" name="note" aria-describedby="status-note-hint"></textarea>
              <p class="hint" id="status-note-hint">\(page.demand(.noteHint))</p>
              <label for="status-dataset">\(page.demand(.datasetField))</label>
              <input type="text" id="status-dataset" name="dataset">
              <p><button type="submit" id="status-submit">\(page.demand(.changeStatus))</button></p>
            </form></section>
            """ : ""
        let routeForm: HTML = isStaff && item.status == .submitted ? """
            <section id="routing" aria-labelledby="route-heading"><h2 id="route-heading">\(page.demand(.route))</h2>
            <form method="post" action="/requests/\(item.id)/route" id="route-form">
              \(page.csrfField)
              <label for="route-organization">\(page.demand(.organisationResponsible))</label>
              <select id="route-organization" name="organization">\(organisations.map { o -> HTML in
                  "<option value=\"\(o.name)\"\(HTML(raw: o.id == item.organisationID ? " selected" : ""))>\(page.text(o.title))</option>" })</select>
              <label for="route-note">\(page.demand(.note))</label>
              <textarea id="route-note" name="note"></textarea>
              <p><button type="submit" id="route-submit">\(page.demand(.route))</button></p>
            </form></section>
            """ : ""
        let notice: HTML = {
            if let problem { return "<div class=\"error-summary\" role=\"alert\" id=\"request-problem\"><p>\(problem.message)</p></div>" }
            if params.get("sent") == "1" { return "<p class=\"notice\" role=\"status\" id=\"request-sent\">\(page.demand(.requestThanks))</p>" }
            if params.get("supported") == "1" { return "<p class=\"notice\" role=\"status\">\(page.demand(.supportThanks))</p>" }
            return ""
        }()

        var response = Layout.page(item.title, page, status: status, """
            <p><a href="/requests">\(page.demand(.backToRequests))</a></p>
            \(notice)
            <h1 id="request-title">\(item.title)</h1>
            <p>\(DataRequestViews.status(item.status, page)) \(DataRequestViews.overdue(item.overdue, page))</p>
            \(DataRequestViews.paragraphs(item.description))
            <table id="request-facts"><tbody>\(facts.map { "<tr><th scope=\"row\">\($0.0)</th><td>\($0.1)</td></tr>" as HTML })</tbody></table>
            <p><strong id="supporter-count">\(item.supporters)</strong> \(page.demand(.supporters)) \(supportBlock)</p>
            \(answerForm)
            \(routeForm)
            <h2>\(page.demand(.history))</h2>
            <table id="request-history"><thead><tr><th scope="col">\(page.t(.whoWhen))</th><th scope="col">\(page.t(.author))</th><th scope="col">\(page.demand(.status))</th><th scope="col">\(page.demand(.note))</th></tr></thead>
            <tbody>\(events.map { DataRequestViews.event($0, page, organisations: byID) })</tbody></table>
            """)
        if let cookie = csrf.cookie { response.setCookie(cookie) }
        return response
    }

    func support(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let id = context.parameters.get("id") ?? ""
        guard try await VisitorForms.verifiedForm(request, context) != nil, let key = VisitorForms.supporterKey(request, context) else {
            return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page)
        }
        do {
            _ = try await services.governance.requests.support(id, supporterKey: key, by: context.principal)
            return Layout.redirect("/requests/\(id)?supported=1")
        } catch let error as ManbaError {
            if case .conflict = error { return try await show(request, context, problem: error, status: .conflict) }
            return Layout.errorPage(error, page)
        }
    }

    func changeStatus(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        let id = context.parameters.get("id") ?? ""
        guard let status = form.first("status").flatMap(DataRequestStatus.init(rawValue:)) else {
            return try await show(request, context, problem: .validation(["status": ["Choose the new status"]]), status: .unprocessableContent)
        }
        do {
            _ = try await services.governance.requests.changeStatus(id, to: status, note: form.first("note"), dataset: form.first("dataset"), by: context.principal)
            return Layout.redirect("/requests/\(id)")
        } catch let error as ManbaError {
            return try await refused(error, request, context)
        }
    }

    func route(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        let id = context.parameters.get("id") ?? ""
        do {
            _ = try await services.governance.requests.route(id, to: form.first("organization") ?? "", note: form.first("note"), by: context.principal)
            return Layout.redirect("/requests/\(id)")
        } catch let error as ManbaError {
            return try await refused(error, request, context)
        }
    }

    /// A refused change: the request's page again with the reason, or an error page when there is no page to show.
    private func refused(_ error: ManbaError, _ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        switch error {
        case .validation: return try await show(request, context, problem: error, status: .unprocessableContent)
        case .conflict: return try await show(request, context, problem: error, status: .conflict)
        default: return Layout.errorPage(error, PageContext(request: request, context: context))
        }
    }
}
