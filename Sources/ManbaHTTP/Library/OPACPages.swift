import Foundation
import Hummingbird
import Library
import ManbaCore

/// The union catalogue's public pages (OPAC): search with facets, the record with its holdings,
/// the MARC view, export, and the member libraries.
struct OPACPages {
    let services: Services
    static let pageSize = 20

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/opac") { request, context in try await search(request, context) }
        router.get("/opac/export") { request, context in try await exportSearch(request, context) }
        router.get("/opac/libraries") { request, context in try await libraries(request, context) }
        router.get("/opac/record/:id") { request, context in try await record(request, context) }
        router.get("/opac/record/:id/marc") { request, context in try await marc(request, context) }
        router.get("/opac/record/:id/export") { request, context in try await export(request, context) }
    }

    func search(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let params = QueryString(request)
        let opac = OPACQuery(params)
        let sortKey = params.get("sort") ?? ""
        let sort: LibrarySort = switch sortKey {
        case "new": .yearDescending
        case "old": .yearAscending
        case "title": .title
        default: opac.text.isEmpty ? .yearDescending : .relevance
        }
        let pageNumber = min(max(1, params.get("page").flatMap(Int.init) ?? 1), 100_000)
        let result = try await services.library.search(opac.query, sort: sort, start: (pageNumber - 1) * Self.pageSize, rows: Self.pageSize,
                                                       facets: LibraryFacet.allCases, facetLimit: 15)
        let libraries = try await services.library.libraries()
        let names = Dictionary(uniqueKeysWithValues: libraries.map { ($0.code, $0.displayName(page.language)) })
        // Foreign catalogues are asked only when the reader asks, and only with words to search for.
        var federated: [FederatedTargetResult]? = nil
        if params.get("federated") == "1", let federation = services.federation, !opac.text.trimmingCharacters(in: .whitespaces).isEmpty {
            federated = await federation.search(opac.text)
        }
        if params.get("format") == "json" { return json(result, names: names, language: page.language, federated: federated) }

        func label(_ facet: LibraryFacet, _ value: String) -> String {
            switch facet {
            case .library: return names[value] ?? value
            case .material: return MaterialType(rawValue: value).map { page.library(.materialName($0)) } ?? value
            case .language: return Language(tag: value)?.autonym ?? LanguageNames.name(of: value, in: page.language)
            default: return value
            }
        }
        let facetsHTML: [HTML] = LibraryFacet.allCases.compactMap { facet in
            FacetList.section(parameter: facet.rawValue, heading: page.library(.facetName(facet)), items: result.facets[facet] ?? [],
                              active: params.get(facet.rawValue), label: { label(facet, $0) }, page)
        }
        let lastPage = max(1, (result.count + Self.pageSize - 1) / Self.pageSize)
        var pager: [HTML] = []
        if pageNumber > 1 { pager.append("<a rel=\"prev\" href=\"\(page.url(replacing: ["page": String(pageNumber - 1)]))\">\(page.t(.previous))</a>") }
        if result.count > 0 { pager.append("<span>\(page.t(.page)) \(pageNumber) / \(lastPage)</span>") }
        if pageNumber < lastPage { pager.append("<a rel=\"next\" href=\"\(page.url(replacing: ["page": String(pageNumber + 1)]))\">\(page.t(.next))</a>") }
        let sortOptions: [(String, String)] = [("", page.t(.sortRelevance)), ("new", page.library(.sortYearNewest)),
                                               ("old", page.library(.sortYearOldest)), ("title", page.library(.sortTitle))]
        return Layout.page(opac.text.isEmpty ? page.library(.catalogue) : "\(opac.text) · \(page.library(.catalogue))", page, """
            <h1>\(page.library(.catalogue))</h1>
            <p>\(page.library(.catalogueIntro)) <a href="/opac/libraries">\(page.library(.libraries))</a></p>
            <form id="opac-search" class="search-form" role="search" method="get" action="/opac">
              <label for="q" class="visually-hidden">\(page.t(.search))</label>
              <input type="search" id="q" name="q" value="\(opac.text)" placeholder="\(page.library(.searchHint))">
              <button id="opac-submit" type="submit">\(page.t(.searchButton))</button>
            </form>
            <div class="layout">
            <aside id="facets" aria-label="\(page.t(.filterBy))"><h2 class="visually-hidden">\(page.t(.filterBy))</h2>\(facetsHTML)</aside>
            <div>
              <form method="get" action="/opac" class="inline">
                \(params.pairs.filter { $0.0 != "sort" && $0.0 != "page" && $0.0 != "lang" }.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">" as HTML })
                <label for="sort">\(page.t(.sortBy))</label>
                <select id="sort" name="sort">\(sortOptions.map { opt -> HTML in
                    "<option value=\"\(opt.0)\"\(HTML(raw: opt.0 == sortKey ? " selected" : ""))>\(opt.1)</option>" })</select>
                <button type="submit" class="secondary">\(page.t(.sortBy))</button>
              </form>
              <p id="result-count" role="status"><strong>\(result.count)</strong> \(page.library(.recordsFound))</p>
              \(result.count == 0 ? "<p>\(page.t(.noResults))</p>" as HTML : "")
              <ol id="results" start="\((pageNumber - 1) * Self.pageSize + 1)">\(result.records.map { item($0, page, names: names) })</ol>
              <nav aria-label="\(page.t(.page))" class="pager">\(pager.joined(" "))</nav>
              \(result.count == 0 ? "" as HTML : "<p id=\"export-results\">\(page.library(.export)): <a href=\"\(exportURL(page, "iso2709"))\">ISO 2709</a>, <a href=\"\(exportURL(page, "marcxml"))\">MARCXML</a>, <a href=\"\(exportURL(page, "json"))\">MARC-JSON</a></p>")
              \(federated.map { FederatedView.section($0, page) } ?? "")
              \(services.federation != nil && federated == nil && !opac.text.isEmpty
                  ? "<p><a id=\"ask-federated\" href=\"\(page.url(replacing: ["federated": "1"]))\">\(page.library(.searchForeign))</a></p>" as HTML : "")
            </div>
            </div>
            """)
    }

    func exportURL(_ page: PageContext, _ format: String) -> String {
        PageContext.url("/opac/export", page.query.filter { !["page", "sort", "federated", "lang", "format"].contains($0.0) } + [("format", format)])
    }

    func item(_ work: WorkRecord, _ page: PageContext, names: [String: String]) -> HTML {
        let s = work.summary
        let libraries = Set(work.holdings.map(\.libraryCode))
        return """
        <li class="record"><h3><a href="/opac/record/\(String(work.id))">\(s.title.isEmpty ? "—" : s.title)</a></h3>
        <p>\(s.creators.prefix(3).joined(separator: "; "))\(s.creators.isEmpty ? "" : " · ")\(s.publisher)\(s.year.map { ", \($0)" } ?? "")
        · \(page.library(.materialName(s.materialType)))</p>
        <p class="holdings-summary">\(page.library(.libraries)): \(libraries.count) — \(libraries.sorted().prefix(3).map { names[$0] ?? $0 }.joined(separator: ", "))\(libraries.count > 3 ? "…" : "")</p></li>
        """
    }

    func record(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { return Layout.errorPage(.notFound("Not found"), page) }
        let work: WorkRecord
        do { work = try await services.library.work(id) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        let libraries = try await services.library.libraries()
        let byCode = Dictionary(uniqueKeysWithValues: libraries.map { ($0.code, $0) })
        let s = work.summary
        let holdings = work.holdings
        let items = try await services.digitalLibrary.items(of: work.id)
        return Layout.page(s.title, page, """
            <article id="record">
            <h1>\(s.title.isEmpty ? "—" : s.title)</h1>
            <dl class="metadata">
              \(s.creators.isEmpty ? "" : "<dt>\(page.library(.authors))</dt><dd>\(s.creators.map { c -> HTML in "<a href=\"/opac?author=\(c.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")\">\(c)</a>" }.joined("; "))</dd>" as HTML)
              <dt>\(page.library(.publisher))</dt><dd>\([s.place, s.publisher].filter { !$0.isEmpty }.joined(separator: ": "))\(s.year.map { ", \($0)" } ?? "")</dd>
              \(s.isbns.isEmpty ? "" : "<dt>\(page.library(.isbn))</dt><dd>\(s.isbns.joined(separator: ", "))</dd>" as HTML)
              <dt>\(page.library(.language))</dt><dd>\(LanguageNames.name(of: s.language, in: page.language))</dd>
              <dt>\(page.library(.material))</dt><dd>\(page.library(.materialName(s.materialType)))</dd>
              \(s.subjects.isEmpty ? "" : "<dt>\(page.library(.subjects))</dt><dd><ul class=\"plain\">\(s.subjects.map { sub -> HTML in "<li><a href=\"/opac?subject=\(sub.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")\">\(sub)</a></li>" }.joined())</ul></dd>" as HTML)
              <dt>\(page.library(.recordNumber))</dt><dd>\(String(work.id))</dd>
            </dl>
            <h2 id="holdings-heading">\(page.library(.holdings))</h2>
            \(holdings.isEmpty ? "<p>\(page.library(.noHoldings))</p>" as HTML : """
            <table id="holdings" aria-labelledby="holdings-heading"><thead><tr>
              <th scope="col">\(page.library(.library))</th><th scope="col">\(page.library(.region))</th><th scope="col">\(page.library(.sublocation))</th>
              <th scope="col">\(page.library(.callNumber))</th><th scope="col">\(page.library(.copy))</th><th scope="col">\(page.library(.availability))</th></tr></thead>
            <tbody>\(holdings.map { h -> HTML in
                let library = byCode[h.libraryCode]
                return "<tr><td>\(library?.displayName(page.language) ?? h.libraryCode) <span class=\"code\">(\(h.libraryCode))</span></td><td>\(library?.region ?? "")</td><td>\(h.sublocation)</td><td>\(h.callNumber)</td><td>\(h.copy)</td><td>\(page.library(h.isAvailable ? .available : .onLoan))</td></tr>"
            })</tbody></table>
            """ as HTML)
            \(digitalCopies(items, work: work, page: page, context: context))
            <h2>\(page.library(.contributed))</h2>
            <ul class="plain" id="sources">\(work.sources.map { src -> HTML in "<li>\(byCode[src.library]?.displayName(page.language) ?? src.library) — \(src.key) (\(src.flavour.rawValue.uppercased()), \(src.characterSet.rawValue))</li>" })</ul>
            <p><a id="marc-view" href="/opac/record/\(String(work.id))/marc">\(page.library(.marcView))</a> ·
               \(page.library(.export)): <a href="/opac/record/\(String(work.id))/export?format=iso2709">ISO 2709</a>,
               <a href="/opac/record/\(String(work.id))/export?format=marcxml">MARCXML</a>,
               <a href="/opac/record/\(String(work.id))/export?format=json">MARC-JSON</a></p>
            </article>
            """)
    }

    func digitalCopies(_ items: [DigitalItem], work: WorkRecord, page: PageContext, context: ManbaRequestContext) -> HTML {
        let signedIn = context.principal.isAuthenticated
        let list: [HTML] = items.map { item in
            let mayRead = item.access == .open || signedIn
            let links: HTML = mayRead
                ? "<a class=\"read\" href=\"/opac/item/\(item.id)/read\">\(page.library(.readOnline))</a> · <a class=\"download\" href=\"/opac/item/\(item.id)/download\">\(page.library(.downloadCopy))</a>"
                : "<a class=\"sign-in\" href=\"/user/login\">\(page.library(.signInToRead))</a> (<a href=\"/user/register?back=/opac/record/\(String(work.id))\">\(page.t(.register))</a>)"
            return """
            <li class="digital-item" data-item="\(item.id)">\(item.fileName) — \(item.format.rawValue.uppercased()), \(DatasetViews.formatSize(item.size)) ·
            <span class="access">\(page.library(item.access == .open ? .openAccess : .registeredOnly))</span> · \(links)
            <span class="count">(\(String(item.reads)) / \(String(item.downloads)) \(page.library(.readsAndDownloads)))</span></li>
            """
        }
        let form: HTML = context.principal.isSysadmin && context.session != nil ? """
            <form method="post" action="/opac/record/\(String(work.id))/items" enctype="multipart/form-data" id="add-copy">
              <input type="hidden" name="_csrf" value="\(context.session?.csrfToken ?? "")">
              <label for="copy-file">\(page.library(.copyFile))</label> <input type="file" id="copy-file" name="file" accept=".pdf,.epub,application/pdf,application/epub+zip" required>
              <label for="copy-access">\(page.library(.access))</label>
              <select id="copy-access" name="access"><option value="registered">\(page.library(.registeredOnly))</option><option value="open">\(page.library(.openAccess))</option></select>
              <button type="submit" class="secondary">\(page.library(.addCopy))</button>
            </form>
            """ : ""
        guard !items.isEmpty || !form.raw.isEmpty else { return "" }
        return """
            <h2 id="digital">\(page.library(.digitalCopies))</h2>
            <ul class="plain" id="digital-items">\(list)</ul>
            \(form)
            """
    }

    func marc(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { return Layout.errorPage(.notFound("Not found"), page) }
        let work: WorkRecord
        do { work = try await services.library.work(id) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        return Layout.page("\(work.summary.title) · MARC", page, """
            <h1>\(page.library(.marcView)): <a href="/opac/record/\(String(work.id))">\(work.summary.title)</a></h1>
            \(work.sources.map { src -> HTML in "<h2>\(src.library) — \(src.key)</h2><pre class=\"marc\" lang=\"und\">\(MARCText.lines(src.record))</pre>" })
            """)
    }

    func export(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else { return Layout.errorPage(.notFound("Not found"), page) }
        let work: WorkRecord
        do { work = try await services.library.work(id) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        let record = work.record(withHoldings: true)
        let (type, ext, bytes): (String, String, [UInt8])
        switch QueryString(request).get("format") ?? "iso2709" {
        case "marcxml": (type, ext, bytes) = ("application/marcxml+xml; charset=utf-8", "xml", Array(MARCXML.encode([record]).utf8))
        case "json": (type, ext, bytes) = ("application/json; charset=utf-8", "json", Array(MARCJSON.encode(record).utf8))
        default:
            do { (type, ext, bytes) = ("application/marc", "mrc", try ISO2709Writer.encode(record, flavour: work.primary.flavour)) }
            catch { return Layout.errorPage(.badRequest("This record cannot be written as ISO 2709: \(error)"), page) }
        }
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"manba-\(work.id).\(ext)\""],
                         body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The records of a search (the same parameters as /opac), as a file, written as it is read.
    func exportSearch(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let params = QueryString(request)
        let format = MARCExport.Format(rawValue: params.get("format") ?? "") ?? .iso2709
        let export = MARCExport(catalogue: services.library, format: format)
        let query = OPACQuery(params).query
        let body = ResponseBody { writer in
            _ = try await export.run(query, limit: Self.exportLimit) { data in try await writer.write(ByteBuffer(data: data)) }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: format.mediaType,
                                               .contentDisposition: "attachment; filename=\"manba-catalogue.\(format.fileExtension)\""], body: body)
    }

    /// Larger selections are for `manba export marc` or OAI-PMH.
    static let exportLimit = 100_000

    func libraries(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let libraries = try await services.library.libraries()
        return Layout.page(page.library(.libraries), page, """
            <h1>\(page.library(.libraries))</h1>
            <table id="libraries"><thead><tr><th scope="col">\(page.library(.code))</th><th scope="col">\(page.library(.library))</th>
            <th scope="col">\(page.library(.region))</th><th scope="col">\(page.library(.kind))</th></tr></thead>
            <tbody>\(libraries.map { l -> HTML in "<tr><td><a href=\"/opac?library=\(l.code)\">\(l.code)</a></td><td>\(l.displayName(page.language))</td><td>\(l.region)</td><td>\(l.kind)</td></tr>" })</tbody></table>
            """)
    }

    /// The search result as JSON, for scripts (and the benchmark).
    func json(_ result: UnionCatalogue.SearchPage, names: [String: String], language: Language, federated: [FederatedTargetResult]?) -> Response {
        let records: [[String: Any]] = result.records.map { work in
            let s = work.summary
            return ["id": work.id, "title": s.title, "creators": s.creators, "year": s.year as Any, "isbn": s.isbns,
                    "holdings": work.holdings.map { ["library": $0.libraryCode, "call_number": $0.callNumber, "available": $0.isAvailable] }]
        }
        var facets: [String: Any] = [:]
        for (facet, items) in result.facets { facets[facet.rawValue] = items.map { ["value": $0.value, "count": $0.count] } }
        var body: [String: Any] = ["count": result.count, "records": records, "facets": facets]
        if let federated, let data = try? JSONEncoder().encode(federated), let list = try? JSONSerialization.jsonObject(with: data) {
            body["federated"] = list
        }
        return CKANEnvelope.json(body, status: .ok)
    }
}
