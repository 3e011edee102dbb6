import Foundation
import ManbaCore
import ManbaStore
import ManbaTestSupport
@testable import Library

/// A fresh union catalogue on the backend under test, and helpers to write MARC files.
struct LibraryFixture {
    let database: any DatabaseBackend
    let configuration: StoreConfiguration
    let catalogue: UnionCatalogue
    let clock: FixedClock

    static func with(_ body: (LibraryFixture) async throws -> Void) async throws {
        let (database, configuration) = try await TestStore.open(CoreMigrations.all + LibraryMigrations.all)
        let clock = FixedClock(Date(timeIntervalSince1970: 1_760_000_000))
        let fixture = LibraryFixture(database: database, configuration: configuration, catalogue: UnionCatalogue(database: database, clock: clock), clock: clock)
        do { try await body(fixture) } catch { await TestStore.close(database, configuration); throw error }
        await TestStore.close(database, configuration)
    }

    /// Writes records to a temporary ISO 2709 file in `characterSet`.
    func file(_ records: [MARCRecord], characterSet: MARCCharacterSet = .utf8) throws -> String {
        var bytes: [UInt8] = []
        for record in records { bytes += try ISO2709Writer.encode(record, characterSet: characterSet) }
        let path = NSTemporaryDirectory() + "manba-marc-\(Identifier.make()).mrc"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func book(_ id: String, title: String, author: String, year: Int, publisher: String, isbn: String? = nil,
                     language: String = "uzb", subjects: [String] = [], holdings: [(String, String)] = []) -> MARCRecord {
        var fields = [MARCField(tag: "001", value: id),
                      MARCField(tag: "008", value: "250101s\(year)    uz            000 0 \(language) d")]
        if let isbn { fields.append(MARCField(tag: "020", subfields: [MARCSubfield(code: "a", value: isbn)])) }
        fields.append(MARCField(tag: "100", indicator1: "1", subfields: [MARCSubfield(code: "a", value: author)]))
        fields.append(MARCField(tag: "245", indicator1: "1", indicator2: "0", subfields: [MARCSubfield(code: "a", value: title)]))
        fields.append(MARCField(tag: "260", subfields: [MARCSubfield(code: "a", value: "Toshkent"), MARCSubfield(code: "b", value: publisher),
                                                       MARCSubfield(code: "c", value: String(year))]))
        for subject in subjects { fields.append(MARCField(tag: "650", indicator2: "4", subfields: [MARCSubfield(code: "a", value: subject)])) }
        for (library, callNumber) in holdings {
            fields.append(MARCField(tag: "852", subfields: [MARCSubfield(code: "a", value: library), MARCSubfield(code: "b", value: "Abonement"),
                                                           MARCSubfield(code: "h", value: callNumber)]))
        }
        return MARCRecord(leader: "00000nam a2200000 a 4500", fields: fields)
    }
}
