import Library
import ManbaCore

/// What a visitor typed into the OPAC, as a catalogue search: the words of `q` in any field (words of
/// four letters or more also match the longer words they begin, as Uzbek adds suffixes), `title`,
/// `author` and `subject` in their fields, and one value per facet as a filter.
struct OPACQuery {
    let text: String
    let query: LibraryQuery
    let filters: [(LibraryFacet, String)]

    init(_ params: QueryString) {
        text = params.get("q") ?? ""
        var parts: [LibraryQuery] = []
        func words(_ field: LibraryField, _ text: String) {
            let tokens = ScriptFolding.tokens(text)
            guard !tokens.isEmpty else { return }
            parts.append(.words(field, tokens.map { $0.count >= 4 ? $0 + "*" : $0 }, match: .all))
        }
        if ISBN.isWellFormed(text), let isbn = ISBN.normalise(text) {
            parts.append(.isbn(isbn))
        } else {
            words(.any, text)
        }
        words(.title, params.get("title") ?? "")
        words(.creator, params.get("author") ?? "")
        words(.subject, params.get("subject_words") ?? "")
        filters = LibraryFacet.allCases.compactMap { facet in params.get(facet.rawValue).flatMap { $0.isEmpty ? nil : (facet, $0) } }
        for (facet, value) in filters {
            if facet == .year, let year = Int(value) { parts.append(.year(.equal, year)) } else { parts.append(.facet(facet, value)) }
        }
        query = parts.dropFirst().reduce(parts.first ?? .all) { .and($0, $1) }
    }
}
