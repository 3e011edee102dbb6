import Foundation
import Governance
import Hummingbird
import ManbaCore

/// The organisation's "personal cabinet": its obligations with their status today and what is due
/// next, the dataset each one is fulfilled by, and the notices sent to it.
struct CabinetPages {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/cabinet") { request, context in try await choose(request, context) }
        router.get("/cabinet/:org") { request, context in try await cabinet(request, context) }
        router.post("/cabinet/:org/obligations/:id/link") { request, context in try await link(request, context) }
        router.post("/cabinet/:org/notices/:id/read") { request, context in try await markRead(request, context) }
        router.get("/monitoring/inbox") { request, context in try await staffInbox(request, context) }
        router.post("/monitoring/inbox/:id/read") { request, context in try await markRead(request, context) }
    }

    /// Signed-in editors go straight to their organisation's cabinet; members of several choose.
    func choose(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.principal.isAuthenticated else { return Layout.redirect("/user/login") }
        let mine = try await services.organisations.all(kind: .organization).filter { context.principal.memberships[$0.id] != nil }
        if mine.count == 1 { return Layout.redirect("/cabinet/\(mine[0].name)") }
        return Layout.page(page.monitoring(.cabinet), page, """
            <h1>\(page.monitoring(.cabinet))</h1><p>\(page.monitoring(.chooseOrganisation))</p>
            <ul id="my-organisations">\(mine.map { "<li><a href=\"/cabinet/\($0.name)\">\(page.text($0.title))</a></li>" as HTML })</ul>
            """)
    }

    func cabinet(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.principal.isAuthenticated else { return Layout.redirect("/user/login") }
        guard let org = try await services.organisations.find(context.parameters.get("org") ?? ""), org.kind == .organization else {
            return Layout.errorPage(.notFound("Not found"), page)
        }
        guard try await services.governance.access.mayActFor(org.id, context.principal) else {
            return Layout.errorPage(.forbidden("Only the organisation's editors may open its cabinet"), page)
        }
        let today = Date()
        let (list, states) = try await services.governance.monitoring.evaluate(asOf: today, organisationID: org.id)
        let notices = try await services.governance.notices.inbox(organisationID: org.id, principal: context.principal)
        let upcoming = states.filter { $0.nextDeadline != nil }.sorted { $0.nextDeadline! < $1.nextDeadline! }
        let datasetNames = try await services.catalogue.datasetNames(for: context.principal)
        return Layout.page("\(page.monitoring(.cabinet)) · \(page.text(org.title))", page, """
            <h1>\(page.monitoring(.cabinet)): \(page.text(org.title))</h1>
            <p>\(page.monitoring(.cabinetIntro)) <a href="/monitoring/organization/\(org.name)">\(page.monitoring(.recordOverTime))</a></p>
            <section aria-labelledby="due-heading"><h2 id="due-heading">\(page.monitoring(.dueNext))</h2>
            \(upcoming.isEmpty ? "<p>\(page.monitoring(.nothingDue))</p>" as HTML : """
            <ol id="due-next">\(upcoming.prefix(10).map { s -> HTML in
                "<li><strong>\(CalendarDay.lastDay(before: s.nextDeadline!))</strong> — \(s.obligation.title)\(s.nextPeriod.map { " (\($0.label))" } ?? "")</li>"
            })</ol>
            """ as HTML)</section>
            <section aria-labelledby="obligations-heading"><h2 id="obligations-heading">\(page.monitoring(.obligations))\(list.map { " · \(page.monitoring(.version)) \($0.version), \($0.reference)" } ?? "")</h2>
            <table id="cabinet-obligations"><thead><tr><th scope="col">\(page.monitoring(.number))</th><th scope="col">\(page.monitoring(.title))</th>
              <th scope="col">\(page.monitoring(.periodicity))</th><th scope="col">\(page.monitoring(.deadlineRule))</th><th scope="col">\(page.monitoring(.state))</th>
              <th scope="col">\(page.monitoring(.dataset))</th></tr></thead>
            <tbody>\(states.map { s -> HTML in
                """
                <tr><td>\(s.obligation.number)</td><td>\(s.obligation.title)\(s.obligation.sociallySignificant ? " ★" : "")</td>
                <td>\(s.obligation.periodicity.rawValue)</td><td>\(s.obligation.deadlineRule)</td><td>\(MonitoringViews.status(s.assessment.status, page))</td>
                <td><form class="inline" method="post" action="/cabinet/\(org.name)/obligations/\(s.obligation.id)/link">\(page.csrfField)
                  <label class="visually-hidden" for="dataset-\(s.obligation.id)">\(page.monitoring(.dataset))</label>
                  <input id="dataset-\(s.obligation.id)" name="dataset" list="datasets" value="\(s.obligation.datasetID ?? "")">
                  <button type="submit" class="secondary">\(page.monitoring(.link))</button></form></td></tr>
                """
            })</tbody></table>
            <datalist id="datasets">\(datasetNames.prefix(2000).map { "<option value=\"\($0)\">" as HTML })</datalist></section>
            <section aria-labelledby="inbox-heading"><h2 id="inbox-heading">\(page.monitoring(.inbox))</h2>
            \(Self.inbox(notices, page) { "/cabinet/\(org.name)/notices/\($0.id)/read" })</section>
            """)
    }

    /// Notices newest first, each opened by a click, with a form to mark the unread ones read.
    static func inbox(_ notices: [Notice], _ page: PageContext, readPath: (Notice) -> String) -> HTML {
        notices.isEmpty ? "<p>\(page.monitoring(.noNotices))</p>" : """
            <ul id="inbox">\(notices.map { n -> HTML in
                """
                <li class="notice\(n.isRead ? "" : " unread")"><details><summary>\(page.localTime(n.created)) — \(n.subject)</summary><pre class="notice-body">\(n.body)</pre>
                \(n.isRead ? "" : "<form class=\"inline\" method=\"post\" action=\"\(readPath(n))\">\(page.csrfField)<button type=\"submit\" class=\"secondary\">✓</button></form>" as HTML)</details></li>
                """
            })</ul>
            """
    }

    /// The monitoring staff's own inbox: the daily digests of who is overdue and missing.
    func staffInbox(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.principal.isAuthenticated else { return Layout.redirect("/user/login") }
        do {
            let notices = try await services.governance.notices.staffInbox(principal: context.principal, limit: 100)
            return Layout.page("\(page.monitoring(.monitoring)) · \(page.monitoring(.inbox))", page, """
                <h1>\(page.monitoring(.monitoring)): \(page.monitoring(.inbox))</h1>
                \(Self.inbox(notices, page) { "/monitoring/inbox/\($0.id)/read" })
                """)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func link(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        do {
            _ = try await services.governance.obligations.linkDataset(context.parameters.get("id") ?? "", to: form.first("dataset"), by: context.principal)
            return Layout.redirect("/cabinet/\(context.parameters.get("org") ?? "")")
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func markRead(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard try await Forms.verifiedForm(request, context) != nil else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        do {
            try await services.governance.notices.markRead(context.parameters.get("id") ?? "", principal: context.principal)
            return Layout.redirect(context.parameters.get("org").map { "/cabinet/\($0)" } ?? "/monitoring/inbox")
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }
}
