import Foundation
@testable import Harvesting

/// A repository held in an array, paged by identifier as a database would page by key.
struct InMemoryOAIRepository: OAIRepository {
    struct Item: Sendable {
        var identifier: String
        var datestamp: Date
        var setSpecs: [String]
        var isDeleted: Bool
        /// Metadata by prefix; the item can be disseminated in exactly these formats.
        var metadata: [String: String]
    }

    var identity: OAIIdentity
    var metadataFormats: [OAIMetadataFormat]
    var items: [Item]
    var setList: [OAISet]
    /// Counts the pages served, to check that a harvest is pulled rather than pushed.
    let pageCounter = PageCounter()

    init(identity: OAIIdentity = OAITestData.identity, metadataFormats: [OAIMetadataFormat] = [.oaiDC, .marc21],
         items: [Item], sets: [OAISet] = OAITestData.sets) {
        self.identity = identity
        self.metadataFormats = metadataFormats
        self.items = items.sorted { $0.identifier < $1.identifier }
        self.setList = sets
    }

    func metadataFormats(for identifier: String) async throws -> [OAIMetadataFormat]? {
        guard let item = items.first(where: { $0.identifier == identifier }) else { return nil }
        return metadataFormats.filter { item.metadata[$0.prefix] != nil }
    }

    func sets() async throws -> [OAISet] { setList }

    func record(identifier: String, metadataPrefix: String) async throws -> OAIRecord? {
        guard let item = items.first(where: { $0.identifier == identifier }), item.metadata[metadataPrefix] != nil else {
            return nil
        }
        return Self.record(item, prefix: metadataPrefix, withMetadata: true)
    }

    func page(_ selection: OAISelection, after cursor: String?, limit: Int, withMetadata: Bool) async throws -> OAIPage {
        await pageCounter.increment()
        let matching = items.filter { item in
            item.metadata[selection.metadataPrefix] != nil
                && selection.includes(datestamp: item.datestamp)
                && selection.includes(setSpecs: item.setSpecs)
        }
        let remaining = matching.drop { item in cursor.map { item.identifier <= $0 } ?? false }
        // One item of look-ahead tells whether this is the last page.
        let taken = Array(remaining.prefix(limit))
        let hasMore = remaining.count > limit
        return OAIPage(records: taken.map { Self.record($0, prefix: selection.metadataPrefix, withMetadata: withMetadata) },
                       nextCursor: hasMore ? taken.last?.identifier : nil,
                       completeListSize: cursor == nil ? matching.count : nil)
    }

    private static func record(_ item: Item, prefix: String, withMetadata: Bool) -> OAIRecord {
        let header = OAIRecordHeader(identifier: item.identifier, datestamp: item.datestamp, setSpecs: item.setSpecs,
                                     isDeleted: item.isDeleted)
        return OAIRecord(header: header, metadataXML: item.isDeleted || !withMetadata ? nil : item.metadata[prefix])
    }
}

actor PageCounter {
    private(set) var count = 0
    func increment() { count += 1 }
}

/// A repository whose store is down.
struct FailingOAIRepository: OAIRepository {
    struct StoreUnavailable: Error {}
    var identity = OAITestData.identity
    var metadataFormats: [OAIMetadataFormat] = [.oaiDC]
    func metadataFormats(for identifier: String) async throws -> [OAIMetadataFormat]? { throw StoreUnavailable() }
    func sets() async throws -> [OAISet] { throw StoreUnavailable() }
    func record(identifier: String, metadataPrefix: String) async throws -> OAIRecord? { throw StoreUnavailable() }
    func page(_ selection: OAISelection, after cursor: String?, limit: Int, withMetadata: Bool) async throws -> OAIPage {
        throw StoreUnavailable()
    }
}
