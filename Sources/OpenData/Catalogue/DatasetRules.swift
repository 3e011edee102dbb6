import Foundation
import ManbaCore

/// The checks a dataset must pass, written once for every interface. Messages follow CKAN's wording
/// where CKAN has one, so clients that show CKAN errors show ours the same way.
enum DatasetRules {
    static let maxTitleLength = 1_000
    static let maxNotesLength = 100_000
    static let maxTags = 100
    static let maxExtras = 200
    static let maxResources = 500

    /// Formats an upload may have. Anything else is refused: the portal publishes data, not programs.
    static let uploadFormats: [String: String] = [
        "csv": "CSV", "tsv": "TSV", "json": "JSON", "geojson": "GeoJSON", "jsonl": "JSON", "xml": "XML",
        "xls": "XLS", "xlsx": "XLSX", "ods": "ODS", "pdf": "PDF", "zip": "ZIP", "kml": "KML", "kmz": "KMZ",
        "shp": "SHP", "txt": "TXT", "rdf": "RDF", "ttl": "TTL", "doc": "DOC", "docx": "DOCX", "odt": "ODT",
        "png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "parquet": "Parquet", "gpkg": "GPKG", "html": "HTML",
    ]

    /// A name may not look like an identifier, so a lookup by "id or name" can never find two records.
    static func isValidName(_ name: String) -> Bool { NameRule.slug.accepts(name) && !Identifier.isWellFormed(name) }

    /// A URL name made from a title: the Latin spelling of the text, folded to plain ASCII.
    static func slug(from title: LocalizedText) -> String {
        let source = title[.uzLatn] ?? title[.en] ?? title.values.values.first ?? ""
        let latin = UzbekTransliteration.isMostlyCyrillic(source) ? UzbekTransliteration.cyrillicToLatin(source) : source
        let folded = ScriptFolding.matchKey(latin)
        var slug = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") { slug += "-" }
        }
        slug = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(90))
        return slug.count >= 2 ? slug : "dataset"
    }

    static func cleanTags(_ tags: [String], problems: inout [String: [String]]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for raw in tags {
            let tag = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if tag.isEmpty { continue }
            if tag.count > 100 { problems["tags", default: []].append("Tag \"\(tag.prefix(20))...\" is longer than maximum 100"); continue }
            if tag.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
                problems["tags", default: []].append("Tag \"\(tag)\" must not contain control characters"); continue
            }
            if seen.insert(tag.lowercased()).inserted { result.append(tag) }
        }
        if result.count > maxTags { problems["tags", default: []].append("At most \(maxTags) tags") }
        return result
    }

    static func isValidEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@")
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !email.contains(" ")
    }

    static func isValidDate(_ text: String) -> Bool { Timestamp.parse(text) != nil }

    static func isValidURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return ["http", "https", "ftp"].contains(scheme) && url.host != nil
    }
}
