/// One facet beside search results (the dataset search and the OPAC): its values with counts, each a
/// link that adds or removes the filter, the chosen one marked for screen readers too.
enum FacetList {
    static func section(parameter: String, heading: String, items: [(value: String, count: Int)], active: String?,
                        label: (String) -> String, _ page: PageContext) -> HTML? {
        guard !items.isEmpty || active != nil else { return nil }
        return """
        <section><h2 id="facet-\(parameter)">\(heading)</h2>
        <ul aria-labelledby="facet-\(parameter)">
        \(items.map { item -> HTML in
            let selected = active == item.value
            let href = page.url(replacing: [parameter: selected ? nil : item.value, "page": nil])
            return "<li><a href=\"\(href)\"\(HTML(raw: selected ? " aria-current=\"true\"" : ""))>\(selected ? "✓ " : "")\(label(item.value))</a> <span class=\"count\">(\(item.count))</span></li>"
        })
        </ul></section>
        """
    }
}
