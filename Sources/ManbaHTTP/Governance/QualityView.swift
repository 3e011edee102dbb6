import Governance
import ManbaCore

/// The quality section of a dataset page: the score, the 5-star level, and for each failed criterion
/// how to fix it, so the publisher reading their own page knows what to do next.
enum QualityView {
    /// The section for a dataset the principal may see; empty if the score cannot be computed, because
    /// a quality problem should never take the dataset page down with it.
    static func section(for datasetID: String, services: Services, context: ManbaRequestContext, _ page: PageContext) async -> HTML {
        guard let score = try? await services.governance.quality.score(datasetID, for: context.principal) else { return "" }
        return section(score, page)
    }

    static func section(_ score: QualityScore, _ page: PageContext) -> HTML {
        func q(_ message: QualityMessage) -> String { message.text(page.language) }
        let stars = String(repeating: "★", count: score.stars) + String(repeating: "☆", count: 5 - score.stars)
        let passed = score.checks.filter(\.passed)
        let failed: HTML = score.failed.isEmpty ? "<p id=\"quality-all-met\">\(q(.allMet))</p>" : """
            <h3>\(q(.toImprove))</h3>
            <ul id="quality-failed">\(score.failed.map { check -> HTML in
                "<li data-criterion=\"\(check.id)\"><strong>\(page.text(check.title))</strong> (\(check.weight) \(q(.points))): \(page.text(check.fixHint ?? LocalizedText()))</li>"
            })</ul>
            """
        // Shown as text, not as links: a broken address may be anything, and the page should not send people to it.
        let broken: HTML = score.brokenLinks.isEmpty ? "" : """
            <h3>\(q(.brokenLinks))</h3>
            <ul id="quality-broken-links">\(score.brokenLinks.map { link -> HTML in
                "<li><code>\(link.url)</code> — \(link.error ?? "HTTP \(link.statusCode ?? 0)")</li>"
            })</ul>
            """
        return """
        <section id="quality" aria-labelledby="quality-heading">
          <h2 id="quality-heading">\(q(.quality))</h2>
          <p id="quality-score">\(q(.score)): <strong>\(score.score)</strong> / 100</p>
          <p id="quality-stars">\(q(.fiveStars)): <span aria-hidden="true">\(stars)</span> <strong>\(score.stars)</strong> / 5 — \(q(.starLevel(score.stars)))</p>
          \(failed)
          \(broken)
          <details><summary>\(q(.criteriaMet)) (\(passed.count) / \(score.checks.count))</summary>
            <ul>\(passed.map { "<li>\(page.text($0.title)) (\($0.weight) \(q(.points)))</li>" as HTML })</ul>
          </details>
          <p><a href="/api/quality/datasets/\(score.datasetID)">JSON</a></p>
        </section>
        """
    }
}
