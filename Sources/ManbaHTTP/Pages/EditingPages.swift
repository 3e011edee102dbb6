import Foundation
import Hummingbird
import ManbaCore
import ManbaStore
import OpenData

/// Pages for data stewards: create and edit datasets, add files or links, upload a new version of a file.
struct EditingPages {
    let services: Services
    let configuration: ServerConfiguration

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/dataset/new") { request, context in try await datasetForm(request, context, draft: DatasetDraft(), errors: [:], existing: nil) }
        router.post("/dataset/new") { request, context in try await saveDataset(request, context, existing: nil) }
        router.get("/dataset/:name/edit") { request, context in try await editForm(request, context) }
        router.post("/dataset/:name/edit") { request, context in try await saveDataset(request, context, existing: context.parameters.get("name")) }
        router.post("/dataset/:name/delete") { request, context in try await deleteDataset(request, context) }
        router.get("/dataset/:name/resource/new") { request, context in try await resourceForm(request, context, resourceID: nil, errors: [:]) }
        router.post("/dataset/:name/resource/new") { request, context in try await saveResource(request, context, resourceID: nil) }
        router.get("/dataset/:name/resource/:rid/edit") { request, context in try await resourceForm(request, context, resourceID: context.parameters.get("rid"), errors: [:]) }
        router.post("/dataset/:name/resource/:rid/edit") { request, context in try await saveResource(request, context, resourceID: context.parameters.get("rid")) }
    }

    // MARK: Datasets

    func editForm(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        do {
            let name = context.parameters.get("name") ?? ""
            let draft = try await services.catalogue.draft(of: name, for: context.principal)
            return try await datasetForm(request, context, draft: draft, errors: [:], existing: name)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func datasetForm(_ request: Request, _ context: ManbaRequestContext, draft: DatasetDraft, errors: [String: [String]],
                     existing: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        let (organisations, groups) = try await services.catalogue.organisationsAndGroups()
        let owned = organisations.filter { context.principal.has(.editor, in: $0.id) }
        guard !owned.isEmpty else { return Layout.errorPage(.forbidden("No organisation"), page) }
        func fieldError(_ field: String) -> HTML {
            guard let messages = errors[field] else { return "" }
            return "<p class=\"field-error\" id=\"error-\(field)\">\(messages.joined(separator: "; "))</p>"
        }
        func describedBy(_ field: String) -> HTML { errors[field] == nil ? "" : HTML(raw: " aria-describedby=\"error-\(field)\" aria-invalid=\"true\"") }
        let titleInputs: [HTML] = Language.allCases.map { language in
            """
            <label for="title-\(language.rawValue)">\(page.t(.title)) — \(language.autonym)</label>
            <input type="text" id="title-\(language.rawValue)" name="title-\(language.rawValue)" lang="\(language.bcp47)" value="\(draft.title[language] ?? "")"\(describedBy("title"))>
            """
        }
        let notesInputs: [HTML] = Language.allCases.map { language in
            """
            <label for="notes-\(language.rawValue)">\(page.t(.description)) — \(language.autonym)</label>
            <textarea id="notes-\(language.rawValue)" name="notes-\(language.rawValue)" lang="\(language.bcp47)">\(draft.notes[language] ?? "")</textarea>
            """
        }
        let ownerID = draft.ownerOrg.flatMap { id in organisations.first { $0.id == id || $0.name == id }?.id }
        let action = existing.map { "/dataset/\($0)/edit" } ?? "/dataset/new"
        let summary: HTML = errors.isEmpty ? "" : """
            <div class="error-summary" role="alert" id="error-summary"><h2>\(page.t(.fixErrors))</h2><ul>\(errors.keys.sorted().map { "<li><a href=\"#error-\($0)\">\($0)</a>: \(errors[$0]!.joined(separator: "; "))</li>" as HTML })</ul></div>
            """
        return Layout.page(page.t(existing == nil ? .newDataset : .edit), page, status: status, """
            <h1>\(page.t(existing == nil ? .newDataset : .edit))</h1>
            \(summary)
            <form method="post" action="\(action)" id="dataset-form">
              \(page.csrfField)
              <fieldset><legend>\(page.t(.title)) (\(page.t(.required)))</legend>\(fieldError("title"))\(titleInputs)</fieldset>
              <label for="name">\(page.t(.name))</label>
              <input type="text" id="name" name="name" value="\(draft.name ?? "")" pattern="[a-z0-9_\\-]{2,100}" aria-describedby="name-hint"\(describedBy("name"))>
              <p class="hint" id="name-hint">\(page.t(.nameHelp))</p>\(fieldError("name"))
              <fieldset><legend>\(page.t(.description))</legend>\(notesInputs)</fieldset>
              <label for="owner_org">\(page.t(.owner))</label>
              <select id="owner_org" name="owner_org">\(owned.map { o -> HTML in
                  "<option value=\"\(o.name)\"\(HTML(raw: o.id == ownerID ? " selected" : ""))>\(page.text(o.title))</option>" })</select>\(fieldError("owner_org"))
              <label for="groups">\(page.t(.themes))</label>
              <select id="groups" name="groups" multiple size="5">\(groups.map { g -> HTML in
                  "<option value=\"\(g.name)\"\(HTML(raw: draft.groups.contains(g.name) || draft.groups.contains(g.id) ? " selected" : ""))>\(page.text(g.title))</option>" })</select>
              <label for="tags">\(page.t(.tags))</label>
              <input type="text" id="tags" name="tags" value="\(draft.tags.joined(separator: ", "))" aria-describedby="tags-hint">
              <p class="hint" id="tags-hint">\(page.t(.tagsHelp))</p>\(fieldError("tags"))
              <label for="license_id">\(page.t(.licence))</label>
              <select id="license_id" name="license_id">\(Licence.all.map { l -> HTML in
                  "<option value=\"\(l.id)\"\(HTML(raw: l.id == (draft.licenseID ?? "cc-by-4.0") ? " selected" : ""))>\(l.title)</option>" })</select>
              <label for="frequency">\(page.t(.frequency))</label>
              <select id="frequency" name="frequency"><option value="">\(page.t(.unspecified))</option>\(Frequency.allCases.map { f -> HTML in
                  "<option value=\"\(f.rawValue)\"\(HTML(raw: f.rawValue == draft.frequency ? " selected" : ""))>\(page.t(.frequencyName(f)))</option>" })</select>\(fieldError("frequency"))
              <label for="temporal_start">\(page.t(.temporalCoverage))</label>
              <input type="date" id="temporal_start" name="temporal_start" value="\(draft.temporalStart ?? "")" aria-label="\(page.t(.temporalCoverage)) 1">
              <input type="date" id="temporal_end" name="temporal_end" value="\(draft.temporalEnd ?? "")" aria-label="\(page.t(.temporalCoverage)) 2">\(fieldError("temporal_start"))\(fieldError("temporal_end"))
              <label for="spatial">\(page.t(.spatialCoverage))</label>
              <input type="text" id="spatial" name="spatial" value="\(draft.spatial ?? "")">
              <label for="maintainer">\(page.t(.maintainer))</label>
              <input type="text" id="maintainer" name="maintainer" value="\(draft.maintainer ?? "")">
              <label for="maintainer_email">E-mail</label>
              <input type="email" id="maintainer_email" name="maintainer_email" value="\(draft.maintainerEmail ?? "")">\(fieldError("maintainer_email"))
              <label><input type="checkbox" id="socially_significant" name="socially_significant" value="1"\(HTML(raw: draft.sociallySignificant ? " checked" : ""))> \(page.t(.socialSignificance))</label>
              <label for="legal_reference">\(page.t(.legalReference))</label>
              <input type="text" id="legal_reference" name="legal_reference" value="\(draft.legalReference ?? "")">\(fieldError("legal_reference"))
              <label><input type="checkbox" id="private" name="private" value="1"\(HTML(raw: draft.isPrivate ? " checked" : ""))> \(page.t(.privateDataset))</label>
              <p><button id="save" type="submit">\(page.t(.save))</button> <a href="\(existing.map { "/dataset/\($0)" } ?? "/dashboard")">\(page.t(.cancel))</a></p>
            </form>
            \(existing.map { name in "<form method=\"post\" action=\"/dataset/\(name)/delete\">\(page.csrfField)<button class=\"secondary\" id=\"delete\" type=\"submit\">\(page.t(.deleteDataset))</button></form>" as HTML } ?? "")
            """)
    }

    func saveDataset(_ request: Request, _ context: ManbaRequestContext, existing: String?) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        var draft = DatasetDraft()
        if let existing {
            do { draft = try await services.catalogue.draft(of: existing, for: context.principal) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        }
        var title = LocalizedText(), notes = LocalizedText()
        for language in Language.allCases {
            title[language] = form.first("title-\(language.rawValue)")
            notes[language] = form.first("notes-\(language.rawValue)")
        }
        draft.title = title
        draft.notes = notes
        let name = (form.first("name") ?? "").trimmingCharacters(in: .whitespaces)
        draft.name = name.isEmpty ? (existing == nil ? nil : draft.name) : name
        draft.ownerOrg = form.first("owner_org")
        draft.groups = form.fields["groups"] ?? []
        draft.tags = (form.first("tags") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        draft.licenseID = form.first("license_id")
        draft.frequency = form.first("frequency")
        draft.temporalStart = form.first("temporal_start")
        draft.temporalEnd = form.first("temporal_end")
        draft.spatial = form.first("spatial")
        draft.maintainer = form.first("maintainer")
        draft.maintainerEmail = form.first("maintainer_email")
        draft.sociallySignificant = form.first("socially_significant") == "1"
        draft.legalReference = form.first("legal_reference")
        draft.isPrivate = form.first("private") == "1"
        if existing != nil { draft.resources = nil }
        do {
            let dataset: Dataset
            if let existing { dataset = try await services.catalogue.update(existing, with: draft, by: context.principal) }
            else { dataset = try await services.catalogue.create(draft, by: context.principal) }
            return Layout.redirect("/dataset/\(dataset.name)")
        } catch ManbaError.validation(let errors) {
            return try await datasetForm(request, context, draft: draft, errors: errors, existing: existing, status: .unprocessableContent)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    func deleteDataset(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        if let failure = try await Forms.verify(request, context) { return failure.response }
        do {
            try await services.catalogue.delete(context.parameters.get("name") ?? "", by: context.principal)
            return Layout.redirect("/dashboard")
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    // MARK: Resources

    func resourceForm(_ request: Request, _ context: ManbaRequestContext, resourceID: String?, errors: [String: [String]],
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        let name = context.parameters.get("name") ?? ""
        do {
            let dataset = try await services.catalogue.dataset(name, for: context.principal)
            let current = resourceID.flatMap { id in dataset.resources.first { $0.id == id } }
            if resourceID != nil && current == nil { throw ManbaError.notFound("Resource not found") }
            let action = resourceID.map { "/dataset/\(dataset.name)/resource/\($0)/edit" } ?? "/dataset/\(dataset.name)/resource/new"
            return Layout.page(page.t(resourceID == nil ? .addResource : .replaceFile), page, status: status, """
                <h1>\(page.t(resourceID == nil ? .addResource : .replaceFile))</h1>
                <p><a href="/dataset/\(dataset.name)">\(page.text(dataset.title))</a></p>
                \(errors.isEmpty ? "" : "<div class=\"error-summary\" role=\"alert\">\(errors.keys.sorted().map { "<p>\($0): \(errors[$0]!.joined(separator: "; "))</p>" as HTML })</div>" as HTML)
                <form method="post" action="\(action)" enctype="multipart/form-data" id="resource-form">
                  \(page.csrfField)
                  <label for="resource-name">\(page.t(.resourceName))</label>
                  <input type="text" id="resource-name" name="name" value="\(current.map { page.text($0.name) } ?? "")">
                  <label for="upload">\(page.t(.uploadFile))</label>
                  <input type="file" id="upload" name="upload">
                  \(resourceID == nil ? "<label for=\"url\">\(page.t(.orLink))</label><input type=\"url\" id=\"url\" name=\"url\">" as HTML : "")
                  <label for="format">\(page.t(.format))</label>
                  <input type="text" id="format" name="format" value="\(current?.format ?? "")">
                  <label for="resource-language">\(page.t(.language))</label>
                  <select id="resource-language" name="language"><option value=""></option>\(Language.allCases.map { l -> HTML in
                      "<option value=\"\(l.rawValue)\"\(HTML(raw: current?.language == l.rawValue ? " selected" : ""))>\(l.autonym)</option>" })</select>
                  <p><button id="save-resource" type="submit">\(page.t(.save))</button></p>
                </form>
                """)
        } catch let error as ManbaError { return Layout.errorPage(error, page) }
    }

    func saveResource(_ request: Request, _ context: ManbaRequestContext, resourceID: String?) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard context.user != nil else { return Layout.redirect("/user/login") }
        let name = context.parameters.get("name") ?? ""
        do {
            guard let form = try await Forms.verifiedForm(request, context, limit: configuration.uploadLimit + 1024 * 1024) else {
                return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page)
            }
            var draft = try await resourceID.asyncMap { try await services.catalogue.resourceDraft($0, for: context.principal) } ?? ResourceDraft()
            if let text = form.first("name"), !text.isEmpty { draft.name[page.language] = text }
            draft.format = form.first("format").flatMap { $0.isEmpty ? nil : $0 } ?? (resourceID == nil ? nil : draft.format)
            draft.language = form.first("language")
            if let upload = form.files["upload"] {
                if upload.data.count > configuration.uploadLimit { throw ManbaError.payloadTooLarge(limit: configuration.uploadLimit) }
                draft.upload = upload
                draft.url = nil
                if resourceID != nil { draft.format = form.first("format").flatMap { $0.isEmpty ? nil : $0 } }
            } else if let url = form.first("url"), !url.isEmpty {
                draft.url = url
            } else if resourceID == nil {
                throw ManbaError.validation(["upload": [page.t(.uploadFile) + " / " + page.t(.orLink)]])
            }
            if let resourceID {
                _ = try await services.catalogue.updateResource(resourceID, draft, by: context.principal)
            } else {
                _ = try await services.catalogue.addResource(to: name, draft, by: context.principal)
            }
            return Layout.redirect("/dataset/\(name)")
        } catch ManbaError.validation(let errors) {
            return try await resourceForm(request, context, resourceID: resourceID, errors: errors, status: .unprocessableContent)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }
}
