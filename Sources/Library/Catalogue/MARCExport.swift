import Foundation

/// Writes a selection of the union catalogue as ISO 2709, MARCXML or MARC-in-JSON, a page of records
/// at a time, so an export of any size holds one page in memory.
public struct MARCExport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case iso2709, marcxml, json

        public var mediaType: String {
            switch self {
            case .iso2709: return "application/marc"
            case .marcxml: return "application/marcxml+xml; charset=utf-8"
            case .json: return "application/json; charset=utf-8"
            }
        }

        public var fileExtension: String { self == .iso2709 ? "mrc" : (self == .marcxml ? "xml" : "json") }
    }

    let catalogue: UnionCatalogue
    public let format: Format
    public static let pageSize = 500

    public init(catalogue: UnionCatalogue, format: Format) {
        self.catalogue = catalogue
        self.format = format
    }

    /// Calls `write` with successive pieces of the export of every record matching `query`, at most `limit`.
    /// Records are written with every library's holdings; one that cannot be written as ISO 2709 (a field
    /// over 9,999 bytes) is skipped and counted.
    public func run(_ query: LibraryQuery, limit: Int = .max, write: (Data) async throws -> Void) async throws -> (written: Int, skipped: Int) {
        var written = 0, skipped = 0, start = 0
        switch format {
        case .marcxml: try await write(Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"\(MARCXML.namespace)\">\n".utf8))
        case .json: try await write(Data("[".utf8))
        case .iso2709: break
        }
        while start < limit {
            let page = try await catalogue.search(query, sort: .title, start: start, rows: min(Self.pageSize, limit - start))
            if page.records.isEmpty { break }
            var chunk = Data()
            for work in page.records {
                let record = work.record(withHoldings: true)
                switch format {
                case .iso2709:
                    guard let bytes = try? ISO2709Writer.encode(record, flavour: work.primary.flavour) else { skipped += 1; continue }
                    chunk.append(contentsOf: bytes)
                case .marcxml:
                    chunk.append(Data(MARCXML.encodeRecord(record).utf8))
                    chunk.append(0x0A)
                case .json:
                    if written > 0 { chunk.append(Data(",\n".utf8)) }
                    chunk.append(Data(MARCJSON.encode(record).utf8))
                }
                written += 1
            }
            try await write(chunk)
            start += page.records.count
            if start >= page.count { break }
        }
        switch format {
        case .marcxml: try await write(Data("</collection>\n".utf8))
        case .json: try await write(Data("]\n".utf8))
        case .iso2709: break
        }
        return (written, skipped)
    }
}
