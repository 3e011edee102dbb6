/// Reads the Solr-style `field:value` clauses that CKAN clients put in `fq` (and sometimes in `q`):
/// `organization:moliya tags:"ochiq maʼlumot" -res_format:PDF +license_id:cc-by-4.0`.
/// Anything that is not such a clause is returned as free text.
public enum FilterQueryParser {
    public enum Problem: Error, Equatable { case unknownField(String), unterminatedQuote }

    public static func parse(_ text: String) throws -> (filters: [SearchQuery.Filter], freeText: String) {
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
            if !fieldName.isEmpty, clause.dropFirst(fieldName.count).first == ":" {
                guard let field = field(named: String(fieldName)) else { throw Problem.unknownField(String(fieldName)) }
                var rest = clause.dropFirst(fieldName.count + 1)
                let value: String
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
        default: return nil
        }
    }
}
