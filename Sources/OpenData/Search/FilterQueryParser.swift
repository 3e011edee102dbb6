import ManbaCore

/// Reads the Solr-style `field:value` clauses that CKAN clients put in `fq` (and sometimes in `q`):
/// `organization:moliya tags:"ochiq maʼlumot" -res_format:PDF +license_id:cc-by-4.0`.
/// Anything that is not such a clause is returned as free text. Harvesters' incremental form
/// `metadata_modified:[2025-01-01T00:00:00Z TO *]` is read as a range.
public enum FilterQueryParser {
    public enum Problem: Error, Equatable { case unknownField(String), unterminatedQuote, badRange(String) }

    /// In `q`, a word followed by a colon that names no field is just text ("Toshkent: aholi");
    /// in `fq` (strict) it is an error, because a filter that silently matches everything misleads.
    public static func parse(_ text: String, strict: Bool = true) throws -> (filters: [SearchQuery.Filter], freeText: String) {
        var filters: [SearchQuery.Filter] = []
        var free: [String] = []
        var chars = Substring(text)
        while true {
            chars = chars.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard !chars.isEmpty else { break }
            var negated = false
            var clause = chars
            if clause.first == "-" || clause.first == "+" { negated = clause.first == "-"; clause = clause.dropFirst() }
            // A field name is ASCII letters and underscores followed by a colon.
            let fieldName = clause.prefix(while: { $0.isASCII && ($0.isLetter || $0 == "_") })
            let known = field(named: String(fieldName))
            if !fieldName.isEmpty, clause.dropFirst(fieldName.count).first == ":", known != nil || strict {
                guard let field = known else { throw Problem.unknownField(String(fieldName)) }
                var rest = clause.dropFirst(fieldName.count + 1)
                let value: String
                if rest.first == "[" {
                    guard let end = rest.firstIndex(of: "]") else { throw Problem.badRange(String(rest)) }
                    let bounds = rest.dropFirst()[..<end].split(separator: " ").filter { !$0.isEmpty }
                    guard field == .metadataModified, bounds.count == 3, bounds[1] == "TO" else { throw Problem.badRange(String(rest[...end])) }
                    func bound(_ text: Substring) throws -> String? {
                        if text == "*" { return nil }
                        guard let date = Timestamp.parse(String(text)) else { throw Problem.badRange(String(text)) }
                        return Timestamp.string(date)
                    }
                    filters.append(SearchQuery.Filter(field: field, value: "", negated: negated, from: try bound(bounds[0]), until: try bound(bounds[2])))
                    chars = rest[rest.index(after: end)...]
                    continue
                }
                if rest.first == "\"" {
                    rest = rest.dropFirst()
                    guard let end = rest.firstIndex(of: "\"") else { throw Problem.unterminatedQuote }
                    value = String(rest[..<end]); rest = rest[rest.index(after: end)...]
                } else {
                    let word = rest.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\n" })
                    value = String(word); rest = rest.dropFirst(word.count)
                }
                if value != "*" { filters.append(SearchQuery.Filter(field: field, value: value, negated: negated)) }
                chars = rest
            } else {
                let word = chars.prefix(while: { $0 != " " && $0 != "\t" && $0 != "\n" })
                if word != "*:*" && word != "AND" && word != "OR" { free.append(String(word)) }
                chars = chars.dropFirst(word.count)
            }
        }
        return (filters, free.joined(separator: " "))
    }

    public static func field(named name: String) -> SearchQuery.Field? {
        switch name {
        case "organization", "owner_org": return .organization
        case "groups", "group": return .groups
        case "tags", "tag": return .tags
        case "res_format", "format": return .resFormat
        case "license_id", "license": return .licenseID
        case "res_language", "language": return .language
        case "frequency": return .frequency
        case "name": return .name
        case "id": return .id
        case "metadata_modified": return .metadataModified
        default: return nil
        }
    }
}
