import Foundation
import Governance
import ManbaCore
import OpenData

/// The feedback section of a dataset page: the average of approved ratings, the approved comments, a
/// link to the form, and for the publishing organisation (and the monitoring staff) what waits for moderation.
enum FeedbackView {
    /// Empty if feedback cannot be read: a feedback problem should never take the dataset page down with it.
    static func section(for dataset: Dataset, services: Services, context: ManbaRequestContext, _ page: PageContext) async -> HTML {
        let store = services.governance.feedback
        guard let approved = try? await store.feedback(on: dataset.id, for: context.principal),
              let summary = try? await store.summary(of: dataset.id, for: context.principal) else { return "" }
        let moderates = (try? await store.mayModerate(organisation: dataset.ownerOrg, context.principal)) ?? false
        let pending = moderates ? (try? await store.feedback(on: dataset.id, status: .pending, for: context.principal)) ?? [] : []
        let average: HTML = summary.average.map { avg in
            "<p id=\"feedback-average\">\(page.demand(.averageRating)): <strong>\(NumberText.oneDecimal(avg))</strong> / 5 (\(summary.count) \(page.demand(.ratingsCount)))</p>"
        } ?? "<p id=\"feedback-average\">\(page.demand(.noFeedback))</p>"
        let moderation: HTML = pending.isEmpty ? "" : """
            <h3>\(page.demand(.pendingFeedback))</h3>
            <ul id="feedback-pending" class="plain">\(pending.map { f -> HTML in
                """
                <li class="feedback-item">\(item(f, page))
                  <form method="post" action="/dataset/\(dataset.name)/feedback/\(f.id)/moderate" class="inline">\(page.csrfField)
                    <button type="submit" name="decision" value="approve">\(page.demand(.approve))</button>
                    <button type="submit" name="decision" value="reject" class="secondary">\(page.demand(.reject))</button>
                  </form>
                </li>
                """ })</ul>
            """
        let thanks: HTML = page.query.first(where: { $0.0 == "feedback" })?.1 == "sent"
            ? "<p class=\"notice\" role=\"status\" id=\"feedback-sent\">\(page.demand(.feedbackThanks))</p>" : ""
        return """
        <section id="feedback" aria-labelledby="feedback-heading">
          <h2 id="feedback-heading">\(page.demand(.feedbackHeading))</h2>
          \(thanks)
          \(average)
          <ul id="feedback-approved" class="plain">\(approved.map { "<li class=\"feedback-item\">\(item($0, page))</li>" as HTML })</ul>
          <p><a id="feedback-link" class="button secondary" href="/dataset/\(dataset.name)/feedback">\(page.demand(.leaveFeedback))</a></p>
          \(moderation)
        </section>
        """
    }

    static func item(_ feedback: DatasetFeedback, _ page: PageContext) -> HTML {
        let stars = String(repeating: "★", count: feedback.rating) + String(repeating: "☆", count: 5 - feedback.rating)
        return """
        <p><span aria-hidden="true">\(stars)</span> <span class="visually-hidden">\(page.demand(.rating)):</span> <strong>\(feedback.rating)</strong>/5 ·
        \(feedback.authorName ?? page.demand(.anonymousAuthor)) · \(page.localTime(feedback.created))</p>
        \(DataRequestViews.paragraphs(feedback.comment))
        """
    }
}
