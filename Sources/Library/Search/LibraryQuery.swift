/// A search of the union catalogue, as the OPAC and SRU (through CQL) ask it.
public indirect enum LibraryQuery: Sendable, Equatable {
    /// Every record.
    case all
    /// Words in a field, in any script (they are folded when searched); a trailing `*` on a word matches
    /// every word it begins.
    case words(LibraryField, [String], match: WordMatch)
    /// The whole title, folded (CQL `exact`).
    case exactTitle(String)
    case isbn(String)
    case year(YearComparison, Int)
    /// A facet value: a library code, a language code, a material type, a subject heading, a region.
    case facet(LibraryFacet, String)
    case and(LibraryQuery, LibraryQuery)
    case or(LibraryQuery, LibraryQuery)
    case not(LibraryQuery, LibraryQuery)

    public enum WordMatch: Sendable, Equatable { case all, any }
    public enum YearComparison: Sendable, Equatable { case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual }
}

public enum LibraryField: Int, Sendable, CaseIterable {
    /// Any of the fields below.
    case any = 0b1111
    case title = 0b0001
    case creator = 0b0010
    case subject = 0b0100
    case other = 0b1000
}

public enum LibraryFacet: String, Sendable, CaseIterable {
    case library, region, language, year, material, subject
}

public enum LibrarySort: Sendable, Equatable {
    case relevance, yearDescending, yearAscending, title
}

/// A page of results, with exact facet counts over every match.
public struct LibraryHits: Sendable {
    public let count: Int
    public let works: [Int64]
    public let facets: [LibraryFacet: [(value: String, count: Int)]]
}
