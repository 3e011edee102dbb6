import Foundation
import Governance
import ManbaCore
import ManbaStore

/// Pieces of the data request pages: status, deadlines, list items, the form and the history.
enum DataRequestViews {
    static func status(_ status: DataRequestStatus, _ page: PageContext) -> HTML {
        "<span class=\"badge request-status status-\(status.rawValue)\">\(page.demand(.statusName(status)))</span>"
    }

    static func overdue(_ overdue: DataRequestOverdue?, _ page: PageContext) -> HTML {
        guard let overdue else { return "" }
        let stage = page.demand(overdue.stage == .answer ? .answer : .publication)
        return "<span class=\"badge overdue\">\(page.demand(.overdue)) (\(stage)): \(overdue.days) \(page.demand(.days))</span>"
    }

    static func item(_ request: DataRequest, _ page: PageContext, organisations: [String: Organisation]) -> HTML {
        let organisation = request.organisationID.flatMap { organisations[$0] }.map { page.text($0.title) } ?? page.demand(.notRouted)
        return """
        <li class="dataset-item request-item">
          <h3><a class="request-link" href="/requests/\(request.id)">\(request.title)</a></h3>
          <p>\(status(request.status, page)) \(overdue(request.overdue, page))</p>
          <p class="count">\(organisation) · \(page.demand(.received)): \(page.localTime(request.created)) · \(request.supporters) \(page.demand(.supporters))</p>
        </li>
        """
    }

    /// The form to ask for data; `values` refills it after a refused attempt.
    static func form(_ page: PageContext, csrf: HTML, organisations: [Organisation], values: DataRequestDraft, errors: [String: [String]]) -> HTML {
        func fieldError(_ field: String) -> HTML {
            guard let messages = errors[field] else { return "" }
            return "<p class=\"field-error\" id=\"error-\(field)\">\(messages.joined(separator: "; "))</p>"
        }
        let summary: HTML = errors.isEmpty ? "" : """
            <div class="error-summary" role="alert" id="request-errors"><h3>\(page.t(.fixErrors))</h3><ul>\(errors.keys.sorted().map { field -> HTML in
                "<li><a href=\"#error-\(field)\">\(field)</a>: \(errors[field]!.joined(separator: "; "))</li>" })</ul></div>
            """
        let options: [HTML] = organisations.map { o in
            "<option value=\"\(o.name)\"\(HTML(raw: values.organisation == o.name || values.organisation == o.id ? " selected" : ""))>\(page.text(o.title))</option>"
        }
        return """
        <section id="new-request" aria-labelledby="new-request-heading">
        <h2 id="new-request-heading">\(page.demand(.newRequest))</h2>
        \(summary)
        <form method="post" action="/requests" id="request-form">
          \(csrf)
          <label for="request-title">\(page.demand(.requestTitle)) (\(page.t(.required)))</label>
          <input type="text" id="request-title" name="title" required maxlength="\(DataRequestDraft.titleLengths.upperBound)" value="\(values.title)">\(fieldError("title"))
          <label for="request-description">\(page.demand(.requestDescription)) (\(page.t(.required)))</label>
          <textarea id="request-description" name="description" required maxlength="\(DataRequestDraft.maxDescriptionLength)">\(values.description)</textarea>\(fieldError("description"))
          <label for="request-organization">\(page.demand(.organisationResponsible))</label>
          <select id="request-organization" name="organization"><option value="">\(page.demand(.dontKnow))</option>\(options)</select>\(fieldError("organization"))
          <label for="requester-name">\(page.demand(.yourName))</label>
          <input type="text" id="requester-name" name="requester_name" autocomplete="name" maxlength="200" value="\(values.requesterName)">\(fieldError("requester_name"))
          <label for="requester-email">\(page.demand(.yourEmail))</label>
          <input type="email" id="requester-email" name="requester_email" autocomplete="email" aria-describedby="privacy-note" value="\(values.requesterEmail)">\(fieldError("requester_email"))
          <p class="hint" id="privacy-note">\(page.demand(.privacyNote))</p>
          <p><button type="submit" id="request-submit">\(page.demand(.send))</button></p>
        </form>
        </section>
        """
    }

    static func event(_ event: DataRequestEvent, _ page: PageContext, organisations: [String: Organisation]) -> HTML {
        let what: HTML
        switch event.action {
        case .submitted:
            what = status(.submitted, page)
        case .routed:
            let name = event.organisationID.flatMap { organisations[$0] }.map { page.text($0.title) } ?? ""
            what = "\(page.demand(.routedTo)): \(name)"
        case .statusChanged:
            what = "\(event.from.map { status($0, page) } ?? "") → \(status(event.to, page))"
        }
        return """
        <tr><td>\(page.localTime(event.at))</td><td>\(event.actor.isEmpty ? page.demand(.requester) : event.actor)</td><td>\(what)</td><td>\(event.note ?? "")</td></tr>
        """
    }

    static func paragraphs(_ text: String) -> HTML {
        text.split(separator: "\n").map { "<p>\(String($0))</p>" as HTML }.joined()
    }
}
