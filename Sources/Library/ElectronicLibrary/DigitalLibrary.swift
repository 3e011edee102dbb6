import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// The electronic library: digitised copies attached to union catalogue records, read online or
/// downloaded by anyone (open access) or by registered readers, counted per item and day (no record of
/// who read what), with the text of PDFs searchable together with the record.
public struct DigitalLibrary: Sendable {
    let catalogue: UnionCatalogue
    let files: FileStore
    /// The largest file accepted, in bytes.
    public let sizeLimit: Int

    public init(catalogue: UnionCatalogue, files: FileStore, sizeLimit: Int = 500 * 1024 * 1024) {
        self.catalogue = catalogue
        self.files = files
        self.sizeLimit = sizeLimit
    }

    /// Words of a book's text kept for search: enough for any monograph's vocabulary, bounded for a huge one.
    static let maxWords = 50_000

    /// Attaches a file to a record. Only system administrators may (library staff roles come later).
    public func attach(workID: Int64, fileName: String, data: Data, access: DigitalItem.Access, by principal: Principal) async throws -> DigitalItem {
        guard principal.isSysadmin else { throw ManbaError.forbidden("Only system administrators may add digitised copies") }
        guard data.count <= sizeLimit else { throw ManbaError.payloadTooLarge(limit: sizeLimit) }
        guard let format = DigitalItem.Format(sniffing: data) else {
            throw ManbaError.validation(["file": ["Only PDF and EPUB files can be added (this file is neither)"]])
        }
        _ = try await catalogue.work(workID)
        var words: [String] = []
        if format == .pdf {
            // A PDF whose text cannot be read is still added: it can be read, just not searched by its text.
            let text = (try? await PDFText.extract(data)) ?? ""
            var seen = Set<String>()
            for word in ScriptFolding.tokens(text) where word.count > 1 && seen.insert(word).inserted {
                words.append(word)
                if words.count == Self.maxWords { break }
            }
        }
        let terms = words.joined(separator: " "), wordCount = words.count
        let stored = try files.store(data)
        let id = Identifier.make()
        let safeName = Self.safeFileName(fileName, format: format)
        let now = Timestamp.string(catalogue.clock.now())
        let datestamp = Datestamp.string(catalogue.clock.now())
        try await catalogue.database.write { db in
            try await db.run("""
                INSERT INTO digital_items (id, work_id, file_name, format, size, sha256, access, terms, word_count, added, added_by)
                VALUES (\(bind: id), \(bind: workID), \(bind: safeName), \(bind: format.rawValue), \(bind: Int64(stored.size)), \(bind: stored.sha256),
                        \(bind: access.rawValue), \(bind: terms), \(bind: wordCount), \(bind: now), \(bind: principal.userName ?? "system"))
                """)
            // The record is indexed again with the text.
            try await db.run("""
                UPDATE bib_works SET revision = (SELECT COALESCE(MAX(revision), 0) + 1 FROM bib_works), datestamp = \(bind: datestamp) WHERE id = \(bind: workID)
                """)
        }
        return DigitalItem(id: id, workID: workID, fileName: safeName, format: format, size: stored.size, sha256: stored.sha256,
                           access: access, wordCount: words.count, reads: 0, downloads: 0)
    }

    public func items(of workID: Int64) async throws -> [DigitalItem] {
        try await catalogue.database.read { db in
            try await db.rows("""
                SELECT i.*, CAST(COALESCE((SELECT SUM(reads) FROM digital_item_stats s WHERE s.item_id = i.id), 0) AS BIGINT) AS reads,
                       CAST(COALESCE((SELECT SUM(downloads) FROM digital_item_stats s WHERE s.item_id = i.id), 0) AS BIGINT) AS downloads
                FROM digital_items i WHERE i.work_id = \(bind: workID) ORDER BY i.added, i.id
                """).map(Self.item)
        }
    }

    public enum Use: Sendable { case read, download }

    /// The file of an item, if the principal may have it; counted as a read or a download.
    public func open(_ id: String, as use: Use, for principal: Principal) async throws -> (DigitalItem, Data) {
        let row = try await catalogue.database.read { db in
            try await db.first("SELECT i.*, CAST(0 AS BIGINT) AS reads, CAST(0 AS BIGINT) AS downloads FROM digital_items i WHERE i.id = \(bind: id)")
        }
        guard let row, let item = try? Self.item(row) else { throw ManbaError.notFound("No such digitised copy") }
        if item.access == .registered, !principal.isAuthenticated {
            throw ManbaError.unauthenticated("This copy is for registered readers: sign in or register to read it")
        }
        guard let data = try files.read(sha256: item.sha256) else { throw ManbaError.notFound("The file of this copy is missing") }
        let day = String(Timestamp.string(catalogue.clock.now()).prefix(10))
        let (reads, downloads) = use == .read ? (1, 0) : (0, 1)
        try await catalogue.database.write { db in
            try await db.run("""
                INSERT INTO digital_item_stats (item_id, day, reads, downloads) VALUES (\(bind: id), \(bind: day), \(bind: reads), \(bind: downloads))
                ON CONFLICT (item_id, day) DO UPDATE SET reads = digital_item_stats.reads + excluded.reads,
                    downloads = digital_item_stats.downloads + excluded.downloads
                """)
        }
        return (item, data)
    }

    static func item(_ row: any SQLRow) throws -> DigitalItem {
        DigitalItem(id: try row.decode(column: "id", as: String.self), workID: try row.decode(column: "work_id", as: Int64.self),
                    fileName: try row.decode(column: "file_name", as: String.self),
                    format: DigitalItem.Format(rawValue: try row.decode(column: "format", as: String.self)) ?? .pdf,
                    size: Int(try row.decode(column: "size", as: Int64.self)), sha256: try row.decode(column: "sha256", as: String.self),
                    access: DigitalItem.Access(rawValue: try row.decode(column: "access", as: String.self)) ?? .registered,
                    wordCount: try row.decode(column: "word_count", as: Int.self),
                    reads: Int(try row.decode(column: "reads", as: Int64.self)), downloads: Int(try row.decode(column: "downloads", as: Int64.self)))
    }

    /// A file name safe in a Content-Disposition header, ending in the format's extension.
    static func safeFileName(_ name: String, format: DigitalItem.Format) -> String {
        let base = (name as NSString).lastPathComponent.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_. ".unicodeScalars.contains($0) }
        let cleaned = String(String.UnicodeScalarView(base)).trimmingCharacters(in: .whitespaces)
        let stem = cleaned.isEmpty ? "copy" : String(cleaned.prefix(120))
        return stem.lowercased().hasSuffix("." + format.rawValue) ? stem : stem + "." + format.rawValue
    }
}
