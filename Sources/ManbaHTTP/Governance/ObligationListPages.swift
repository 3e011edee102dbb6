import Foundation
import Governance
import Hummingbird
import ManbaCore
import OpenData

/// Pages where the monitoring staff prepare, import, edit and approve the lists of datasets that
/// organisations must publish, and download them as CSV or XLSX.
struct ObligationListPages {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/monitoring/lists") { request, context in try await lists(request, context) }
        router.post("/monitoring/lists") { request, context in try await createDraft(request, context) }
        router.get("/monitoring/lists/:id") { request, context in try await list(request, context, problems: [:]) }
        router.get("/monitoring/lists/:id/download") { request, context in try await download(request, context) }
        router.post("/monitoring/lists/:id/import") { request, context in try await importFile(request, context) }
        router.post("/monitoring/lists/:id/items") { request, context in try await addItem(request, context) }
        router.get("/monitoring/lists/:id/items/:item") { request, context in try await editItemForm(request, context, problems: [:]) }
        router.post("/monitoring/lists/:id/items/:item") { request, context in try await updateItem(request, context) }
        router.post("/monitoring/lists/:id/items/:item/delete") { request, context in try await removeItem(request, context) }
        router.post("/monitoring/lists/:id/approve") { request, context in try await approve(request, context) }
    }

    var store: ObligationStore { services.governance.obligations }

    func lists(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let all = try await store.lists(for: context.principal)
        let isStaff = try await services.governance.access.isMonitoringStaff(context.principal)
        return Layout.page(page.monitoring(.lists), page, """
            <h1>\(page.monitoring(.lists))</h1>
            <table id="lists"><thead><tr><th scope="col">\(page.monitoring(.version))</th><th scope="col">\(page.monitoring(.state))</th>
              <th scope="col">\(page.monitoring(.approvedOn))</th><th scope="col">\(page.monitoring(.reference))</th><th scope="col">\(page.monitoring(.items))</th></tr></thead>
            <tbody>\(all.map { l -> HTML in
                "<tr><td><a href=\"/monitoring/lists/\(l.id)\">\(l.version)</a></td><td>\(page.monitoring(l.state == .approved ? .approved : .draft))</td><td>\(l.approvedOn ?? "")</td><td>\(l.reference)</td><td>\(l.itemCount)</td></tr>"
            })</tbody></table>
            \(isStaff ? """
            <form id="new-draft" method="post" action="/monitoring/lists">\(page.csrfField)
              <h2>\(page.monitoring(.newDraft))</h2>
              <p><label for="reference">\(page.monitoring(.reference))</label><input id="reference" name="reference" required maxlength="500"></p>
              <p><label><input type="checkbox" name="copy" value="1" checked> \(page.monitoring(.copyCurrent))</label></p>
              <button type="submit">\(page.monitoring(.newDraft))</button>
            </form>
            """ as HTML : "")
            """)
    }

    func createDraft(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        do {
            let current = form.first("copy") == "1" ? try await store.listInForce(on: Date()) : nil
            let draft = try await store.createDraft(reference: form.first("reference") ?? "", copyingFrom: current?.id, by: context.principal)
            return Layout.redirect("/monitoring/lists/\(draft.id)")
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func list(_ request: Request, _ context: ManbaRequestContext, problems: [String: [String]], status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let list: ObligationList
        do { list = try await store.list(context.parameters.get("id") ?? "", for: context.principal) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        let drafts = try await store.drafts(of: list.id)
        let items = try await store.items(of: list.id)
        let isStaff = try await services.governance.access.isMonitoringStaff(context.principal)
        let editable = isStaff && list.state == .draft
        let problemList: HTML = problems.isEmpty ? "" : """
            <div id="problems" class="errors" role="alert"><ul>\(problems.sorted { $0.key.localizedStandardCompare($1.key) == .orderedAscending }.map { key, messages -> HTML in
                "<li><strong>\(key)</strong>: \(messages.joined(separator: "; "))</li>" })</ul></div>
            """
        return Layout.page("\(page.monitoring(.list)) \(list.version)", page, status: status, """
            <h1>\(page.monitoring(.list)) · \(page.monitoring(.version)) \(list.version)</h1>
            <dl class="metadata"><dt>\(page.monitoring(.state))</dt><dd id="list-state">\(page.monitoring(list.state == .approved ? .approved : .draft))</dd>
              <dt>\(page.monitoring(.reference))</dt><dd>\(list.reference)</dd>
              \(list.approvedOn.map { "<dt>\(page.monitoring(.approvedOn))</dt><dd>\($0)</dd>" as HTML } ?? "")
              \(list.revisionReason.map { "<dt>\(page.monitoring(.revisionReason))</dt><dd>\($0)</dd>" as HTML } ?? "")</dl>
            <p>\(page.monitoring(.exportList)): <a id="list-csv" href="/monitoring/lists/\(list.id)/download?format=csv">CSV</a>,
               <a id="list-xlsx" href="/monitoring/lists/\(list.id)/download?format=xlsx">XLSX</a></p>
            \(problemList)
            <table id="items"><thead><tr><th scope="col">\(page.monitoring(.number))</th><th scope="col">\(page.monitoring(.organisation))</th>
              <th scope="col">\(page.monitoring(.dataset))</th><th scope="col">\(page.monitoring(.title))</th><th scope="col">\(page.monitoring(.periodicity))</th>
              <th scope="col">\(page.monitoring(.deadlineRule))</th><th scope="col">\(page.monitoring(.significant))</th><th scope="col">\(page.monitoring(.startsOn))</th>
              \(editable ? "<th scope=\"col\"><span class=\"visually-hidden\">\(page.monitoring(.remove))</span></th>" as HTML : "")</tr></thead>
            <tbody>\(zip(items, drafts).map { item, d -> HTML in
                """
                <tr><td>\(item.number)</td><td>\(d.organisation)</td><td>\(d.dataset.isEmpty ? "—" : d.dataset)</td><td>\(item.title)</td>
                <td>\(item.periodicity.rawValue)</td><td>\(item.deadlineRule)</td>
                <td>\(item.sociallySignificant ? "\(page.monitoring(.yes)) (\(item.legalReference ?? ""))" : page.monitoring(.no))</td><td>\(item.startsOn)</td>
                \(editable ? """
                    <td><a class="button secondary" href="/monitoring/lists/\(list.id)/items/\(item.id)">\(page.monitoring(.edit))</a>
                    <form method="post" action="/monitoring/lists/\(list.id)/items/\(item.id)/delete">\(page.csrfField)<button class="secondary" type="submit">\(page.monitoring(.remove))</button></form></td>
                    """ as HTML : "")</tr>
                """
            })</tbody></table>
            \(editable ? editingForms(list, page) : "")
            """)
    }

    func editingForms(_ list: ObligationList, _ page: PageContext) -> HTML {
        """
        <form id="import-form" method="post" action="/monitoring/lists/\(list.id)/import" enctype="multipart/form-data">\(page.csrfField)
          <h2>\(page.monitoring(.importFile))</h2><p>\(page.monitoring(.importHint))</p>
          <p><code>\(ObligationDraft.columns.joined(separator: ", "))</code></p>
          <input type="file" id="list-file" name="file" accept=".csv,.xlsx" required> <button type="submit">\(page.monitoring(.importFile))</button>
        </form>
        \(itemForm(id: "add-item", action: "/monitoring/lists/\(list.id)/items", heading: page.monitoring(.addItem), draft: nil, page))
        <form id="approve-form" method="post" action="/monitoring/lists/\(list.id)/approve">\(page.csrfField)
          <h2>\(page.monitoring(.approve))</h2>
          <p><label for="approved_on">\(page.monitoring(.approvedOn))</label><input type="date" id="approved_on" name="approved_on" required></p>
          <p><label for="approve-reference">\(page.monitoring(.reference))</label><input id="approve-reference" name="reference" value="\(list.reference)" required></p>
          <p><label for="revision_reason">\(page.monitoring(.revisionReason))</label><textarea id="revision_reason" name="revision_reason"></textarea></p>
          <button type="submit">\(page.monitoring(.approve))</button>
        </form>
        """
    }

    /// The fields of one item, empty for a new one or filled from `draft` to edit it.
    func itemForm(id: String, action: String, heading: String, draft: ObligationDraft?, _ page: PageContext) -> HTML {
        let periodicity = draft.flatMap { Frequency(rawValue: $0.periodicity) }
        let periodicities = Frequency.allCases.map { f -> HTML in
            "<option value=\"\(f.rawValue)\"\(f == periodicity ? " selected" : "")>\(f.rawValue)</option>"
        }
        let significant = draft?.sociallySignificant == "yes"
        return """
        <form id="\(id)" method="post" action="\(action)">\(page.csrfField)
          <h2>\(heading)</h2>
          <p><label for="organization">\(page.monitoring(.organisation))</label><input id="organization" name="organization" value="\(draft?.organisation ?? "")" required></p>
          <p><label for="dataset">\(page.monitoring(.dataset))</label><input id="dataset" name="dataset" value="\(draft?.dataset ?? "")"></p>
          <p><label for="title">\(page.monitoring(.title))</label><input id="title" name="title" value="\(draft?.title ?? "")" required></p>
          <p><label for="periodicity">\(page.monitoring(.periodicity))</label><select id="periodicity" name="periodicity">\(periodicities)</select></p>
          <p><label for="deadline_days">\(page.monitoring(.deadlineRule))</label><input id="deadline_days" name="deadline_days" type="number" min="0" value="\(draft.map { DeadlineRule.days(from: $0.deadline) ?? 15 } ?? 15)"></p>
          <p><label><input type="checkbox" name="socially_significant" value="yes"\(significant ? " checked" : "")> \(page.monitoring(.significant))</label></p>
          <p><label for="legal_reference">\(page.monitoring(.legalReference))</label><input id="legal_reference" name="legal_reference" value="\(draft?.legalReference ?? "")"></p>
          <p><label for="starts_on">\(page.monitoring(.startsOn))</label><input id="starts_on" name="starts_on" type="date" value="\(draft?.startsOn ?? "")"></p>
          <button type="submit">\(heading)</button>
        </form>
        """
    }

    /// Runs a change; a validation error shows the list again with every problem, a 422 for the browser.
    func change(_ request: Request, _ context: ManbaRequestContext, limit: Int = 1024 * 1024,
                _ body: (RequestBodyReader.Form) async throws -> Void) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context, limit: limit) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        do {
            try await body(form)
            return Layout.redirect("/monitoring/lists/\(context.parameters.get("id") ?? "")")
        } catch ManbaError.validation(let problems) {
            return try await list(request, context, problems: problems, status: .unprocessableContent)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func importFile(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        // Who is asking before up to 20 MB are read.
        guard try await services.governance.access.isMonitoringStaff(context.principal) else {
            return Layout.errorPage(.forbidden("Only the monitoring staff may do this"), PageContext(request: request, context: context))
        }
        return try await change(request, context, limit: 20 * 1024 * 1024) { form in
            guard let file = form.files["file"] else { throw ManbaError.validation(["file": ["Choose a CSV or XLSX file"]]) }
            _ = try await store.importFile(file.data, into: context.parameters.get("id") ?? "", by: context.principal)
        }
    }

    func addItem(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        try await change(request, context) { form in
            _ = try await store.addItem(to: context.parameters.get("id") ?? "", Self.draft(from: form), by: context.principal)
        }
    }

    static func draft(from form: RequestBodyReader.Form, number: String = "") -> ObligationDraft {
        ObligationDraft(number: form.first("number") ?? number, organisation: form.first("organization") ?? "",
                        dataset: form.first("dataset") ?? "", title: form.first("title") ?? "",
                        periodicity: form.first("periodicity") ?? "", deadline: form.first("deadline_days") ?? "",
                        sociallySignificant: form.first("socially_significant") ?? "no",
                        legalReference: form.first("legal_reference") ?? "", startsOn: form.first("starts_on") ?? "")
    }

    /// One item of a draft, in the same fields as the form that added it (monitoring staff only).
    func editItemForm(_ request: Request, _ context: ManbaRequestContext, problems: [String: [String]], submitted: ObligationDraft? = nil,
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        do {
            try await services.governance.access.requireMonitoringStaff(context.principal)
            let list = try await store.list(context.parameters.get("id") ?? "", for: context.principal)
            let itemID = context.parameters.get("item") ?? ""
            let items = try await store.items(of: list.id)
            guard list.state == .draft, let index = items.firstIndex(where: { $0.id == itemID }) else {
                throw ManbaError.notFound("Obligation not found in a draft list")
            }
            let draft: ObligationDraft
            if let submitted { draft = submitted } else { draft = try await store.drafts(of: list.id)[index] }
            let problemList: HTML = problems.isEmpty ? "" : """
                <div id="problems" class="errors" role="alert"><ul>\(problems.sorted { $0.key < $1.key }.map { key, messages -> HTML in
                    "<li><strong>\(key)</strong>: \(messages.joined(separator: "; "))</li>" })</ul></div>
                """
            return Layout.page("\(page.monitoring(.edit)) · \(draft.title)", page, status: status, """
                <p><a href="/monitoring/lists/\(list.id)">\(page.monitoring(.list)) · \(page.monitoring(.version)) \(list.version)</a></p>
                \(problemList)
                \(itemForm(id: "edit-item", action: "/monitoring/lists/\(list.id)/items/\(itemID)", heading: page.monitoring(.edit), draft: draft, page))
                """)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func updateItem(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        let itemID = context.parameters.get("item") ?? ""
        do {
            let current = try await store.obligation(itemID)
            guard current.listID == context.parameters.get("id") else { throw ManbaError.notFound("Obligation not found in this list") }
            _ = try await store.updateItem(itemID, Self.draft(from: form, number: String(current.number)), by: context.principal)
            return Layout.redirect("/monitoring/lists/\(current.listID)")
        } catch ManbaError.validation(let problems) {
            return try await editItemForm(request, context, problems: problems, submitted: Self.draft(from: form), status: .unprocessableContent)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func removeItem(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        try await change(request, context) { _ in try await store.removeItem(context.parameters.get("item") ?? "", by: context.principal) }
    }

    func approve(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        try await change(request, context) { form in
            _ = try await store.approve(context.parameters.get("id") ?? "", on: form.first("approved_on") ?? "", reference: form.first("reference") ?? "",
                                        reason: form.first("revision_reason"), by: context.principal)
        }
    }

    func download(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        do {
            let list = try await store.list(context.parameters.get("id") ?? "", for: context.principal)
            let drafts = try await store.drafts(of: list.id)
            let name = "obligations-v\(list.version)"
            switch QueryString(request).get("format") ?? "csv" {
            case "xlsx":
                let data = try ObligationListFile.xlsx(drafts, sheetName: "v\(list.version)")
                return file(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            case "csv": return file(ObligationListFile.csv(drafts), "text/csv; charset=utf-8", name + ".csv")
            default: return Layout.errorPage(.badRequest("format must be csv or xlsx"), page)
            }
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func file(_ data: Data, _ type: String, _ name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
