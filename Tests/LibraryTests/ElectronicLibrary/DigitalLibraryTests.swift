import Foundation
import ManbaCore
import ManbaStore
import Testing
@testable import Library

@Suite("Electronic library") struct DigitalLibraryTests {
    func fixtureWithRecord(_ f: LibraryFixture) async throws -> (DigitalLibrary, Int64) {
        let book = LibraryFixture.book("e1", title: "Ipak yoʻli tarixi", author: "Karimov", year: 2020, publisher: "Fan", holdings: [("UZ-NL", "63.3")])
        _ = try await f.catalogue.importer.importFile(try f.file([book]), library: "UZ-NL")
        let id = try #require(try await f.catalogue.search(.words(.title, ["ipak"], match: .all)).records.first?.id)
        return (DigitalLibrary(catalogue: f.catalogue, files: FileStore(directory: f.configuration.filesDirectory)), id)
    }

    @Test func pdfTextIsSearchableWithTheRecord() async throws {
        try await LibraryFixture.with { f in
            let (digital, id) = try await fixtureWithRecord(f)
            #expect(try await f.catalogue.search(.words(.any, ["karavonsaroylar"], match: .all)).count == 0)
            let item = try await digital.attach(workID: id, fileName: "../../ipak yo'li.pdf", data: TestPDF.make("Karavonsaroylar va savdo yollari Buxoro"),
                                                access: .open, by: .system)
            #expect(item.format == .pdf && item.wordCount >= 4)
            #expect(item.fileName == "ipak yoli.pdf")
            let found = try await f.catalogue.search(.words(.any, ["karavonsaroylar"], match: .all))
            #expect(found.records.map(\.id) == [id])
            // The text is folded like everything else: a Cyrillic query finds the Latin text.
            #expect(try await f.catalogue.search(.words(.any, ["караvonsaroylar", "бухоро"], match: .all)).count == 1)
        }
    }

    @Test func registeredOnlyCopiesNeedASignedInReaderAndReadsAreCounted() async throws {
        try await LibraryFixture.with { f in
            let (digital, id) = try await fixtureWithRecord(f)
            let item = try await digital.attach(workID: id, fileName: "book.pdf", data: TestPDF.make("Restricted text"), access: .registered, by: .system)
            await #expect(throws: ManbaError.self) { _ = try await digital.open(item.id, as: .read, for: .anonymous) }
            let reader = Principal(userID: "reader-1", userName: "reader", isSysadmin: false, clearance: .unclassified)
            let (_, data) = try await digital.open(item.id, as: .read, for: reader)
            #expect(data.starts(with: Array("%PDF-".utf8)))
            _ = try await digital.open(item.id, as: .read, for: reader)
            _ = try await digital.open(item.id, as: .download, for: reader)
            let listed = try await digital.items(of: id)
            #expect(listed.map(\.reads) == [2] && listed.map(\.downloads) == [1])
        }
    }

    @Test func onlyPDFAndEPUBFromAdministratorsAreAccepted() async throws {
        try await LibraryFixture.with { f in
            let (digital, id) = try await fixtureWithRecord(f)
            let reader = Principal(userID: "reader-1", userName: "reader", isSysadmin: false, clearance: .unclassified)
            await #expect(throws: ManbaError.self) { _ = try await digital.attach(workID: id, fileName: "a.pdf", data: TestPDF.make("x"), access: .open, by: reader) }
            await #expect(throws: ManbaError.self) {
                _ = try await digital.attach(workID: id, fileName: "evil.pdf", data: Data("<html><script>alert(1)</script>".utf8), access: .open, by: .system)
            }
            await #expect(throws: ManbaError.self) { _ = try await digital.attach(workID: 999_999, fileName: "a.pdf", data: TestPDF.make("x"), access: .open, by: .system) }
            var epub = Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26))
            epub.append(Data("mimetypeapplication/epub+zip".utf8))
            epub.append(Data(repeating: 0, count: 64))
            let item = try await digital.attach(workID: id, fileName: "kitob", data: epub, access: .open, by: .system)
            #expect(item.format == .epub && item.fileName == "kitob.epub")
            #expect(try await digital.items(of: id).count == 1)
        }
    }
}
