import Foundation
import Governance
import ManbaCore
import ManbaStore

/// Pieces the monitoring, snapshot and cabinet pages share.
enum MonitoringViews {
    /// Organisation id → (slug, title in the page's language).
    static func organisationNames(_ services: Services, _ page: PageContext) async throws -> [String: (name: String, title: String)] {
        var names: [String: (String, String)] = [:]
        for org in try await services.organisations.all(kind: .organization) { names[org.id] = (org.name, page.text(org.title)) }
        return names
    }

    static func status(_ status: ObligationStatus, _ page: PageContext) -> HTML {
        let days = status.days.map { " (\($0) \(page.monitoring(.days)))" } ?? ""
        return "<span class=\"status status-\(status.code)\">\(page.monitoring(.status(status)))\(days)</span>"
    }

    static func percent(_ value: Double?) -> String { value.map(SVGChart.format) ?? "—" }

    /// The ranking table of a snapshot, with the figures screen readers and printouts need.
    static func rankingTable(_ results: [OrganisationResult], names: [String: (name: String, title: String)], _ page: PageContext) -> HTML {
        """
        <table id="ranking"><caption>\(page.monitoring(.ranking))</caption><thead><tr>
          <th scope="col">\(page.monitoring(.rank))</th><th scope="col">\(page.monitoring(.organisation))</th>
          <th scope="col">\(page.monitoring(.obligations))</th><th scope="col">\(page.monitoring(.due))</th>
          <th scope="col">\(page.monitoring(.onTime))</th><th scope="col">\(page.monitoring(.late))</th>
          <th scope="col">\(page.monitoring(.overdue))</th><th scope="col">\(page.monitoring(.missing))</th>
          <th scope="col">\(page.monitoring(.compliance))</th><th scope="col">\(page.monitoring(.significant)), %</th></tr></thead>
        <tbody>\(results.map { r -> HTML in
            let name = names[r.organisationID]
            return """
            <tr><td>\(r.rank)</td><th scope="row"><a href="/monitoring/organization/\(name?.name ?? r.organisationID)">\(name?.title ?? r.organisationID)</a></th>
            <td>\(r.counts.obligations)</td><td>\(r.counts.due)</td><td>\(r.counts.onTime)</td><td>\(r.counts.late)</td>
            <td>\(r.counts.overdue)</td><td>\(r.counts.missing)</td><td>\(percent(r.counts.compliance))</td><td>\(percent(r.significant.compliance))</td></tr>
            """
        })</tbody></table>
        """
    }

    /// A compliance trend as a chart and, for screen readers and printouts, as a table.
    static func trend(id: String, _ points: [(label: String, value: Double?)], _ page: PageContext) -> HTML {
        """
        <figure class="trend">
        \(SVGChart.percentLine(id: id, title: page.monitoring(.trend), description: page.monitoring(.trendDescription), points: points))
        <figcaption>
        <details><summary>\(page.monitoring(.figures))</summary>
        <table id="\(id)-table"><thead><tr><th scope="col">\(page.monitoring(.asOf))</th><th scope="col">\(page.monitoring(.compliance))</th></tr></thead>
        <tbody>\(points.map { p -> HTML in "<tr><td>\(p.label)</td><td>\(percent(p.value))</td></tr>" })</tbody></table>
        </details>
        </figcaption>
        </figure>
        """
    }

    static func headings(_ page: PageContext) -> SnapshotTable.Headings {
        SnapshotTable.Headings(recipient: page.monitoring(.recipient), letterNumber: page.monitoring(.letterNumber),
                               letterDate: page.monitoring(.letterDate), asOf: page.monitoring(.asOf), rank: page.monitoring(.rank),
                               organisation: page.monitoring(.organisation), obligations: page.monitoring(.obligations),
                               due: page.monitoring(.due), onTime: page.monitoring(.onTime), late: page.monitoring(.late),
                               overdue: page.monitoring(.overdue), missing: page.monitoring(.missing), compliance: page.monitoring(.compliance),
                               significantDue: "\(page.monitoring(.significant)): \(page.monitoring(.due))",
                               significantOnTime: "\(page.monitoring(.significant)): \(page.monitoring(.onTime))",
                               significantCompliance: "\(page.monitoring(.significant)): \(page.monitoring(.compliance))")
    }
}
