import Foundation
import ManbaCore
import Testing
@testable import Library

@Suite("MARC import") struct MARCImportTests {
    /// Every shared fixture either imports or is quarantined, with exact counts (checked by hand against
    /// yaz-marcdump; see ISO2709FixtureTests for the reasons).
    @Test func everyFixtureImportsOrIsQuarantined() async throws {
        let expected: [String: (read: Int, quarantined: Int)] = [
            "1251.dat": (6, 0), "alphatag.dat": (1, 0), "bad_eacc_encoding.dat": (1, 1), "bad_indicator.dat": (1, 1),
            "bad_marc8_escape.dat": (1, 1), "bad_records.mrc": (8, 6), "bad_subfield_code.dat": (1, 1), "bad_tag.xml": (1, 1),
            "batch.json": (2, 0), "batch.xml": (2, 0), "diacritic.dat": (1, 0), "marc.dat": (20, 0), "marc8.dat": (1, 0),
            "multi_isbn.dat": (1, 0), "one.dat": (1, 0), "one.json": (1, 0), "regression45.dat": (12, 0), "test.dat": (10, 0),
            "testunimarc.dat": (1, 0), "utf8.xml": (1, 0), "utf8_errors.dat": (1, 0), "utf8_invalid.mrc": (1, 1),
            "utf8_with_leader_flag.dat": (1, 0), "utf8_without_leader_flag.dat": (1, 0),
        ]
        try await LibraryFixture.with { f in
            let names = try FileManager.default.contentsOfDirectory(atPath: MARCFixtures.sharedDirectory.path).sorted()
            #expect(Set(names) == Set(expected.keys))
            for (n, name) in names.enumerated() {
                let report = try await f.catalogue.importer.importFile(MARCFixtures.shared(name).path, library: "FIX-\(n)")
                #expect(report.read == expected[name]?.read, "\(name)")
                #expect(report.quarantined == expected[name]?.quarantined, "\(name)")
                #expect(report.imported + report.unchanged + report.updated == report.read - report.quarantined, "\(name)")
                // A second run changes nothing and quarantines the same records again, not twice.
                let again = try await f.catalogue.importer.importFile(MARCFixtures.shared(name).path, library: "FIX-\(n)")
                #expect(again.imported == 0 && again.updated == 0, "\(name)")
                #expect(again.unchanged == report.read - report.quarantined, "\(name)")
            }
            let quarantine = try await f.catalogue.quarantine(limit: 1_000)
            #expect(quarantine.count == expected.values.reduce(0) { $0 + $1.quarantined })
            let badRecords = quarantine.filter { $0.record.fileName == "bad_records.mrc" }.map(\.record.offset).sorted()
            #expect(badRecords.count == 6 && badRecords.first! > 0)
            #expect(quarantine.allSatisfy { !$0.record.reason.isEmpty })
        }
    }

    @Test func cp1251RecordsAreStoredInUTF8AndFoundInEitherScript() async throws {
        try await LibraryFixture.with { f in
            _ = try await f.catalogue.importer.importFile(MARCFixtures.shared("1251.dat").path, library: "RU-RKP")
            let hits = try await f.catalogue.search(.words(.title, ["gidravlicheskogo"], match: .all))
            #expect(hits.count == 1)
            #expect(hits.records.first?.summary.title.hasPrefix("Основы гидравлического расчета") == true)
            let cyrillic = try await f.catalogue.search(.words(.title, ScriptFolding.tokens("основы гидравлического"), match: .all))
            #expect(cyrillic.records.map(\.id) == hits.records.map(\.id))
            #expect(hits.records.first?.primary.characterSet == .cp1251)
        }
    }

    /// Two libraries contribute the same edition, one in Latin with an ISBN, the other in Cyrillic
    /// without: the catalogue shows one record with both holdings, and the merge can be undone.
    @Test func sameEditionFromTwoLibrariesIsOneRecordWithBothHoldings() async throws {
        try await LibraryFixture.with { f in
            let latin = LibraryFixture.book("a1", title: "Oʻzbekiston tarixi", author: "Karimov, Anvar", year: 2019, publisher: "Sharq",
                                            isbn: "978-9943-00-123-4", subjects: ["Tarix"], holdings: [("UZ-TSH-0001", "63.3 K21")])
            let other = LibraryFixture.book("b7", title: "Ўзбекистон тарихи", author: "Каримов, Анвар", year: 2019, publisher: "Шарқ",
                                            holdings: [("UZ-SAM-0002", "63.3(5Ў) К21"), ("UZ-SAM-0003", "63.3")])
            let byISBN = LibraryFixture.book("c3", title: "Istoriya Uzbekistana", author: "Karimov", year: 2019, publisher: "Sharq",
                                             isbn: "9789943001234", language: "rus")
            var report = try await f.catalogue.importer.importFile(try f.file([latin]), library: "UZ-TSH-0001")
            #expect(report.imported == 1 && report.merged == 0)
            report = try await f.catalogue.importer.importFile(try f.file([other]), library: "UZ-SAM-0002")
            #expect(report.imported == 1 && report.merged == 1)
            report = try await f.catalogue.importer.importFile(try f.file([byISBN]), library: "UZ-NAM-0004")
            #expect(report.merged == 1)

            let found = try await f.catalogue.search(.words(.any, ScriptFolding.tokens("ўзбекистон тарихи"), match: .all), facets: [.library])
            #expect(found.count == 1)
            let record = try #require(found.records.first)
            #expect(record.sources.count == 3)
            #expect(Set(record.holdings.map(\.libraryCode)) == ["UZ-TSH-0001", "UZ-SAM-0002", "UZ-SAM-0003", "UZ-NAM-0004"])
            #expect(found.facets[.library]?.count == 4)
            #expect(record.record(withHoldings: true).fields("852").count == 4)
            #expect(record.record(withHoldings: false).fields("852").isEmpty)

            let split = try await f.catalogue.unmerge(sourceKey: "UZ-NAM-0004:c3")
            #expect(try await f.catalogue.work(split).sources.map(\.key) == ["UZ-NAM-0004:c3"])
            #expect(try await f.catalogue.work(record.id).sources.count == 2)
            // Importing it again does not join it back.
            let edited = LibraryFixture.book("c3", title: "Istoriya Uzbekistana", author: "Karimov", year: 2019, publisher: "Sharq (2)",
                                              isbn: "9789943001234", language: "rus")
            report = try await f.catalogue.importer.importFile(try f.file([edited]), library: "UZ-NAM-0004")
            #expect(report.updated == 1)
            #expect(try await f.catalogue.search(.isbn("9789943001234")).count == 2)
        }
    }

    @Test func searchCountsAndFacetsAreExact() async throws {
        try await LibraryFixture.with { f in
            var records: [MARCRecord] = []
            for i in 0..<30 {
                records.append(LibraryFixture.book("n\(i)", title: i % 2 == 0 ? "Kimyo darsligi \(i)" : "Кимё дарслиги \(i)", author: "Muallif \(i % 3)",
                                                   year: 2000 + i % 5, publisher: "Nashriyot \(i)", subjects: [i % 3 == 0 ? "Kimyo" : "Fizika"],
                                                   holdings: [("UZ-TSH-000\(i % 4)", "54")]))
            }
            _ = try await f.catalogue.importer.importFile(try f.file(records), library: "UZ-TSH-0000")
            let all = try await f.catalogue.search(.words(.title, ["kimyo"], match: .all), rows: 100, facets: [.year, .subject, .library])
            #expect(all.count == 30)
            #expect(all.facets[.year]?.map(\.count).reduce(0, +) == 30)
            #expect(all.facets[.subject]?.first { $0.value == "Kimyo" }?.count == 10)
            let narrowed = try await f.catalogue.search(.and(.words(.title, ["kimyo"], match: .all), .year(.greaterOrEqual, 2003)))
            #expect(narrowed.count == 12)
            let without = try await f.catalogue.search(.not(.words(.title, ["kimyo"], match: .all), .facet(.subject, "Kimyo")))
            #expect(without.count == 20)
            #expect(try await f.catalogue.search(.words(.title, ["дарсл*"], match: .all)).count == 30)
        }
    }
}

@Suite("Datestamps") struct DatestampTests {
    @Test func roundTripsAndRefusesNonsense() {
        for seconds in [0.0, 951_782_400, 1_700_000_000, 4_102_444_799] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Datestamp.parse(Datestamp.string(date)) == date)
        }
        #expect(Datestamp.string(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        for bad in ["", "2025-13-01T00:00:00Z", "2025-01-01", "2025-01-01T00:00:00", "yesterday-is-a-date!"] { #expect(Datestamp.parse(bad) == nil) }
    }
}
