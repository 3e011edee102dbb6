import ManbaCore

/// The search terms and facet values of one contributed record, made once at import and stored beside
/// it, so the server builds its index without decoding MARC or folding scripts again.
///
/// Stored as text: fields separated by U+0001, list items by U+0002 (neither occurs in folded words,
/// and C0 controls are removed from display values first).
public struct SourceTerms: Sendable, Hashable {
    public var title: [String] = []
    public var creators: [String] = []
    public var subjects: [String] = []
    public var other: [String] = []
    /// The whole title folded, for `exact` searches.
    public var titleKey = ""
    public var year: Int?
    public var language = ""
    public var material = ""
    /// Subject headings as written, for the subject facet.
    public var subjectHeadings: [String] = []
    /// Every library holding a copy (the contributing library when the record names none).
    public var libraries: [String] = []
    public var isbns: [String] = []

    public init() {}

    public init(_ summary: RecordSummary, contributor: String) {
        title = ScriptFolding.tokens(summary.title)
        creators = ScriptFolding.tokens(summary.creators.joined(separator: " "))
        subjects = ScriptFolding.tokens(summary.subjects.joined(separator: " "))
        other = ScriptFolding.tokens((summary.otherText + [summary.publisher, summary.place]).joined(separator: " "))
        titleKey = ScriptFolding.matchKey(summary.title)
        year = summary.year
        language = summary.language.lowercased()
        material = summary.materialType.rawValue
        subjectHeadings = Array(Set(summary.subjects.map { Self.displayValue($0) })).sorted()
        // The libraries holding a copy; the contributor when its record names none (as `WorkRecord.holdings`).
        var libraries: [String] = []
        for holding in summary.holdings where LibraryCode.isValid(holding.libraryCode) && !libraries.contains(holding.libraryCode) {
            libraries.append(holding.libraryCode)
        }
        if libraries.isEmpty { libraries = [contributor] }
        self.libraries = libraries
        isbns = summary.isbns
    }

    public var encoded: String {
        let fields: [String] = [
            title.joined(separator: " "), creators.joined(separator: " "), subjects.joined(separator: " "), other.joined(separator: " "),
            titleKey, year.map(String.init) ?? "", Self.displayValue(language), material,
            subjectHeadings.joined(separator: "\u{2}"), libraries.map(Self.displayValue).joined(separator: "\u{2}"), isbns.joined(separator: "\u{2}"),
        ]
        return fields.joined(separator: "\u{1}")
    }

    public init(encoded: String) {
        let fields = encoded.split(separator: "\u{1}", omittingEmptySubsequences: false)
        func words(_ i: Int) -> [String] { i < fields.count ? fields[i].split(separator: " ").map(String.init) : [] }
        func items(_ i: Int) -> [String] { i < fields.count ? fields[i].split(separator: "\u{2}").map(String.init) : [] }
        func text(_ i: Int) -> String { i < fields.count ? String(fields[i]) : "" }
        title = words(0); creators = words(1); subjects = words(2); other = words(3)
        titleKey = text(4); year = Int(text(5)); language = text(6); material = text(7)
        subjectHeadings = items(8); libraries = items(9); isbns = items(10)
    }

    static func displayValue(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }
}
