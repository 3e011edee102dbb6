import ManbaCore

/// The keys by which records contributed by different libraries are recognised as the same edition:
/// ISBN, national bibliography number, and a key of title, first author, year and publisher folded
/// so that the script a library wrote them in does not matter.
public enum MatchKeys {
    /// `titleKey`: the title's match key when the caller has it already (folding is the costly part).
    public static func of(_ summary: RecordSummary, titleKey: String? = nil) -> [String] {
        var keys = summary.isbns.map { "isbn:" + $0 }
        keys += summary.nationalNumbers.map { ScriptFolding.matchKey($0) }.filter { !$0.isEmpty }.map { "nbn:" + $0 }
        let title = titleKey ?? ScriptFolding.matchKey(summary.title)
        if !title.isEmpty, let year = summary.year {
            let author = ScriptFolding.tokens(summary.creators.first ?? "").first ?? ""
            let publisher = ScriptFolding.tokens(summary.publisher).first ?? ""
            keys.append("tayp:\(title)|\(author)|\(year)|\(publisher)")
        }
        // Long titles make long keys; the index on them need not hold whole paragraphs.
        return keys.map { $0.count > 400 ? String($0.prefix(400)) : $0 }
    }
}
