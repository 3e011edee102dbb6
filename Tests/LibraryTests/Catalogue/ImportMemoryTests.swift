import Foundation
import ManbaCore
import Testing
@testable import Library

/// The import's key memory (`ImportMemory`) and the lookups made before the write transaction must give
/// the catalogue that looking every key up inside the transaction gives, including when another writer
/// changes the catalogue in the middle of a run.
@Suite("Import key memory") struct ImportMemoryTests {
    static func isbnBook(_ id: String, _ title: String, isbn: String, library: String) -> MARCRecord {
        LibraryFixture.book(id, title: title, author: "Muallif, \(id)", year: 2020, publisher: "Nashr \(id)", isbn: isbn,
                            holdings: [(library, "84 \(id)")])
    }

    /// Batches of two, so that a record matches one in the catalogue before the run, one in the batch
    /// written just before its own (still being written while its keys were looked up), and one in its
    /// own batch; with and without the memory the counts and the merged records are the same.
    @Test(arguments: [true, false]) func mergesAreTheSameWithAndWithoutTheMemory(remembers: Bool) async throws {
        try await LibraryFixture.with { f in
            var importer = f.catalogue.importer
            importer.batchSize = 2
            importer.remembersCatalogue = remembers
            let before = try f.file([Self.isbnBook("a", "Birinchi kitob", isbn: "9789943000011", library: "UZ-A")])
            #expect(try await importer.importFile(before, library: "UZ-A").imported == 1)
            let run = try f.file([
                Self.isbnBook("c", "Birinchi kitob", isbn: "9789943000011", library: "UZ-B"),   // the catalogue's
                Self.isbnBook("e", "Ikkinchi kitob", isbn: "9789943000028", library: "UZ-B"),
                Self.isbnBook("f", "Ikkinchi kitob", isbn: "9789943000028", library: "UZ-C"),   // the batch before
                Self.isbnBook("g", "Uchinchi kitob", isbn: "9789943000035", library: "UZ-B"),
                Self.isbnBook("h", "Uchinchi kitob", isbn: "9789943000035", library: "UZ-C"),   // its own batch
            ])
            let report = try await importer.importFile(run, library: "UZ-B")
            #expect(report.imported == 5)
            #expect(report.merged == 3)
            let all = try await f.catalogue.search(.all)
            #expect(all.count == 3)
            // A second run with the memory sees every record as already there.
            let again = try await importer.importFile(run, library: "UZ-B")
            #expect(again.unchanged == 5 && again.imported == 0)
        }
    }

    /// A memory read before another writer added a record knows nothing of it; the batch transaction
    /// sees the catalogue moved on, ignores the memory and the lookups made with it, and merges.
    @Test func aMemoryOvertakenByAnotherWriterIsNotTrusted() async throws {
        try await LibraryFixture.with { f in
            let memory = try #require(try await ImportMemory.load(from: f.database, expectedRecords: .max))
            #expect(!memory.mayHoldMatchKey("isbn:9789943000042"))
            var other = f.catalogue.importer
            other.remembersCatalogue = false
            _ = try await other.importFile(try f.file([Self.isbnBook("x", "Toʻrtinchi kitob", isbn: "9789943000042", library: "UZ-A")]),
                                           library: "UZ-A")
            let record = Self.isbnBook("y", "Тўртинчи китоб", isbn: "9789943000042", library: "UZ-B")
            let source = try PreparedSource(record: record, raw: try ISO2709Writer.encode(record), characterSet: .utf8, flavour: .marc21,
                                            library: "UZ-B")
            let outcome = try await CatalogueWriter(database: f.database, now: f.clock.now())
                .write([source], quarantined: [], library: "UZ-B", memory: memory, lookedUp: [:])
            #expect(outcome.merged == 1)
            #expect(outcome.memory == nil)
            #expect(try await f.catalogue.search(.all).count == 1)
        }
    }

    @Test func theLaterOfTwoCopiesInABatchWins() throws {
        let first = Self.isbnBook("d", "Eski nom", isbn: "9789943000059", library: "UZ-A")
        let second = Self.isbnBook("d", "Yangi nom", isbn: "9789943000059", library: "UZ-A")
        let other = Self.isbnBook("k", "Boshqa", isbn: "9789943000066", library: "UZ-A")
        let sources = try [first, other, second].map {
            try PreparedSource(record: $0, raw: try ISO2709Writer.encode($0), characterSet: .utf8, flavour: .marc21, library: "UZ-A")
        }
        let (batch, repeated) = CatalogueWriter.latestOfEach(sources)
        #expect(repeated == 1)
        #expect(batch.map(\.key) == ["UZ-A:k", "UZ-A:d"])
        #expect(batch.last === sources[2])
    }
}
