import Foundation
import Governance
import Hummingbird
import ManbaCore

/// "Most wanted" (the public ranking by demand score) and, for the monitoring staff, the searches that
/// found nothing.
struct DemandPages {
    let services: Services
    /// The windows a visitor can choose on the "most wanted" page.
    static let windows = [7, 30, 90, 365]

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/most-wanted") { request, context in try await mostWanted(request, context) }
        router.get("/monitoring/searches") { request, context in try await zeroResults(request, context) }
    }

    func mostWanted(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let days = QueryString(request).get("days").flatMap(Int.init).flatMap { Self.windows.contains($0) ? $0 : nil } ?? DemandReport.defaultDays
        let ranking = try await services.governance.demand.mostWanted(days: days, limit: 100)
        let organisations = Dictionary(uniqueKeysWithValues: try await services.organisations.all(kind: .organization).map { ($0.id, $0) })
        let windowLinks: [HTML] = Self.windows.map { n in
            n == days ? "<strong aria-current=\"true\">\(n) \(page.demand(.days))</strong>"
                      : "<a href=\"/most-wanted?days=\(n)\">\(n) \(page.demand(.days))</a>"
        }
        let rows: [HTML] = ranking.scores.enumerated().map { index, s in
            let rating = s.signals.ratingAverage.map { String(format: "%.1f (%d)", $0, s.signals.ratings) } ?? "—"
            return """
            <tr><td>\(index + 1)</td><td><a href="/dataset/\(s.name)">\(page.text(s.title))</a></td>
            <td>\(organisations[s.organisationID].map { page.text($0.title) } ?? "")</td><td><strong>\(String(format: "%.2f", s.score))</strong></td>
            <td>\(s.signals.downloads)</td><td>\(s.signals.apiReads)</td><td>\(s.signals.pageViews)</td><td>\(s.signals.searches)</td>
            <td>\(s.signals.requests)</td><td>\(rating)</td></tr>
            """
        }
        let formula = [
            "\(Self.weight(DemandFormula.downloadWeight)) · log₂(1 + \(page.demand(.downloads)))",
            "\(Self.weight(DemandFormula.apiReadWeight)) · log₂(1 + \(page.demand(.apiReads)))",
            "\(Self.weight(DemandFormula.pageViewWeight)) · log₂(1 + \(page.demand(.pageViews)))",
            "\(Self.weight(DemandFormula.searchWeight)) · log₂(1 + \(page.demand(.searches)))",
            "\(Self.weight(DemandFormula.requestWeight)) · log₂(1 + \(page.demand(.requests)))",
            "\(Self.weight(DemandFormula.ratingWeight)) · (\(page.demand(.rating)) / 5) · log₂(1 + \(page.demand(.ratingsCount)))",
        ].joined(separator: " + ")
        return Layout.page(page.demand(.mostWantedNav), page, """
            <h1>\(page.demand(.mostWantedNav))</h1>
            <p>\(page.demand(.mostWantedIntro))</p>
            <p id="demand-window">\(page.demand(.period)): \(ranking.from) — \(ranking.to) · \(windowLinks.joined(" · "))</p>
            \(rows.isEmpty ? "<p>\(page.demand(.nothingYet))</p>" as HTML : "")
            <table id="most-wanted"><thead><tr><th scope="col">\(page.demand(.rank))</th><th scope="col">\(page.t(.datasets))</th>
            <th scope="col">\(page.t(.organisation))</th><th scope="col">\(page.demand(.score))</th><th scope="col">\(page.demand(.downloads))</th>
            <th scope="col">\(page.demand(.apiReads))</th><th scope="col">\(page.demand(.pageViews))</th><th scope="col">\(page.demand(.searches))</th>
            <th scope="col">\(page.demand(.requests))</th><th scope="col">\(page.demand(.rating))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <details id="demand-formula"><summary>\(page.demand(.formula))</summary>
              <p><code>\(formula)</code></p>
              <p>\(page.demand(.whatIsCounted))</p>
            </details>
            """)
    }

    func zeroResults(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        let params = QueryString(request)
        let month = services.governance.searches.window(days: 30)
        let fromText = params.get("from").flatMap { $0.isEmpty ? nil : $0 } ?? month.from
        let toText = params.get("to").flatMap { $0.isEmpty ? nil : $0 } ?? month.to
        guard let from = CalendarDay.parse(fromText), let to = CalendarDay.parse(toText) else {
            return Layout.errorPage(.badRequest("Give the dates as yyyy-mm-dd"), page)
        }
        do {
            let report = try await services.governance.searches.zeroResults(from: CalendarDay.string(from), to: CalendarDay.string(to), limit: 500,
                                                                           for: context.principal)
            return Layout.page(page.demand(.zeroResultsTitle), page, """
                <h1>\(page.demand(.zeroResultsTitle))</h1>
                <p>\(page.demand(.zeroResultsIntro))</p>
                <form method="get" action="/monitoring/searches" id="search-report-range" class="inline">
                  <label for="report-from">\(page.demand(.from))</label> <input type="date" id="report-from" name="from" value="\(CalendarDay.string(from))">
                  <label for="report-to">\(page.demand(.to))</label> <input type="date" id="report-to" name="to" value="\(CalendarDay.string(to))">
                  <p><button type="submit" class="secondary">\(page.demand(.show))</button></p>
                </form>
                \(report.isEmpty ? "<p>\(page.t(.noResults))</p>" as HTML : "")
                <table id="zero-results"><thead><tr><th scope="col">\(page.demand(.query))</th><th scope="col">\(page.demand(.withoutResults))</th>
                <th scope="col">\(page.demand(.allSearches))</th><th scope="col">\(page.demand(.lastSeen))</th></tr></thead>
                <tbody>\(report.map { q -> HTML in
                    "<tr><td><a href=\"/dataset?q=\(q.sample.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")\">\(q.sample)</a></td><td>\(q.zeroResults)</td><td>\(q.searches)</td><td>\(q.lastDay)</td></tr>"
                })</tbody></table>
                """)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    static func weight(_ w: Double) -> String { w == w.rounded() ? String(Int(w)) : String(w) }
}
