import Foundation
import Harvesting
import ManbaCore
import ManbaStore
import SQLKit

/// The union catalogue as an OAI-PMH repository: oai_dc, marc21 and marc21_withholdings; one set per
/// holding library (`library:CODE`); deleted records kept; lists paged by (datestamp, id), so every page
/// costs the same at any depth.
public struct UnionCatalogueOAI: OAIRepository {
    let catalogue: UnionCatalogue
    public let identity: OAIIdentity

    public static let marc21WithHoldings = OAIMetadataFormat(prefix: "marc21_withholdings", schema: OAINamespaces.marc21Schema, namespace: OAINamespaces.marc21)
    public static let identifierPrefix = "oai:manba:union:"

    public init(catalogue: UnionCatalogue, adminEmail: String) {
        self.catalogue = catalogue
        identity = OAIIdentity(
            repositoryName: "Manba: union catalogue of the libraries of Uzbekistan", adminEmails: [adminEmail],
            // A lower bound, as the protocol allows: no record is older than the epoch.
            earliestDatestamp: Date(timeIntervalSince1970: 0), deletedRecord: .persistent, granularity: .seconds,
            descriptions: [OAIIdentity.oaiIdentifierDescription(repositoryIdentifier: "manba", sampleIdentifier: Self.identifierPrefix + "1")])
    }

    public var metadataFormats: [OAIMetadataFormat] { [.oaiDC, .marc21, Self.marc21WithHoldings] }

    public func metadataFormats(for identifier: String) async throws -> [OAIMetadataFormat]? {
        guard let id = Self.workID(identifier), try await header(id) != nil else { return nil }
        return metadataFormats
    }

    public func sets() async throws -> [OAISet] {
        let libraries = try await catalogue.libraries()
        return [OAISet(spec: "library", name: "Holding libraries")]
            + libraries.map { OAISet(spec: "library:" + $0.code, name: $0.displayName(.uzLatn)) }
    }

    public func record(identifier: String, metadataPrefix: String) async throws -> OAIRecord? {
        guard let id = Self.workID(identifier), let header = try await header(id) else { return nil }
        return try await records([header], metadataPrefix: metadataPrefix, withMetadata: true).first
    }

    public func page(_ selection: OAISelection, after cursor: String?, limit: Int, withMetadata: Bool) async throws -> OAIPage {
        let after = cursor.flatMap(Self.parseCursor) ?? ("", 0)
        let library: String? = selection.set.flatMap { $0.hasPrefix("library:") ? String($0.dropFirst("library:".count)) : nil }
        if let set = selection.set, set != "library", library == nil { return OAIPage(records: [], nextCursor: nil) }
        let from = selection.from.map(Datestamp.string) ?? ""
        let until = selection.until.map(Datestamp.string) ?? "9999"
        let rows = try await catalogue.database.read { db in
            // The cursor as one row value: both databases seek the (datestamp, id) index straight to it.
            // Spelled as `datestamp > ? OR (datestamp = ? AND id > ?)` it was a scan from the first record
            // of that datestamp, and an import stamps a hundred thousand records with the same second, so
            // each page cost more than the one before.
            let join: SQLQueryString = library.map { " JOIN bib_work_libraries l ON l.work_id = w.id AND l.library_code = \(bind: $0)" } ?? ""
            return try await db.rows("""
                SELECT w.id, w.datestamp, w.deleted FROM bib_works w
                """ + join + """
                 WHERE (w.datestamp, w.id) > (\(bind: after.0), \(bind: after.1))
                  AND w.datestamp >= \(bind: from) AND w.datestamp < \(bind: until)
                ORDER BY w.datestamp, w.id LIMIT \(bind: limit + 1)
                """)
        }
        var headers = try rows.map(Self.header)
        let more = headers.count > limit
        if more { headers.removeLast() }
        let records = try await self.records(headers, metadataPrefix: selection.metadataPrefix, withMetadata: withMetadata)
        let next = more ? headers.last.map { "\($0.datestamp)|\($0.id)" } : nil
        return OAIPage(records: records, nextCursor: next)
    }

    // MARK: Private

    struct Header { let id: Int64; let datestamp: String; let deleted: Bool }

    static func header(_ row: any SQLRow) throws -> Header {
        Header(id: try row.decode(column: "id", as: Int64.self), datestamp: try row.decode(column: "datestamp", as: String.self),
               deleted: try row.decode(column: "deleted", as: Int.self) != 0)
    }

    private func header(_ id: Int64) async throws -> Header? {
        try await catalogue.database.read { db in
            try await db.first("SELECT id, datestamp, deleted FROM bib_works WHERE id = \(bind: id)").map(Self.header)
        }
    }

    private func records(_ headers: [Header], metadataPrefix: String, withMetadata: Bool) async throws -> [OAIRecord] {
        guard !headers.isEmpty else { return [] }
        let ids = headers.map(\.id)
        let libraries = try await catalogue.database.read { db in
            try await db.rows("SELECT work_id, library_code FROM bib_work_libraries WHERE work_id IN \(SQLBind.group(ids)) ORDER BY library_code")
        }.reduce(into: [Int64: [String]]()) { map, row in
            map[try row.decode(column: "work_id", as: Int64.self), default: []].append(try row.decode(column: "library_code", as: String.self))
        }
        let live = headers.filter { !$0.deleted }.map(\.id)
        let works = withMetadata ? try await catalogue.works(live) : []
        let byID = Dictionary(uniqueKeysWithValues: works.map { ($0.id, $0) })
        return headers.map { h in
            let header = OAIRecordHeader(identifier: Self.identifierPrefix + String(h.id), datestamp: Datestamp.parse(h.datestamp) ?? Date(timeIntervalSince1970: 0),
                                         setSpecs: (libraries[h.id] ?? []).map { "library:" + $0 }, isDeleted: h.deleted)
            guard withMetadata, !h.deleted, let work = byID[h.id] else { return OAIRecord(header: header) }
            let metadata: String
            switch metadataPrefix {
            case "oai_dc": metadata = MARCDublinCore.encodeRecord(work.record(withHoldings: false), flavour: work.primary.flavour)
            case "marc21": metadata = MARCXML.encodeRecord(work.record(withHoldings: false))
            default: metadata = MARCXML.encodeRecord(work.record(withHoldings: true))
            }
            return OAIRecord(header: header, metadataXML: metadata)
        }
    }

    static func workID(_ identifier: String) -> Int64? {
        guard identifier.hasPrefix(identifierPrefix) else { return nil }
        return Int64(identifier.dropFirst(identifierPrefix.count))
    }

    static func parseCursor(_ cursor: String) -> (String, Int64)? {
        let parts = cursor.split(separator: "|")
        guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
        return (String(parts[0]), id)
    }
}
