import Foundation
import Governance
import Hummingbird
import ManbaCore
import OpenData

/// The feedback form of a dataset and the organisation's moderation of it. The form has a page of its
/// own rather than sitting on the dataset page, so that a visitor's first visit sets the cookie its
/// CSRF token needs before the form is sent.
struct FeedbackRoutes {
    let services: Services
    let configuration: ServerConfiguration

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/dataset/:name/feedback") { request, context in try await form(request, context, errors: [:]) }
        router.post("/dataset/:name/feedback") { request, context in try await submit(request, context) }
        router.post("/dataset/:name/feedback/:fid/moderate") { request, context in try await moderate(request, context) }
    }

    func form(_ request: Request, _ context: ManbaRequestContext, errors: [String: [String]], comment: String = "", name: String = "",
              status: HTTPResponse.Status = .ok) async throws -> Response {
        let page = PageContext(request: request, context: context)
        let dataset: String = context.parameters.get("name") ?? ""
        let target: Dataset
        do { target = try await services.catalogue.dataset(dataset, for: context.principal) } catch let error as ManbaError { return Layout.errorPage(error, page) }
        let csrf = VisitorForms.csrf(request, context, page: page, secure: configuration.siteURL.hasPrefix("https://"))
        let summary: HTML = errors.isEmpty ? "" : """
            <div class="error-summary" role="alert" id="feedback-errors"><ul>\(errors.keys.sorted().map { field -> HTML in
                "<li>\(field): \(errors[field]!.joined(separator: "; "))</li>" })</ul></div>
            """
        var response = Layout.page("\(page.demand(.leaveFeedback)): \(page.text(target.title))", page, status: status, """
            <h1>\(page.demand(.leaveFeedback))</h1>
            <p><a href="/dataset/\(target.name)">\(page.text(target.title))</a></p>
            \(summary)
            <form method="post" action="/dataset/\(target.name)/feedback" id="feedback-form">
              \(csrf.field)
              <fieldset><legend>\(page.demand(.ratingField)) (\(page.t(.required)))</legend>
              \((1...5).map { n -> HTML in
                  "<label class=\"inline\"><input type=\"radio\" name=\"rating\" value=\"\(n)\" required> \(n)</label> " })
              </fieldset>
              <label for="feedback-comment">\(page.demand(.comment))</label>
              <textarea id="feedback-comment" name="comment" maxlength="\(DatasetFeedback.maxCommentLength)">\(comment)</textarea>
              <label for="feedback-name">\(page.demand(.nameOptional))</label>
              <input type="text" id="feedback-name" name="author_name" maxlength="200" value="\(name)">
              <p class="hint">\(page.demand(.moderationNote))</p>
              <p><button type="submit" id="feedback-submit">\(page.demand(.send))</button></p>
            </form>
            """)
        if let cookie = csrf.cookie { response.setCookie(cookie) }
        return response
    }

    func submit(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await VisitorForms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        let dataset = context.parameters.get("name") ?? ""
        let comment = form.first("comment") ?? "", name = form.first("author_name") ?? ""
        do {
            _ = try await services.governance.feedback.submit(to: dataset, rating: form.first("rating").flatMap(Int.init) ?? 0, comment: comment,
                                                              authorName: name, by: context.principal)
            return Layout.redirect("/dataset/\(dataset)?feedback=sent#feedback")
        } catch ManbaError.validation(let problems) {
            return try await self.form(request, context, errors: problems, comment: comment, name: name, status: .unprocessableContent)
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }

    func moderate(_ request: Request, _ context: ManbaRequestContext) async throws -> Response {
        let page = PageContext(request: request, context: context)
        guard let form = try await Forms.verifiedForm(request, context) else { return Layout.errorPage(.badRequest(page.t(.csrfFailed)), page) }
        let decision = form.first("decision")
        guard decision == "approve" || decision == "reject" else { return Layout.errorPage(.badRequest("Choose approve or reject"), page) }
        do {
            _ = try await services.governance.feedback.moderate(context.parameters.get("fid") ?? "", approve: decision == "approve", by: context.principal)
            return Layout.redirect("/dataset/\(context.parameters.get("name") ?? "")#feedback")
        } catch let error as ManbaError {
            return Layout.errorPage(error, page)
        }
    }
}
