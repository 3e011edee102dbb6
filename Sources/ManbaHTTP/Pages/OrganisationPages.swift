import Hummingbird
import ManbaCore
import ManbaStore
import OpenData

/// Lists of organisations and themes, and one organisation's page with its datasets.
struct OrganisationPages {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/organization") { request, context in try await list(.organization, request, context) }
        router.get("/group") { request, context in try await list(.group, request, context) }
        router.get("/organization/:name") { request, context in try await show(request, context) }
        router.get("/group/:name") { _, context in Layout.redirect("/dataset?groups=\(context.parameters.get("name") ?? "")") }
    }

    func list(_ kind: Organisation.Kind, _ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let all = try await services.organisations.all(kind: kind)
        let counts = try await services.catalogue.datasetCounts(for: context.principal)
        let title = page.t(kind == .group ? .themes : .organisations)
        let items: [HTML] = all.sorted { page.text($0.title) < page.text($1.title) }.map { o in
            let href = kind == .group ? "/dataset?groups=\(o.name)" : "/organization/\(o.name)"
            let count = counts[o.id] ?? 0
            return "<li><a href=\"\(href)\">\(page.text(o.title))</a> <span class=\"count\">(\(count))</span>\(o.region.map { " · \($0)" as HTML } ?? "")</li>"
        }
        return Layout.page(title, page, "<h1>\(title)</h1><ul class=\"themes\" id=\"organisation-list\">\(items)</ul>")
    }

    func show(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let org = try await services.organisations.find(context.parameters.get("name") ?? ""), org.kind == .organization else {
            return Layout.errorPage(.notFound("Organization not found"), page)
        }
        var query = SearchQuery()
        query.filters = [.init(field: .organization, value: org.name)]
        query.sort = .modified(ascending: false)
        query.rows = 100
        query.includePrivate = true
        let result = try await services.catalogue.search(query, for: context.principal)
        let parent = try await org.parentID.asyncMap { try await services.organisations.find($0) } ?? nil
        return Layout.page(page.text(org.title), page, """
            <h1>\(page.text(org.title))</h1>
            <p>\(page.text(org.description))</p>
            <table><tbody>
            \(org.region.map { "<tr><th scope=\"row\">\(page.t(.region))</th><td>\($0)</td></tr>" as HTML } ?? "")
            \(parent.map { "<tr><th scope=\"row\">\(page.t(.parent))</th><td><a href=\"/organization/\($0.name)\">\(page.text($0.title))</a></td></tr>" as HTML } ?? "")
            </tbody></table>
            <h2><a href="/dataset?organization=\(org.name)">\(result.count) \(page.t(.datasetCount))</a></h2>
            <ol class="plain" id="results">\(result.datasets.map { DatasetViews.item($0, page, organisations: [org.id: org]) })</ol>
            """)
    }
}
