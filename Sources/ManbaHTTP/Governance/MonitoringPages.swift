import Foundation
import Governance
import Hummingbird
import ManbaCore

/// The public monitoring page (as data.egov.uz/monitoring): the ranking of organisations in the latest
/// snapshot, the trend over time, socially significant data by quarter, each organisation's record,
/// and the snapshots with their exports for named recipients.
struct MonitoringPages {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/monitoring") { request, context in try await overview(request, context) }
        router.post("/monitoring/run") { request, context in try await run(request, context) }
        router.get("/monitoring/organization/:name") { request, context in try await organisation(request, context) }
        router.get("/monitoring/snapshots") { request, context in try await snapshots(request, context) }
        router.get("/monitoring/snapshots/:id") { request, context in try await snapshot(request, context) }
        router.post("/monitoring/snapshots/:id/export") { request, context in try await recordExport(request, context) }
        router.get("/monitoring/snapshots/:id/download") { request, context in try await download(request, context) }
    }

    var monitoring: MonitoringService { services.governance.monitoring }

    func overview(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let isStaff = try await services.governance.access.isMonitoringStaff(context.principal)
        let recent = try await monitoring.snapshots(limit: 36)
        let staffTools: HTML = isStaff ? """
            <section id="staff-tools"><h2>\(page.monitoring(.runMonitoring))</h2>
            <form id="run-monitoring" method="post" action="/monitoring/run">\(page.csrfField)
              <label for="as_of">\(page.monitoring(.asOf))</label> <input type="date" id="as_of" name="as_of" value="\(CalendarDay.string(Date()))">
              <button type="submit">\(page.monitoring(.run))</button></form>
            <p><a href="/monitoring/lists">\(page.monitoring(.lists))</a> · <a href="/monitoring/searches">\(page.monitoring(.searchesLink))</a>
               · <a id="staff-inbox" href="/monitoring/inbox">\(page.monitoring(.inbox))</a></p></section>
            """ : ""
        guard let latest = recent.first else {
            return Layout.page(page.monitoring(.monitoring), page, """
                <h1>\(page.monitoring(.monitoring))</h1><p>\(page.monitoring(.monitoringIntro))</p><p id="no-snapshot">\(page.monitoring(.noSnapshot))</p>\(staffTools)
                """)
        }
        let names = try await MonitoringViews.organisationNames(services, page)
        let ranking = try await monitoring.organisationResults(latest.id)
        let points = recent.reversed().map { (label: $0.asOf, value: $0.totals.compliance) }
        let year = Int(latest.asOf.prefix(4)) ?? 2025
        let quarters = try await monitoring.significantByQuarter(year: year)
        let openness = try await services.governance.openness.ranking()
        let top = ranking.prefix(15).map { (label: names[$0.organisationID]?.title ?? $0.organisationID, value: $0.counts.compliance) }
        return Layout.page(page.monitoring(.monitoring), page, """
            <h1>\(page.monitoring(.monitoring))</h1>
            <p>\(page.monitoring(.monitoringIntro))</p>
            <section id="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">\(page.monitoring(.asOf)) \(latest.asOf)</h2>
            <dl class="figures">
              <dt>\(page.monitoring(.obligations))</dt><dd id="total-obligations">\(latest.totals.obligations)</dd>
              <dt>\(page.monitoring(.onTime))</dt><dd id="total-on-time">\(latest.totals.onTime)</dd>
              <dt>\(page.monitoring(.late))</dt><dd id="total-late">\(latest.totals.late)</dd>
              <dt>\(page.monitoring(.overdue))</dt><dd id="total-overdue">\(latest.totals.overdue)</dd>
              <dt>\(page.monitoring(.missing))</dt><dd id="total-missing">\(latest.totals.missing)</dd>
              <dt>\(page.monitoring(.compliance))</dt><dd id="total-compliance">\(MonitoringViews.percent(latest.totals.compliance))</dd>
            </dl>
            <p><a href="/monitoring/snapshots/\(latest.id)">\(page.monitoring(.printable))</a> · <a href="/monitoring/snapshots">\(page.monitoring(.previousSnapshots))</a>
            · <a href="/api/monitoring">JSON</a></p>
            </section>
            <section aria-labelledby="trend-heading"><h2 id="trend-heading">\(page.monitoring(.trend))</h2>
            \(MonitoringViews.trend(id: "trend-chart", points, page))</section>
            <section aria-labelledby="ranking-heading"><h2 id="ranking-heading">\(page.monitoring(.ranking))</h2>
            \(SVGChart.percentBars(id: "ranking-chart", title: page.monitoring(.ranking), description: page.monitoring(.compliance), rows: Array(top)))
            \(MonitoringViews.rankingTable(ranking, names: names, page))</section>
            <section id="significant" aria-labelledby="significant-heading"><h2 id="significant-heading">\(page.monitoring(.significant)), \(year)</h2>
            <p>\(page.monitoring(.significantIntro))</p>
            <table><thead><tr><th scope="col">\(page.monitoring(.quarter))</th><th scope="col">\(page.monitoring(.asOf))</th>
              <th scope="col">\(page.monitoring(.due))</th><th scope="col">\(page.monitoring(.onTime))</th><th scope="col">\(page.monitoring(.compliance))</th></tr></thead>
            <tbody>\(quarters.map { q -> HTML in
                "<tr><th scope=\"row\">\(year)-Q\(q.quarter)</th><td><a href=\"/monitoring/snapshots/\(q.snapshot.id)\">\(q.snapshot.asOf)</a></td><td>\(q.counts.due)</td><td>\(q.counts.onTime)</td><td>\(MonitoringViews.percent(q.counts.compliance))</td></tr>"
            })</tbody></table></section>
            <section id="openness" aria-labelledby="openness-heading"><h2 id="openness-heading">\(page.monitoring(.opennessIndex))</h2>
            <p>\(page.monitoring(.opennessFormula)) <a href="/api/monitoring/openness">JSON</a></p>
            <table id="openness-table"><thead><tr><th scope="col">\(page.monitoring(.rank))</th><th scope="col">\(page.monitoring(.organisation))</th>
              <th scope="col">\(page.monitoring(.opennessIndex))</th><th scope="col">\(page.monitoring(.compliance))</th>
              <th scope="col">\(page.monitoring(.quality))</th><th scope="col">\(page.monitoring(.responsiveness))</th></tr></thead>
            <tbody>\(openness.prefix(30).enumerated().map { i, o -> HTML in
                let name = names[o.organisationID]
                return "<tr><td>\(i + 1)</td><th scope=\"row\"><a href=\"/monitoring/organization/\(name?.name ?? o.organisationID)\">\(name?.title ?? o.organisationID)</a></th><td>\(MonitoringViews.percent(o.value))</td><td>\(MonitoringViews.percent(o.timeliness))</td><td>\(MonitoringViews.percent(o.quality))</td><td>\(MonitoringViews.percent(o.responsiveness))</td></tr>"
            })</tbody></table></section>
            \(staffTools)
            """)
    }

    func run(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        guard let day = CalendarDay.parse(form.first("as_of") ?? "") else { return Layout.errorPage(.badRequest("as_of: yyyy-mm-dd"), page) }
        do {
            let (snapshot, _, notices) = try await services.governance.runMonitoring(asOf: day, trigger: "manual", by: context.principal)
            let mailer = services.governance.mailer
            if notices > 0 { Task { _ = await mailer.deliverDue() } }
            return Layout.redirect("/monitoring/snapshots/\(snapshot.id)")
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func organisation(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let org = try await services.organisations.find(context.parameters.get("name") ?? ""), org.kind == .organization else {
            return Layout.errorPage(.notFound("Not found"), page)
        }
        let history = try await monitoring.history(of: org.id)
        let points = history.map { (label: $0.snapshot.asOf, value: $0.result.counts.compliance) }
        var current: HTML = ""
        if let last = history.last {
            let lines = try await monitoring.obligationResults(last.snapshot.id, organisationID: org.id)
            current = obligationTable(lines, page, caption: "\(page.monitoring(.obligations)) · \(page.monitoring(.asOf)) \(last.snapshot.asOf)")
        }
        return Layout.page("\(page.text(org.title)) · \(page.monitoring(.monitoring))", page, """
            <h1>\(page.text(org.title))</h1>
            <p><a href="/monitoring">\(page.monitoring(.monitoring))</a> · <a href="/organization/\(org.name)">\(page.t(.datasets))</a>
             · <a href="/api/monitoring/organizations/\(org.name)">JSON</a></p>
            <section aria-labelledby="record-heading"><h2 id="record-heading">\(page.monitoring(.recordOverTime))</h2>
            \(history.isEmpty ? "<p>\(page.monitoring(.noSnapshot))</p>" as HTML : MonitoringViews.trend(id: "organisation-trend", points, page))
            <table id="organisation-record"><thead><tr><th scope="col">\(page.monitoring(.asOf))</th><th scope="col">\(page.monitoring(.rank))</th>
              <th scope="col">\(page.monitoring(.due))</th><th scope="col">\(page.monitoring(.onTime))</th><th scope="col">\(page.monitoring(.late))</th>
              <th scope="col">\(page.monitoring(.overdue))</th><th scope="col">\(page.monitoring(.missing))</th><th scope="col">\(page.monitoring(.compliance))</th></tr></thead>
            <tbody>\(history.reversed().map { h -> HTML in
                let c = h.result.counts
                return "<tr><td><a href=\"/monitoring/snapshots/\(h.snapshot.id)\">\(h.snapshot.asOf)</a></td><td>\(h.result.rank)</td><td>\(c.due)</td><td>\(c.onTime)</td><td>\(c.late)</td><td>\(c.overdue)</td><td>\(c.missing)</td><td>\(MonitoringViews.percent(c.compliance))</td></tr>"
            })</tbody></table></section>
            \(current)
            """)
    }

    func obligationTable(_ lines: [(result: ObligationResult, obligation: Obligation)], _ page: PageContext, caption: String) -> HTML {
        """
        <table id="obligations"><caption>\(caption)</caption><thead><tr><th scope="col">\(page.monitoring(.number))</th>
          <th scope="col">\(page.monitoring(.title))</th><th scope="col">\(page.monitoring(.periodicity))</th><th scope="col">\(page.monitoring(.period))</th>
          <th scope="col">\(page.monitoring(.deadline))</th><th scope="col">\(page.monitoring(.published))</th><th scope="col">\(page.monitoring(.state))</th></tr></thead>
        <tbody>\(lines.map { line -> HTML in
            """
            <tr><td>\(line.obligation.number)</td><td>\(line.obligation.title)\(line.obligation.sociallySignificant ? " ★" : "")</td>
            <td>\(line.obligation.periodicity.rawValue)</td><td>\(line.result.period ?? "")</td><td>\(line.result.deadline ?? "")</td>
            <td>\(line.result.published.map { String($0.prefix(10)) } ?? "")</td><td>\(MonitoringViews.status(line.result.status, page))</td></tr>
            """
        })</tbody></table>
        """
    }

    func snapshots(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let all = try await monitoring.snapshots(limit: 500)
        return Layout.page(page.monitoring(.snapshots), page, """
            <h1>\(page.monitoring(.snapshots))</h1>
            <table id="snapshots"><thead><tr><th scope="col">\(page.monitoring(.asOf))</th><th scope="col">\(page.monitoring(.obligations))</th>
              <th scope="col">\(page.monitoring(.compliance))</th><th scope="col">\(page.monitoring(.trigger))</th><th scope="col">\(page.monitoring(.createdBy))</th></tr></thead>
            <tbody>\(all.map { s -> HTML in
                "<tr><td><a href=\"/monitoring/snapshots/\(s.id)\">\(s.asOf)</a></td><td>\(s.totals.obligations)</td><td>\(MonitoringViews.percent(s.totals.compliance))</td><td>\(s.trigger)</td><td>\(s.createdBy)</td></tr>"
            })</tbody></table>
            """)
    }

    /// The printable snapshot: with `?export=ID`, headed as the letter it was sent with.
    func snapshot(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        do {
            let snapshot = try await monitoring.snapshot(context.parameters.get("id") ?? "")
            var export: SnapshotExport? = nil
            if let exportID = QueryString(request).get("export") { export = try await monitoring.export(exportID) }
            guard export == nil || export?.snapshotID == snapshot.id else { return Layout.errorPage(.notFound("Not found"), page) }
            let names = try await MonitoringViews.organisationNames(services, page)
            let ranking = try await monitoring.organisationResults(snapshot.id)
            let sent = try await monitoring.exports(of: snapshot.id)
            let isStaff = try await services.governance.access.isMonitoringStaff(context.principal)
            let letter = SnapshotTable.letter(snapshot, export: export, MonitoringViews.headings(page))
            let downloadQuery = export.map { "&export=\($0.id)" } ?? ""
            return Layout.page("\(page.monitoring(.snapshot)) \(snapshot.asOf)", page, """
                <article id="snapshot" class="printable">
                <h1>\(page.monitoring(.snapshot)) · \(snapshot.asOf)</h1>
                <dl id="letter" class="metadata">\(letter.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" as HTML })
                  <dt>\(page.monitoring(.compliance))</dt><dd>\(MonitoringViews.percent(snapshot.totals.compliance))</dd></dl>
                <p class="no-print">\(page.monitoring(.download)): <a id="download-csv" href="/monitoring/snapshots/\(snapshot.id)/download?format=csv\(downloadQuery)">CSV</a>,
                  <a id="download-xlsx" href="/monitoring/snapshots/\(snapshot.id)/download?format=xlsx\(downloadQuery)">XLSX</a></p>
                \(MonitoringViews.rankingTable(ranking, names: names, page))
                </article>
                <section class="no-print" aria-labelledby="exports-heading"><h2 id="exports-heading">\(page.monitoring(.exports))</h2>
                <ul id="exports">\(sent.map { e -> HTML in
                    "<li><a href=\"/monitoring/snapshots/\(snapshot.id)?export=\(e.id)\">\(e.recipient) — № \(e.letterNumber), \(e.letterDate)</a></li>"
                })</ul>
                \(isStaff ? exportForm(snapshot, page) : "")
                </section>
                """)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func exportForm(_ snapshot: MonitoringSnapshot, _ page: PageContext) -> HTML {
        """
        <form id="export-form" method="post" action="/monitoring/snapshots/\(snapshot.id)/export">\(page.csrfField)
          <h3>\(page.monitoring(.exportSnapshot))</h3>
          <p><label for="recipient">\(page.monitoring(.recipient))</label><input id="recipient" name="recipient" required maxlength="300"></p>
          <p><label for="letter_number">\(page.monitoring(.letterNumber))</label><input id="letter_number" name="letter_number" required maxlength="100"></p>
          <p><label for="letter_date">\(page.monitoring(.letterDate))</label><input type="date" id="letter_date" name="letter_date" required></p>
          <button type="submit">\(page.monitoring(.send))</button>
        </form>
        """
    }

    func recordExport(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        do {
            let export = try await monitoring.recordExport(of: context.parameters.get("id") ?? "", recipient: form.first("recipient") ?? "",
                                                           letterNumber: form.first("letter_number") ?? "", letterDate: form.first("letter_date") ?? "",
                                                           by: context.principal)
            return Layout.redirect("/monitoring/snapshots/\(export.snapshotID)?export=\(export.id)")
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func download(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        do {
            let snapshot = try await monitoring.snapshot(context.parameters.get("id") ?? "")
            let params = QueryString(request)
            var export: SnapshotExport? = nil
            if let exportID = params.get("export") { export = try await monitoring.export(exportID) }
            let file = try await SnapshotFiles.make(snapshot, export: export, format: params.get("format") ?? "csv", services: services, page: page)
            return file
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }
}
