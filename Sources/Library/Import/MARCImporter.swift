import Foundation
import Logging
import ManbaCore
import ManbaStore
import SQLKit

/// Imports MARC files into the union catalogue: streams the input (constant memory at any size),
/// commits in batches, is idempotent on re-run (a record is known by its library and control number),
/// and never stops at a bad record: it is quarantined with the reason and its byte offset.
public struct MARCImporter: Sendable {
    let database: any DatabaseBackend
    let clock: any ManbaClock
    public var batchSize: Int
    /// Whether a file's run reads the catalogue's keys first (`ImportMemory`): nil decides by the
    /// file's size against the catalogue's; tests set it to take either path with small files.
    var remembersCatalogue: Bool?

    public init(database: any DatabaseBackend, clock: any ManbaClock = SystemClock(), batchSize: Int = 10_000) {
        self.database = database
        self.clock = clock
        self.batchSize = max(1, batchSize)
    }

    /// Imports one file (ISO 2709, MARCXML or MARC-in-JSON, told apart by their first byte) for `library`.
    /// `progress` is called after every batch with the counts so far.
    public func importFile(_ path: String, library: String, progress: @escaping @Sendable (MARCImportReport) -> Void = { _ in }) async throws -> MARCImportReport {
        guard LibraryCode.isValid(library) else { throw ManbaError.validation(["library": ["Library codes are 1-32 letters, digits, '-', '_' or '.'"]]) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ManbaError.notFound("Cannot read \(path)") }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        try? handle.close()
        let first = head.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        let fileName = (path as NSString).lastPathComponent
        // About a kilobyte per record whatever the format: an estimate is all the choices below need.
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let expectedRecords = fileSize / 1000
        var run = ImportRun(importer: self, library: library, fileName: fileName, progress: progress)
        if remembersCatalogue ?? true {
            run.memory = try await ImportMemory.load(from: database, expectedRecords: remembersCatalogue == true ? .max : expectedRecords)
        }
        let read = { [run] () async throws -> MARCImportReport in
            var run = run
            switch first {
            case UInt8(ascii: "<"):
                try await run.readXML(path)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                try await run.readJSON(path)
            default:
                try await run.readISO2709(path)
            }
            try await run.flush()
            try await run.finishWriting()
            return run.report
        }
        return expectedRecords >= batchSize ? try await database.bulkWriting(read) : try await read()
    }

    /// Keeps records that could not be read at all (no bytes to show) in the quarantine.
    public func quarantine(_ records: [QuarantinedRecord], library: String) async throws {
        guard !records.isEmpty else { return }
        _ = try await CatalogueWriter(database: database, now: clock.now()).write([], quarantined: records.map { ($0, []) }, library: library)
    }

    /// A record that arrived some other way than in a file (an OAI-PMH harvest), with the key it is known by.
    public enum IncomingRecord: Sendable {
        case record(MARCRecord, key: String)
        case deleted(key: String)
    }

    /// Imports records already in memory, in one batch per call (a harvested page).
    public func importRecords(_ records: [IncomingRecord], library: String, sourceName: String) async throws -> MARCImportReport {
        guard LibraryCode.isValid(library) else { throw ManbaError.validation(["library": ["Library codes are 1-32 letters, digits, '-', '_' or '.'"]]) }
        var run = ImportRun(importer: self, library: library, fileName: sourceName, progress: { _ in })
        for (position, incoming) in records.enumerated() {
            switch incoming {
            case .record(let record, let key):
                run.pending.append(.record(record, raw: [], characterSet: .utf8, flavour: MARCFlavour.detect(in: record), offset: position, key: key))
            case .deleted(let key):
                run.pending.append(.withdrawal(key))
            }
        }
        try await run.flush()
        try await run.finishWriting()
        return run.report
    }
}

/// One run of the importer: the batch being filled and the counts.
private struct ImportRun {
    let importer: MARCImporter
    let library: String
    let fileName: String
    let progress: @Sendable (MARCImportReport) -> Void
    var report = MARCImportReport()
    var pending: [PendingItem] = []
    /// The batch being written while the next is read.
    var writing: Task<CatalogueWriter.Outcome, any Error>?
    /// What the catalogue holds, for a run long enough to be worth reading it first (a file, not a harvested page).
    var memory: ImportMemory?

    enum PendingItem: Sendable {
        case record(MARCRecord, raw: [UInt8], characterSet: MARCCharacterSet, flavour: MARCFlavour, offset: Int, key: String? = nil)
        case invalid(QuarantinedRecord, raw: [UInt8])
        /// The source says the record is deleted; known by its key.
        case withdrawal(String)
    }

    /// Leader/05 'd': the record is a deletion notice, in MARC 21 and UNIMARC alike.
    static func isDeletion(_ record: MARCRecord) -> Bool {
        let leader = Array(record.leader.utf8)
        return leader.count > 5 && leader[5] == UInt8(ascii: "d")
    }

    init(importer: MARCImporter, library: String, fileName: String, progress: @escaping @Sendable (MARCImportReport) -> Void) {
        self.importer = importer
        self.library = library
        self.fileName = fileName
        self.progress = progress
    }

    mutating func readISO2709(_ path: String) async throws {
        var reader = try ISO2709Reader(path: path)
        while let item = reader.next() {
            switch item {
            case .record(let record, let offset, let raw, let characterSet):
                let flavour = reader.lastFlavour ?? MARCFlavour.detect(in: record)
                pending.append(.record(record, raw: raw, characterSet: characterSet, flavour: flavour, offset: offset))
            case .invalid(let error, let raw):
                pending.append(.invalid(QuarantinedRecord(fileName: fileName, offset: error.offset, reason: error.reason), raw: raw))
            }
            if pending.count >= importer.batchSize { try await flush() }
        }
    }

    mutating func readXML(_ path: String) async throws {
        guard let stream = InputStream(fileAtPath: path) else { throw ManbaError.notFound("Cannot read \(path)") }
        var items: [PendingItem] = []
        // The XML reader calls back per record; batches are written after it returns a chunk.
        try MARCXML.forEachRecord(in: stream) { result in
            switch result {
            case .success(let record): items.append(.record(record, raw: [], characterSet: .utf8, flavour: MARCFlavour.detect(in: record), offset: items.count))
            case .failure(let error): items.append(.invalid(QuarantinedRecord(fileName: fileName, offset: error.offset, reason: error.reason), raw: []))
            }
        }
        for item in items {
            pending.append(item)
            if pending.count >= importer.batchSize { try await flush() }
        }
    }

    mutating func readJSON(_ path: String) async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for (position, result) in try MARCJSON.decodeEach(data).enumerated() {
            switch result {
            case .success(let record): pending.append(.record(record, raw: [], characterSet: .utf8, flavour: MARCFlavour.detect(in: record), offset: position))
            case .failure(let error): pending.append(.invalid(QuarantinedRecord(fileName: fileName, offset: error.offset, reason: error.reason), raw: []))
            }
            if pending.count >= importer.batchSize { try await flush() }
        }
    }

    mutating func flush() async throws {
        guard !pending.isEmpty else { return }
        let items = pending
        pending.removeAll(keepingCapacity: true)
        var withdrawn: [String] = []
        var toPrepare: [PendingItem] = []
        for item in items {
            switch item {
            case .withdrawal(let key): withdrawn.append(key)
            case .record(let record, _, _, _, _, let key) where Self.isDeletion(record):
                let summary = RecordSummary(record)
                withdrawn.append(key ?? PreparedSource.key(library: library, controlNumber: summary.controlNumber, contentHash: ""))
            default: toPrepare.append(item)
            }
        }
        let (prepared, quarantined) = await Self.prepare(toPrepare, library: library, fileName: fileName)
        let (batch, repeated) = CatalogueWriter.latestOfEach(prepared)
        // The match keys the catalogue may hold are looked up now, on a reader, while the previous batch
        // is written: the write transaction is what sets an import's pace. What that batch adds meanwhile
        // is taken from its outcome below; the transaction uses the result only if nobody else wrote.
        var lookedUp: [String: Int64]?
        if let memory {
            let keys = batch.flatMap(\.matchKeys).filter { memory.mayHoldMatchKey($0) }
            lookedUp = try await importer.database.read { db in try await CatalogueWriter.works(matching: keys, in: db) }
        }
        // The previous batch was written while this one was read and prepared; batches commit in order.
        let previous = try await finishWriting()
        for source in batch { for key in source.matchKeys { if let work = previous.addedKeys[key] { lookedUp?[key] = work } } }
        let writer = CatalogueWriter(database: importer.database, now: importer.clock.now())
        let library = self.library
        let memory = self.memory
        let known = lookedUp
        let read = items.count
        writing = Task {
            var outcome = try await writer.write(batch, quarantined: quarantined, withdrawn: withdrawn, library: library,
                                                 memory: memory, lookedUp: known)
            outcome.read = read
            outcome.quarantined = quarantined.count
            outcome.unchanged += repeated
            return outcome
        }
    }

    /// Waits for the batch being written, and counts it.
    @discardableResult
    mutating func finishWriting() async throws -> CatalogueWriter.Outcome {
        guard let task = writing else { return CatalogueWriter.Outcome() }
        writing = nil
        let outcome = try await task.value
        report.read += outcome.read
        report.imported += outcome.imported
        report.updated += outcome.updated
        report.unchanged += outcome.unchanged
        report.merged += outcome.merged
        report.withdrawn += outcome.withdrawn
        report.quarantined += outcome.quarantined
        memory = outcome.memory
        progress(report)
        return outcome
    }

    /// Decoding is done; summarising, folding and hashing is spread over the cores but one, which the
    /// previous batch's write transaction has to itself (sharing it with a preparing worker slowed the
    /// whole import, whose pace that transaction sets).
    static func prepare(_ items: [PendingItem], library: String, fileName: String) async -> ([PreparedSource], [(QuarantinedRecord, [UInt8])]) {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount - 1, 8))
        let chunk = (items.count + workers - 1) / workers
        let parts = await withTaskGroup(of: (Int, [PreparedSource], [(QuarantinedRecord, [UInt8])]).self) { group in
            for w in 0..<workers where w * chunk < items.count {
                let slice = Array(items[(w * chunk)..<min(items.count, (w + 1) * chunk)])
                group.addTask {
                    var prepared: [PreparedSource] = []
                    var bad: [(QuarantinedRecord, [UInt8])] = []
                    for item in slice {
                        switch item {
                        case .record(let record, let raw, let characterSet, let flavour, let offset, let key):
                            do {
                                prepared.append(try PreparedSource(record: record, raw: raw.isEmpty ? try ISO2709Writer.encode(record, flavour: flavour) : raw,
                                                                   characterSet: raw.isEmpty ? .utf8 : characterSet, flavour: flavour, library: library, key: key))
                            } catch {
                                bad.append((QuarantinedRecord(fileName: fileName, offset: offset, reason: "cannot be stored: \(error)"), raw))
                            }
                        case .invalid(let record, let raw):
                            bad.append((record, raw))
                        case .withdrawal:
                            break
                        }
                    }
                    return (w, prepared, bad)
                }
            }
            var parts: [(Int, [PreparedSource], [(QuarantinedRecord, [UInt8])])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }
        }
        return (parts.flatMap(\.1), parts.flatMap(\.2))
    }
}
