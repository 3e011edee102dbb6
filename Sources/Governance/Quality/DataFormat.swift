import Foundation

/// How open and how machine-readable a resource's format is: the steps of Tim Berners-Lee's scale that
/// depend on the file alone. Decided from the declared format, or the media type when no format is given.
///
/// Excel (XLS, XLSX) counts as machine-readable but proprietary, as the 5-star scheme rates it: the
/// files are read best by one vendor's program. ZIP and plain text count as not machine-readable,
/// because nothing says what is inside; a publisher who declares the format of the contents gets credit.
public enum DataFormat: Int, Sendable, Comparable, Codable {
    /// PDF, Word, images, web pages, archives: people can read them, programs cannot use them as data.
    case notMachineReadable = 0
    /// Structured data in a vendor's format (XLS, XLSX, MDB, SPSS, Stata).
    case proprietary = 1
    /// Structured data in an open format (CSV, JSON, XML, GeoJSON, ODS, ...).
    case open = 2
    /// RDF in any serialisation (RDF/XML, Turtle, JSON-LD, N-Triples, ...): things named by URIs.
    case linkedData = 3

    public static func < (a: DataFormat, b: DataFormat) -> Bool { a.rawValue < b.rawValue }

    public var isMachineReadable: Bool { self >= .proprietary }
    public var isOpen: Bool { self >= .open }

    /// The class of a resource, from its declared format and, failing that, its media type.
    public static func of(format: String, mimetype: String?) -> DataFormat {
        if let known = classes[normalised(format)] { return known }
        if let mimetype, let known = mediaTypes[mimetype.lowercased().split(separator: ";").first.map(String.init)?
            .trimmingCharacters(in: .whitespaces) ?? ""] { return known }
        return .notMachineReadable
    }

    /// `.csv`, `csv `, `text/csv` and `CSV` are one format.
    static func normalised(_ format: String) -> String {
        var f = format.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if f.hasPrefix(".") { f.removeFirst() }
        if let slash = f.lastIndex(of: "/"), f.contains("TEXT/") || f.contains("APPLICATION/") {
            f = String(f[f.index(after: slash)...])
        }
        return f
    }

    static let classes: [String: DataFormat] = {
        var map: [String: DataFormat] = [:]
        for f in ["RDF", "RDF/XML", "RDF-XML", "RDFXML", "RDF+XML", "TTL", "TURTLE", "JSON-LD", "JSONLD", "LD+JSON",
                  "NT", "N-TRIPLES", "NTRIPLES", "N3", "NQ", "N-QUADS", "TRIG", "SPARQL"] { map[f] = .linkedData }
        for f in ["CSV", "TSV", "JSON", "JSONL", "NDJSON", "GEOJSON", "GEO+JSON", "XML", "ODS", "KML", "KMZ", "GML",
                  "GPX", "SHP", "GPKG", "GEOPACKAGE", "PARQUET", "SQLITE", "NETCDF", "HDF5", "WMS", "WFS"] { map[f] = .open }
        for f in ["XLS", "XLSX", "XLSM", "XLSB", "MDB", "ACCDB", "DBF", "SAV", "DTA", "SAS7BDAT"] { map[f] = .proprietary }
        return map
    }()

    static let mediaTypes: [String: DataFormat] = [
        "application/rdf+xml": .linkedData, "text/turtle": .linkedData, "application/ld+json": .linkedData,
        "application/n-triples": .linkedData, "application/n-quads": .linkedData, "application/trig": .linkedData,
        "text/n3": .linkedData,
        "text/csv": .open, "text/tab-separated-values": .open, "application/json": .open, "application/geo+json": .open,
        "application/xml": .open, "text/xml": .open, "application/x-ndjson": .open,
        "application/vnd.oasis.opendocument.spreadsheet": .open, "application/vnd.google-earth.kml+xml": .open,
        "application/vnd.ms-excel": .proprietary,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": .proprietary,
    ]
}
