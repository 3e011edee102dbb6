import Foundation
import ManbaCore
import ManbaStore
import SQLKit
import Testing
@testable import OpenData

/// The rows of a new dataset, written as four statements on SQLite and as one on PostgreSQL: the same
/// rows either way, and nothing at all when the dataset is refused.
@Suite("Catalogue: the rows a new dataset writes") struct DatasetRowsTests {
    @Test func aNewDatasetWritesItsRowResourcesFirstVersionAndDataUpdates() async throws {
        try await CatalogueFixture.with { (f) async throws in
            let dataset = try await f.storedDataset(named: "aholi", resourceIDs: [Identifier.make(), Identifier.make()])
            #expect(try await f.count("SELECT COUNT(*) AS n FROM datasets WHERE id = \(bind: dataset.id)") == 1)
            #expect(try await f.count("SELECT COUNT(*) AS n FROM resources WHERE dataset_id = \(bind: dataset.id)") == 2)
            #expect(try await f.count("SELECT COUNT(*) AS n FROM data_updates WHERE dataset_id = \(bind: dataset.id)") == 2)
            let history = try await f.catalogue.history(of: "aholi", for: .anonymous)
            #expect(history.map(\.version) == [1] && history[0].changedFields == ["created"] && history[0].actor == "loader")
            #expect(try await f.catalogue.dataset("aholi", for: .anonymous).resources.map(\.id) == dataset.resources.map(\.id))
        }
    }

    @Test func aRefusedDatasetLeavesNothingBehind() async throws {
        try await CatalogueFixture.with { (f) async throws in
            let first = try await f.storedDataset(named: "birinchi", resourceIDs: [Identifier.make()])
            let counts = try await f.rowCounts()

            // A resource id another dataset has: refused by the insert itself (a create checks it
            // earlier, so only two creates racing get here).
            let borrowing = try await f.newDataset(named: "ikkinchi", resourceIDs: [Identifier.make(), first.resources[0].id])
            await #expect(throws: ManbaError.validation(["resources": ["Resource id \(first.resources[0].id) is already used by another dataset"]])) {
                try await f.insert(borrowing)
            }
            // The id of a dataset that exists (ids are never reused), and the name of one.
            let fresh = try await f.newDataset(named: "uchinchi", resourceIDs: [])
            let sameID = Dataset(id: first.id, name: "uchinchi", title: fresh.title, ownerOrg: fresh.ownerOrg, created: fresh.created)
            await #expect(throws: ManbaError.validation(["id": ["Dataset id already exists"]])) { try await f.insert(sameID) }
            let sameName = try await f.newDataset(named: "birinchi", resourceIDs: [Identifier.make()])
            await #expect(throws: ManbaError.validation(["name": ["That URL is already in use."]])) { try await f.insert(sameName) }

            #expect(try await f.rowCounts() == counts)
            #expect(try await f.catalogue.history(of: "birinchi", for: .anonymous).map(\.version) == [1])
        }
    }
}

private extension CatalogueFixture {
    /// A dataset of the "stat" organisation with link resources, each with its first data update.
    func newDataset(named name: String, resourceIDs: [String]) async throws -> Dataset {
        let now = Timestamp.string(clock.now())
        let owner = try await organisations.find("stat")!.id
        var dataset = Dataset(id: Identifier.make(), name: name, title: LocalizedText(.uzLatn, "Maʼlumotlar \(name)"), ownerOrg: owner, created: now)
        dataset.resources = resourceIDs.map { id in
            var resource = Resource(id: id, url: "https://data.example.uz/\(id).csv", created: now)
            resource.lastModified = now
            return resource
        }
        return dataset
    }

    func storedDataset(named name: String, resourceIDs: [String]) async throws -> Dataset {
        let dataset = try await newDataset(named: name, resourceIDs: resourceIDs)
        try await insert(dataset)
        return dataset
    }

    func insert(_ dataset: Dataset) async throws {
        let document = try CatalogueService.encode(dataset)
        try await database.write { db in try await DatasetRows.insertNew(dataset, document: document, actor: "loader", in: db) }
    }

    func count(_ query: SQLQueryString) async throws -> Int {
        try await database.read { try await $0.first(query)!.decode(column: "n", as: Int.self) }
    }

    func rowCounts() async throws -> [Int] {
        var counts: [Int] = []
        for table in ["datasets", "resources", "record_versions", "data_updates"] {
            counts.append(try await count("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)"))
        }
        return counts
    }
}
