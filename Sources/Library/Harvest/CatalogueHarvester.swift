import Foundation
import Harvesting
import ManbaCore
import ManbaStore
import SQLKit

/// Brings a member library's catalogue in over OAI-PMH: page by page, each page committed with the
/// resumption token reached, so an interrupted run resumes where it stopped; and incrementally, asking
/// each run only for what changed since the previous complete run began.
public struct CatalogueHarvester: Sendable {
    let catalogue: UnionCatalogue
    let fetch: @Sendable (URL) async throws -> Data

    public init(catalogue: UnionCatalogue, fetch: @escaping @Sendable (URL) async throws -> Data = OAIHarvester.httpFetch) {
        self.catalogue = catalogue
        self.fetch = fetch
    }

    public struct Request: Sendable {
        public var baseURL: URL
        public var library: String
        public var set: String?
        public var metadataPrefix: String
        /// Overrides where the run starts; nil: resume an interrupted run, or continue from the last complete one.
        public var from: Date?

        public init(baseURL: URL, library: String, set: String? = nil, metadataPrefix: String = "marc21", from: Date? = nil) {
            self.baseURL = baseURL
            self.library = library
            self.set = set
            self.metadataPrefix = metadataPrefix
            self.from = from
        }

        var key: String { [baseURL.absoluteString, set ?? "", metadataPrefix, library].joined(separator: "\u{1F}") }
    }

    public func harvest(_ request: Request, progress: @escaping @Sendable (MARCImportReport) -> Void = { _ in }) async throws -> MARCImportReport {
        guard LibraryCode.isValid(request.library) else { throw ManbaError.validation(["library": ["Library codes are 1-32 letters, digits, '-', '_' or '.'"]]) }
        let state = try await HarvestState.load(request.key, in: catalogue.database)
        let resuming = request.from == nil ? state?.resumptionToken : nil
        let started = resuming != nil ? (state?.runStarted ?? catalogue.clock.now()) : catalogue.clock.now()
        let from = request.from ?? (resuming == nil ? state?.lastCompleteFrom : nil)
        try await HarvestState.save(request, token: resuming, runStarted: started, lastCompleteFrom: state?.lastCompleteFrom, addRecords: 0, in: catalogue.database, clock: catalogue.clock)

        let harvester = OAIHarvester(baseURL: request.baseURL, metadataPrefix: request.metadataPrefix, set: request.set, from: from, fetch: fetch)
        var report = MARCImportReport()
        var page: [MARCImporter.IncomingRecord] = []
        var undecodable: [QuarantinedRecord] = []
        let source = request.baseURL.absoluteString
        for try await event in harvester.records(resumeFrom: resuming) {
            switch event {
            case .record(let harvested):
                let key = request.library + ":oai:" + harvested.header.identifier
                if harvested.header.isDeleted {
                    page.append(.deleted(key: key))
                } else if let xml = harvested.metadataXML, let record = try? MARCXML.decode(Data(xml.utf8)).first {
                    page.append(.record(record, key: key))
                } else {
                    undecodable.append(QuarantinedRecord(fileName: source, offset: report.read + page.count + undecodable.count,
                                                         reason: "\(harvested.header.identifier): metadata is not a MARCXML record"))
                }
            case .page(let token, _, _):
                var pageReport = try await catalogue.importer.importRecords(page, library: request.library, sourceName: source)
                pageReport.read += undecodable.count
                pageReport.quarantined += undecodable.count
                try await catalogue.importer.quarantine(undecodable, library: request.library)
                report.add(pageReport)
                page.removeAll()
                undecodable.removeAll()
                // The page is stored before the token that follows it: resuming never skips a record.
                try await HarvestState.save(request, token: token, runStarted: started, lastCompleteFrom: state?.lastCompleteFrom,
                                            addRecords: pageReport.read, in: catalogue.database, clock: catalogue.clock)
                progress(report)
            }
        }
        // Complete: the next run asks for what changed since this one began.
        try await HarvestState.save(request, token: nil, runStarted: nil, lastCompleteFrom: started, addRecords: 0, in: catalogue.database, clock: catalogue.clock)
        return report
    }
}

/// The row of `harvest_state` for one harvest (source, set, format, library).
struct HarvestState {
    var resumptionToken: String?
    var runStarted: Date?
    var lastCompleteFrom: Date?

    static func load(_ key: String, in database: any DatabaseBackend) async throws -> HarvestState? {
        try await database.read { db in
            try await db.first("SELECT resumption_token, run_started, last_complete_from FROM harvest_state WHERE harvest_key = \(bind: key)").map { row in
                HarvestState(resumptionToken: try row.decodeNil(column: "resumption_token") ? nil : try row.decode(column: "resumption_token", as: String.self),
                             runStarted: try row.decodeNil(column: "run_started") ? nil : Datestamp.parse(try row.decode(column: "run_started", as: String.self)),
                             lastCompleteFrom: try row.decodeNil(column: "last_complete_from") ? nil : Datestamp.parse(try row.decode(column: "last_complete_from", as: String.self)))
            }
        }
    }

    static func save(_ request: CatalogueHarvester.Request, token: String?, runStarted: Date?, lastCompleteFrom: Date?, addRecords: Int,
                     in database: any DatabaseBackend, clock: any ManbaClock) async throws {
        let updated = Timestamp.string(clock.now())
        try await database.write { db in
            try await db.run("""
                INSERT INTO harvest_state (harvest_key, base_url, set_spec, metadata_prefix, library_code, resumption_token, run_started, last_complete_from, records, updated)
                VALUES (\(bind: request.key), \(bind: request.baseURL.absoluteString), \(bind: request.set ?? ""), \(bind: request.metadataPrefix), \(bind: request.library),
                        \(bind: token), \(bind: runStarted.map(Datestamp.string)), \(bind: lastCompleteFrom.map(Datestamp.string)), \(bind: Int64(addRecords)), \(bind: updated))
                ON CONFLICT (harvest_key) DO UPDATE SET resumption_token = excluded.resumption_token, run_started = excluded.run_started,
                    last_complete_from = excluded.last_complete_from, records = harvest_state.records + excluded.records, updated = excluded.updated
                """)
        }
    }
}
