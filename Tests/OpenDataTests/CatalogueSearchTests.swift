import Foundation
import ManbaCore
import ManbaStore
import ManbaTestSupport
import Testing
@testable import OpenData

@Suite("Catalogue: search, facets and visibility") struct CatalogueSearchTests {
    static func seed(_ f: CatalogueFixture) async throws {
        var a = f.draft("royxat-latin", title: LocalizedText(.uzLatn, "Toshkent shahridagi bogʻlar roʻyxati"))
        a.tags = ["bogʻ"]
        a.groups = ["talim"]
        _ = try await f.catalogue.create(a, by: f.editor)
        var b = f.draft("royxat-cyrillic", title: LocalizedText(.uzCyrl, "Самарқанд вилоятидаги мактаблар рўйхати"))
        b.tags = ["мактаб"]
        b.frequency = "annual"
        _ = try await f.catalogue.create(b, by: f.editor)
        var hidden = f.draft("yopiq", title: LocalizedText(.uzLatn, "Yopiq roʻyxat"))
        hidden.isPrivate = true
        _ = try await f.catalogue.create(hidden, by: f.editor)
        var secret = f.draft("maxfiy", title: LocalizedText(.uzLatn, "Maxfiy roʻyxat"))
        secret.classification = .secret
        _ = try await f.catalogue.create(secret, by: .system)
    }

    func search(_ f: CatalogueFixture, _ text: String, as principal: Principal = .anonymous, includePrivate: Bool = false,
                filters: [SearchQuery.Filter] = []) async throws -> SearchResult {
        var q = SearchQuery()
        q.text = text
        q.filters = filters
        q.includePrivate = includePrivate
        q.facetFields = [.organization, .tags, .frequency, .groups]
        return try await f.catalogue.search(q, for: principal)
    }

    @Test(arguments: ["ro'yxati", "roʻyxati", "ro‘yxati", "ro’yxati", "рўйхати", "РЎЙХАТИ", "royxat"])
    func everyApostropheAndScriptFindsBoth(query: String) async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            let result = try await search(f, query)
            #expect(Set(result.datasets.map(\.name)) == ["royxat-latin", "royxat-cyrillic"])
            #expect(result.count == 2)
        }
    }

    @Test func unorderedPagesReadEveryVisibleDatasetOnce() async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            let anonymous = try await Self.readAllUnordered(f.catalogue, as: .anonymous)
            #expect(anonymous.count == 2 && Set(anonymous) == ["royxat-latin", "royxat-cyrillic"])
            let editor = try await Self.readAllUnordered(f.catalogue, as: f.editor)
            #expect(editor.count == 3 && Set(editor) == ["royxat-latin", "royxat-cyrillic", "yopiq"])
        }
    }

    /// Pages one dataset at a time through the index's own order, as whole-catalogue reports do.
    static func readAllUnordered(_ catalogue: CatalogueService, as principal: Principal) async throws -> [String] {
        var query = SearchQuery()
        query.sort = .unordered
        query.rows = 1
        query.includePrivate = true
        var names: [String] = []
        while true {
            let page = try await catalogue.search(query, for: principal)
            names += page.datasets.map(\.name)
            if page.datasets.isEmpty || query.start + query.rows >= page.count { return names }
            query.start += query.rows
        }
    }

    @Test func cyrillicFindsLatinAndLatinFindsCyrillic() async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            #expect(try await search(f, "Тошкент шаҳридаги боғлар").datasets.map(\.name) == ["royxat-latin"])
            #expect(try await search(f, "Samarqand maktablar").datasets.map(\.name) == ["royxat-cyrillic"])
        }
    }

    @Test func privateAndClassifiedRecordsNeverReachCountsOrFacets() async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            let anonymous = try await search(f, "royxat", includePrivate: true)
            #expect(anonymous.count == 2)
            #expect(anonymous.facets[.organization]?.first?.count == 2)
            let member = try await search(f, "royxat", as: f.editor, includePrivate: true)
            #expect(member.count == 3)
            #expect(!member.datasets.map(\.name).contains("maxfiy"))
            let outsider = try await search(f, "royxat", as: f.outsider, includePrivate: true)
            #expect(outsider.count == 2)
            let cleared = Principal(userID: "x", userName: "officer", clearance: .secret)
            #expect(try await search(f, "maxfiy", as: cleared).count == 1)
            #expect(try await search(f, "maxfiy").count == 0)
            await #expect(throws: ManbaError.notFound("Dataset not found")) { _ = try await f.catalogue.dataset("maxfiy", for: .anonymous) }
            #expect(try await f.catalogue.datasetNames(for: .anonymous).sorted() == ["royxat-cyrillic", "royxat-latin"])
        }
    }

    @Test func facetsAreExactAndFiltersApply() async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            let all = try await search(f, "")
            #expect(all.count == 2)
            #expect(all.facets[.frequency]?.map(\.value).sorted() == ["annual", "monthly"])
            #expect(all.facets[.groups]?.first?.value == "talim")
            let annual = try await search(f, "", filters: [.init(field: .frequency, value: "annual")])
            #expect(annual.datasets.map(\.name) == ["royxat-cyrillic"])
            let notAnnual = try await search(f, "", filters: [.init(field: .frequency, value: "annual", negated: true)])
            #expect(notAnnual.datasets.map(\.name) == ["royxat-latin"])
        }
    }

    @Test func oddUnicodeIsStoredAndFound() async throws {
        try await CatalogueFixture.with { (f) async throws in
            let title = "Ma\u{0301}lumot\u{200B}lar  שלום ro\u{02BB}yxati"
            _ = try await f.catalogue.create(f.draft("odd", title: LocalizedText(.uzLatn, title)), by: f.editor)
            #expect(try await f.catalogue.dataset("odd", for: .anonymous).title[.uzLatn] == title)
            #expect(try await search(f, "malumotlar").count == 1)
            #expect(try await search(f, "שלום").count == 1)
            #expect(try await search(f, "'; DROP TABLE datasets; --").count == 0)
            #expect(try await f.datasetCount() == 1)
        }
    }

    @Test func indexFollowsWritesFromAnotherService() async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            _ = try await search(f, "")
            // A second service on the same database stands for another process (manba demo, a second server).
            let other = CatalogueService(database: f.database, files: FileStore(directory: NSTemporaryDirectory()), clock: f.clock)
            _ = try await other.create(f.draft("yangi", title: LocalizedText(.uzLatn, "Yangi roʻyxat")), by: f.editor)
            #expect(try await search(f, "yangi").datasets.map(\.name) == ["yangi"])
        }
    }

    /// A write by another process, with its own connections, reaches this process's index: on SQLite the
    /// index asks the database before every read; on PostgreSQL a NOTIFY arrives within milliseconds.
    @Test func indexFollowsWritesFromAnotherProcess() async throws {
        try await CatalogueFixture.with(seed: Self.seed) { (f) async throws in
            _ = try await search(f, "")
            let otherDatabase = try await DatabaseOpener.open(f.configuration, logger: TestStore.logger)
            let other = CatalogueService(database: otherDatabase, files: FileStore(directory: NSTemporaryDirectory()), clock: f.clock)
            if let changes = f.database.changes {
                // Wait for the listener, so the test covers notifications and not the fallback of asking.
                for _ in 0..<200 where changes.generation == nil { try await Task.sleep(for: .milliseconds(10)) }
                #expect(changes.generation != nil)
            }
            _ = try await search(f, "")
            _ = try await other.create(f.draft("yangi", title: LocalizedText(.uzLatn, "Yangi roʻyxat")), by: f.editor)
            var found: [String] = []
            for _ in 0..<100 {
                found = try await search(f, "yangi").datasets.map(\.name)
                if !found.isEmpty { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(found == ["yangi"])
            #expect(try await f.catalogue.dataset("yangi", for: .anonymous).name == "yangi")
            await otherDatabase.shutdown()
        }
    }
}
