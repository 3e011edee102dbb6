import Foundation
import ManbaCore
import ManbaStore
import Testing
@testable import OpenData

@Suite("Catalogue: writing, validation, versions") struct CatalogueServiceTests {
    @Test func createShowUpdateAndHistory() async throws {
        try await CatalogueFixture.with { (f) async throws in
            var draft = f.draft("maktablar", title: LocalizedText([.uzLatn: "Maktablar roʻyxati", .ru: "Список школ"]))
            draft.tags = ["taʼlim", "maktab", "taʼlim"]
            draft.groups = ["talim"]
            let created = try await f.catalogue.create(draft, by: f.editor)
            #expect(created.tags == ["taʼlim", "maktab"])
            #expect(Identifier.isWellFormed(created.id))
            #expect(try await f.catalogue.dataset("maktablar", for: .anonymous).id == created.id)
            f.clock.advance(by: 60)
            draft.notes = LocalizedText(.uzLatn, "Toshkent shahridagi maktablar")
            _ = try await f.catalogue.update(created.id, with: draft, by: f.editor)
            let history = try await f.catalogue.history(of: "maktablar", for: .anonymous)
            #expect(history.map(\.version) == [2, 1])
            #expect(history[0].changedFields == ["notes"])
            #expect(history[0].actor == "editor")
            let old = try await f.catalogue.version(1, of: "maktablar", for: .anonymous)
            #expect(old.notes.isEmpty)
        }
    }

    @Test func validationReportsEveryFieldAndWritesNothing() async throws {
        try await CatalogueFixture.with { (f) async throws in
            var draft = DatasetDraft()
            draft.name = "Bad Name"
            draft.ownerOrg = "stat"
            draft.licenseID = "no-such-licence"
            draft.frequency = "sometimes"
            draft.temporalStart = "2024-13-45"
            draft.maintainerEmail = "not an email"
            draft.sociallySignificant = true
            do {
                _ = try await f.catalogue.create(draft, by: f.editor)
                Issue.record("expected a validation error")
            } catch ManbaError.validation(let fields) {
                #expect(Set(fields.keys) == ["name", "title", "license_id", "frequency", "temporal_start", "maintainer_email", "legal_reference"])
            }
            #expect(try await f.datasetCount() == 0)
        }
    }

    @Test func namesAreNeverReused() async throws {
        try await CatalogueFixture.with { (f) async throws in
            let first = try await f.catalogue.create(f.draft("byudjet", title: LocalizedText(.uzLatn, "Byudjet")), by: f.editor)
            try await f.catalogue.delete(first.id, by: f.editor)
            await #expect(throws: ManbaError.self) { _ = try await f.catalogue.dataset("byudjet", for: .anonymous) }
            await #expect(throws: ManbaError.validation(["name": ["That URL is already in use."]])) {
                _ = try await f.catalogue.create(f.draft("byudjet", title: LocalizedText(.uzLatn, "Byudjet 2")), by: f.editor)
            }
        }
    }

    @Test func onlyEditorsOfTheOwnerMayWrite() async throws {
        try await CatalogueFixture.with { (f) async throws in
            await #expect(throws: ManbaError.self) { _ = try await f.catalogue.create(f.draft("a1", title: LocalizedText(.uzLatn, "A")), by: f.outsider) }
            await #expect(throws: ManbaError.self) { _ = try await f.catalogue.create(f.draft("a2", title: LocalizedText(.uzLatn, "A"), org: "moliya"), by: f.editor) }
            await #expect(throws: ManbaError.self) { _ = try await f.catalogue.create(f.draft("a3", title: LocalizedText(.uzLatn, "A")), by: .anonymous) }
            let d = try await f.catalogue.create(f.draft("a4", title: LocalizedText(.uzLatn, "A")), by: f.editor)
            await #expect(throws: ManbaError.self) { try await f.catalogue.delete(d.id, by: f.outsider) }
            #expect(try await f.datasetCount() == 1)
        }
    }

    @Test func uploadsAreStoredReplacedAndKeptInHistory() async throws {
        try await CatalogueFixture.with { (f) async throws in
            var draft = f.draft("aholi", title: LocalizedText(.uzLatn, "Aholi soni"))
            var resource = ResourceDraft()
            resource.upload = UploadedFile(fileName: "aholi.csv", contentType: "text/csv", data: Data("viloyat,soni\nToshkent,3000000\n".utf8))
            draft.resources = [resource]
            let d = try await f.catalogue.create(draft, by: f.editor)
            let r = try #require(d.resources.first)
            #expect(r.format == "CSV" && r.size == 30 && r.hash?.hasPrefix("sha256:") == true)
            var replacement = try await f.catalogue.resourceDraft(r.id, for: f.editor)
            replacement.upload = UploadedFile(fileName: "aholi.csv", contentType: "text/csv", data: Data("viloyat,soni\nToshkent,3100000\n".utf8))
            _ = try await f.catalogue.updateResource(r.id, replacement, by: f.editor)
            let (_, now) = try await f.catalogue.download(resourceID: r.id, for: .anonymous)
            let (_, then) = try await f.catalogue.download(resourceID: r.id, version: 1, for: .anonymous)
            #expect(String(decoding: now, as: UTF8.self).contains("3100000"))
            #expect(String(decoding: then, as: UTF8.self).contains("3000000"))
        }
    }

    @Test func oversizeAndUnsupportedUploadsAreRefused() async throws {
        try await CatalogueFixture.with { (f) async throws in
            var draft = f.draft("katta", title: LocalizedText(.uzLatn, "Katta fayl"))
            var big = ResourceDraft()
            big.upload = UploadedFile(fileName: "big.csv", contentType: nil, data: Data(repeating: 65, count: 5000))
            draft.resources = [big]
            await #expect(throws: ManbaError.payloadTooLarge(limit: 1000)) { _ = try await f.catalogue.create(draft, by: f.editor) }
            var exe = ResourceDraft()
            exe.upload = UploadedFile(fileName: "virus.exe", contentType: nil, data: Data([0x4d, 0x5a]))
            draft.resources = [exe]
            await #expect(throws: ManbaError.self) { _ = try await f.catalogue.create(draft, by: f.editor) }
            #expect(try await f.datasetCount() == 0)
        }
    }
}
