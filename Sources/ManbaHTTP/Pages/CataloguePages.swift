import Foundation
import Hummingbird
import ManbaCore
import ManbaStore
import OpenData

/// The public pages of the catalogue: home, search, dataset, history.
struct CataloguePages {
    let services: Services
    static let facetFields = SearchQuery.facetFields
    static let pageSize = 20

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/") { request, context in try await home(request, context) }
        router.get("/dataset") { request, context in try await search(request, context) }
        router.get("/dataset/:name") { request, context in try await dataset(request, context) }
        router.get("/dataset/:name/history") { request, context in try await history(request, context) }
    }

    func home(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let (organisations, groups) = try await services.catalogue.organisationsAndGroups()
        let counts = try await services.catalogue.datasetCounts(for: context.principal)
        var recentQuery = SearchQuery()
        recentQuery.sort = .modified(ascending: false)
        recentQuery.rows = 6
        let recent = try await services.catalogue.search(recentQuery, for: context.principal)
        let orgMap = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        return Layout.page(page.t(.siteTagline), page, """
            <h1>\(page.t(.siteTagline))</h1>
            <p>\(recent.count) \(page.t(.datasetCount)) · \(organisations.count) \(page.t(.organisations).lowercased())</p>
            \(DatasetViews.searchForm(page, query: ""))
            <h2>\(page.t(.themesIntro))</h2>
            <ul class="themes" id="themes">
            \(groups.map { g -> HTML in
                "<li><a href=\"/dataset?groups=\(g.name)\">\(page.text(g.title))</a> <span class=\"count\">(\(counts[g.id] ?? 0))</span></li>"
            })
            </ul>
            <h2>\(page.t(.recentDatasets))</h2>
            <ol class="plain" id="recent">\(recent.datasets.map { DatasetViews.item($0, page, organisations: orgMap) })</ol>
            """)
    }

    func search(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let params = QueryString(request)
        var query = SearchQuery()
        query.text = params.get("q") ?? ""
        query.includePrivate = true
        query.facetFields = Self.facetFields
        query.facetLimit = 12
        for field in Self.facetFields { if let value = params.get(field.rawValue), !value.isEmpty { query.filters.append(.init(field: field, value: value)) } }
        let sortKey = params.get("sort") ?? ""
        query.sort = switch sortKey {
        case "modified": .modified(ascending: false)
        case "name": .title(ascending: true)
        case "popular": .popularity
        default: query.text.isEmpty ? .modified(ascending: false) : .relevance
        }
        // Bounded so that page * size cannot overflow, whatever a visitor types.
        let pageNumber = min(max(1, params.get("page").flatMap(Int.init) ?? 1), 1_000_000)
        query.rows = Self.pageSize
        query.start = (pageNumber - 1) * Self.pageSize
        let result = try await services.catalogue.search(query, for: context.principal)
        if pageNumber == 1 { services.governance.searches.record(query.text, found: result.count) }
        let (organisations, groups) = try await services.catalogue.organisationsAndGroups()
        let orgMap = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0) })
        let orgByName = Dictionary(uniqueKeysWithValues: organisations.map { ($0.name, $0) })
        let groupByName = Dictionary(uniqueKeysWithValues: groups.map { ($0.name, $0) })

        func label(_ field: SearchQuery.Field, _ value: String) -> String {
            switch field {
            case .organization: return orgByName[value].map { page.text($0.title) } ?? value
            case .groups: return groupByName[value].map { page.text($0.title) } ?? value
            case .frequency: return Frequency(rawValue: value).map { page.t(.frequencyName($0)) } ?? value
            case .licenseID: return Licence.find(value)?.title ?? value
            case .language: return Language(tag: value)?.autonym ?? value
            default: return value
            }
        }
        func heading(_ field: SearchQuery.Field) -> String {
            switch field {
            case .organization: return page.t(.organisation)
            case .groups: return page.t(.themes)
            case .tags: return page.t(.tags)
            case .resFormat: return page.t(.format)
            case .licenseID: return page.t(.licence)
            case .language: return page.t(.language)
            case .frequency: return page.t(.frequency)
            default: return field.rawValue
            }
        }
        let facetsHTML: [HTML] = Self.facetFields.compactMap { field in
            FacetList.section(parameter: field.rawValue, heading: heading(field), items: result.facets[field] ?? [],
                              active: params.get(field.rawValue), label: { label(field, $0) }, page)
        }
        let lastPage = max(1, (result.count + Self.pageSize - 1) / Self.pageSize)
        var pager: [HTML] = []
        if pageNumber > 1 { pager.append("<a rel=\"prev\" href=\"\(page.url(replacing: ["page": String(pageNumber - 1)]))\">\(page.t(.previous))</a>") }
        if result.count > 0 { pager.append("<span>\(page.t(.page)) \(pageNumber) / \(lastPage)</span>") }
        if pageNumber < lastPage { pager.append("<a rel=\"next\" href=\"\(page.url(replacing: ["page": String(pageNumber + 1)]))\">\(page.t(.next))</a>") }

        let sortOptions: [(String, Message)] = [("", .sortRelevance), ("modified", .sortModified), ("name", .sortName), ("popular", .sortPopularity)]
        return Layout.page(query.text.isEmpty ? page.t(.datasets) : "\(query.text) · \(page.t(.search))", page, """
            <h1>\(page.t(.datasets))</h1>
            \(DatasetViews.searchForm(page, query: query.text))
            <div class="layout">
            <aside id="facets" aria-label="\(page.t(.filterBy))"><h2 class="visually-hidden">\(page.t(.filterBy))</h2>\(facetsHTML)</aside>
            <div>
              <form method="get" action="/dataset" class="inline">
                \(params.get("q").map { "<input type=\"hidden\" name=\"q\" value=\"\($0)\">" as HTML } ?? "")
                \(Self.facetFields.compactMap { f in params.get(f.rawValue).map { "<input type=\"hidden\" name=\"\(f.rawValue)\" value=\"\($0)\">" as HTML } })
                <label for="sort">\(page.t(.sortBy))</label>
                <select id="sort" name="sort">\(sortOptions.map { opt -> HTML in
                    "<option value=\"\(opt.0)\"\(HTML(raw: opt.0 == sortKey ? " selected" : ""))>\(page.t(opt.1))</option>" })</select>
                <button type="submit" class="secondary">\(page.t(.sortBy))</button>
              </form>
              <p id="result-count" role="status"><strong>\(result.count)</strong> \(page.t(.resultsFound))</p>
              \(result.count == 0 ? "<p>\(page.t(.noResults))</p>" as HTML : "")
              <ol id="results" start="\(query.start + 1)">\(result.datasets.map { DatasetViews.item($0, page, organisations: orgMap) })</ol>
              <nav aria-label="\(page.t(.page))" class="pager">\(pager.joined(" "))</nav>
            </div>
            </div>
            """)
    }

    func dataset(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let name = context.parameters.get("name") ?? ""
        do {
            let current = try await services.catalogue.dataset(name, for: context.principal)
            services.governance.usage.record(.pageView, dataset: current.id)
            let versionNumber = QueryString(request).get("version").flatMap(Int.init)
            let d = try await versionNumber.asyncMap { try await services.catalogue.version($0, of: current.id, for: context.principal) } ?? current
            let (organisations, groups) = try await services.catalogue.organisationsAndGroups()
            let org = organisations.first { $0.id == d.ownerOrg }
            let mayEdit = context.principal.has(.editor, in: current.ownerOrg)
            let licence = d.licenseID.flatMap(Licence.find)
            let rows: [(Message, HTML)] = [
                (.organisation, org.map { "<a href=\"/organization/\($0.name)\">\(page.text($0.title))</a>" } ?? ""),
                (.licence, licence.map { l in l.url.isEmpty ? "\(l.title)" : "<a href=\"\(l.url)\">\(l.title)</a>" } ?? HTML(raw: HTML.escape(page.t(.unspecified)))),
                (.frequency, "\(d.frequency.map { page.t(.frequencyName($0)) } ?? page.t(.unspecified))"),
                (.temporalCoverage, d.temporalStart == nil && d.temporalEnd == nil ? "\(page.t(.unspecified))" : "\(d.temporalStart ?? "…") – \(d.temporalEnd ?? "…")"),
                (.spatialCoverage, "\(d.spatial ?? page.t(.unspecified))"),
                (.maintainer, "\(d.maintainer ?? "")\(d.maintainerEmail.map { " <\($0)>" } ?? "")"),
                (.socialSignificance, d.sociallySignificant ? "\(d.legalReference ?? "")" : "\(page.t(.none))"),
                (.themes, groups.filter { d.groups.contains($0.id) }.map { "<a href=\"/dataset?groups=\($0.name)\">\(page.text($0.title))</a>" as HTML }.joined(", ")),
                (.created, "\(page.localTime(d.created))"),
                (.lastUpdated, "\(page.localTime(d.modified))"),
            ]
            let resources: [HTML] = d.resources.map { r in
                let href = r.isUpload ? r.url + (versionNumber.map { "?version=\($0)" } ?? "") : r.url
                return """
                <li class="resource-item">
                  <strong>\(page.text(r.name).isEmpty ? r.fileName ?? r.url : page.text(r.name))</strong>
                  <span class="badge">\(r.format.isEmpty ? "?" : r.format)</span> \(DatasetViews.formatSize(r.size))
                  \(r.lastModified.map { "· \(page.t(.lastUpdated)): \(page.localTime($0))" as HTML } ?? "")
                  <a class="resource-download" href="\(href)">\(page.t(.download))</a>
                  \(mayEdit && versionNumber == nil && r.isUpload ? "<a class=\"resource-replace\" href=\"/dataset/\(d.name)/resource/\(r.id)/edit\">\(page.t(.replaceFile))</a>" as HTML : "")
                </li>
                """
            }
            // Quality is about the dataset as it stands, so an older version shows none.
            let quality = versionNumber == nil ? await QualityView.section(for: current.id, services: services, context: context, page) : ""
            let feedback = versionNumber == nil ? await FeedbackView.section(for: current, services: services, context: context, page) : ""
            return Layout.page(page.text(d.title), page, """
                \(versionNumber.map { "<p class=\"notice\" role=\"note\">\(page.t(.olderVersionNotice)) (\(page.t(.version)) \($0)). <a href=\"/dataset/\(current.name)\">\(page.t(.showCurrent))</a></p>" as HTML } ?? "")
                <h1 id="dataset-title">\(page.text(d.title))</h1>
                \(page.text(d.notes).split(separator: "\n").map { "<p>\(String($0))</p>" as HTML })
                <p>\(d.tags.map { "<a class=\"badge\" href=\"/dataset?tags=\($0)\">\($0)</a>" as HTML })</p>
                <p>\(mayEdit && versionNumber == nil ? "<a id=\"edit-link\" class=\"button\" href=\"/dataset/\(d.name)/edit\">\(page.t(.edit))</a> <a id=\"add-resource-link\" class=\"button secondary\" href=\"/dataset/\(d.name)/resource/new\">\(page.t(.addResource))</a>" as HTML : "")
                   <a id="history-link" href="/dataset/\(current.name)/history">\(page.t(.history))</a>
                   · <a href="/api/3/action/package_show?id=\(d.id)">JSON (CKAN API)</a></p>
                <h2>\(page.t(.resources))</h2>
                <ul id="resources" class="plain">\(resources)</ul>
                \(resources.isEmpty ? "<p>\(page.t(.none))</p>" as HTML : "")
                <h2>\(page.t(.metadata))</h2>
                <table><tbody>\(rows.map { "<tr><th scope=\"row\">\(page.t($0.0))</th><td>\($0.1)</td></tr>" as HTML })
                \(d.extras.map { "<tr><th scope=\"row\">\($0.key)</th><td>\($0.value)</td></tr>" as HTML })
                <tr><th scope="row">ID</th><td><code>\(d.id)</code></td></tr></tbody></table>
                \(quality)
                \(feedback)
                """)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    func history(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let name = context.parameters.get("name") ?? ""
        do {
            let d = try await services.catalogue.dataset(name, for: context.principal)
            let versions = try await services.catalogue.history(of: d.id, for: context.principal)
            return Layout.page("\(page.t(.history)): \(page.text(d.title))", page, """
                <h1>\(page.t(.history))</h1>
                <p><a href="/dataset/\(d.name)">\(page.text(d.title))</a></p>
                <table id="history"><thead><tr><th scope="col">\(page.t(.version))</th><th scope="col">\(page.t(.whoWhen))</th><th scope="col">\(page.t(.author))</th><th scope="col">\(page.t(.changedFields))</th><th scope="col"></th></tr></thead>
                <tbody>\(versions.map { v -> HTML in
                    "<tr><td>\(v.version)</td><td>\(page.localTime(v.at))</td><td>\(v.actor)</td><td>\(v.changedFields.joined(separator: ", "))</td><td><a href=\"/dataset/\(d.name)?version=\(v.version)\">\(page.t(.viewVersion))</a></td></tr>"
                })</tbody></table>
                """)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }
}
