import Foundation
import ManbaCore
import ManbaStore
import OpenData

/// Pieces of pages that show datasets, shared by the search, home and organisation pages.
enum DatasetViews {
    static func item(_ d: Dataset, _ page: PageContext, organisations: [String: Organisation]) -> HTML {
        let notes = page.text(d.notes)
        let excerpt = notes.count > 220 ? String(notes.prefix(220)) + "…" : notes
        let org = organisations[d.ownerOrg].map { page.text($0.title) } ?? ""
        let formats = Array(Set(d.resources.map(\.format).filter { !$0.isEmpty })).sorted()
        return """
        <li class="dataset-item">
          <h3><a class="dataset-link" href="/dataset/\(d.name)">\(page.text(d.title))</a></h3>
          <p class="count">\(org)\(d.frequency.map { " · " + page.t(.frequencyName($0)) } ?? "")</p>
          \(excerpt.isEmpty ? HTML("") : "<p>\(excerpt)</p>")
          <p>\(formats.map { "<span class=\"badge\">\($0)</span>" as HTML })</p>
        </li>
        """
    }

    static func searchForm(_ page: PageContext, query: String) -> HTML {
        """
        <form id="search-form" class="search-form" role="search" method="get" action="/dataset">
          <label for="q" class="visually-hidden">\(page.t(.search))</label>
          <input type="search" id="q" name="q" value="\(query)" placeholder="\(page.t(.searchPlaceholder))">
          <button id="search-submit" type="submit">\(page.t(.searchButton))</button>
        </form>
        """
    }

    static func formatSize(_ bytes: Int?) -> String {
        guard let bytes else { return "" }
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return String(format: "%.1f KB", Double(bytes) / 1024) }
        return String(format: "%.1f MB", Double(bytes) / 1024 / 1024)
    }
}
