import Library

/// The foreign catalogues' answers beside the union catalogue's: per target its count and records, or
/// why it gave none.
enum FederatedView {
    static func section(_ results: [FederatedTargetResult], _ page: PageContext) -> HTML {
        """
        <section id="federated" aria-labelledby="federated-heading">
        <h2 id="federated-heading">\(page.library(.foreignCatalogues))</h2>
        \(results.map { target(($0), page) })
        </section>
        """
    }

    static func target(_ result: FederatedTargetResult, _ page: PageContext) -> HTML {
        let status: String, body: HTML
        switch result.outcome {
        case .results(let count, let records):
            status = "ok"
            body = """
            <p class="target-count">\(String(count))</p>
            <ul class="plain">\(records.map { r -> HTML in
                "<li class=\"federated-record\">\(r.summary.title)\(r.summary.creators.first.map { " — \($0)" } ?? "")\(r.summary.year.map { ", \($0)" } ?? "")</li>" })</ul>
            """
        case .failed(let reason):
            status = "failed"
            body = "<p class=\"target-problem\">\(page.library(.targetFailed)): \(reason)</p>"
        case .timedOut:
            status = "timedOut"
            body = "<p class=\"target-problem\">\(page.library(.targetTimedOut))</p>"
        }
        return """
        <section class="target" data-target="\(result.target.id)" data-status="\(status)">
        <h3>\(page.text(result.target.name))</h3>
        \(body)
        </section>
        """
    }
}
