import ManbaCore
import Foundation
@testable import Harvesting

/// A union catalogue of 300 items: every tenth (3, 13, 23, ...) deleted, items in library sets (with a hierarchy) and a
/// collection, one datestamp per hour from 2024-01-01T00:00:00Z.
enum OAITestData {
    static let baseURL = "https://manba.example.uz/oai"
    static let epoch = date("2024-01-01T00:00:00Z")
    /// The clock every provider test runs at.
    static let now = date("2024-06-01T12:00:00Z")

    static let identity = OAIIdentity(
        repositoryName: "Manba union catalogue <test> & co",
        adminEmails: ["oai@manba.example.uz", "admin@manba.example.uz"],
        earliestDatestamp: epoch,
        deletedRecord: .persistent,
        granularity: .seconds,
        descriptions: [OAIIdentity.oaiIdentifierDescription(repositoryIdentifier: "manba.example.uz",
                                                             sampleIdentifier: "oai:manba.example.uz:000001")])

    static let sets = [
        OAISet(spec: "library", name: "Member libraries"),
        OAISet(spec: "library:tashkent", name: "Alisher Navoiy National Library"),
        OAISet(spec: "library:samarkand", name: "Samarqand viloyat kutubxonasi"),
        OAISet(spec: "collection:rare", name: "Rare books",
               descriptions: [dcXML(title: "Nodir kitoblar", creator: nil)]),
    ]

    static func identifier(_ number: Int) -> String {
        "oai:manba.example.uz:" + String(repeating: "0", count: 6 - String(number).count) + String(number)
    }

    static func datestamp(_ number: Int) -> Date {
        epoch.addingTimeInterval(TimeInterval(number * 3600))
    }

    static func items(count: Int = 300) -> [InMemoryOAIRepository.Item] {
        (1...count).map { number in
            var sets = [number % 2 == 0 ? "library:tashkent" : "library:samarkand"]
            if number % 7 == 0 { sets.append("collection:rare") }
            let title = number % 3 == 0 ? "Oʻtgan kunlar № \(number) & <boshqalar>" : "Ўтган кунлар \(number)"
            return InMemoryOAIRepository.Item(
                identifier: identifier(number), datestamp: datestamp(number), setSpecs: sets,
                isDeleted: number % 10 == 3,
                metadata: number % 5 == 0
                    ? ["oai_dc": dcXML(title: title, creator: "Abdulla Qodiriy")]
                    : ["oai_dc": dcXML(title: title, creator: "Abdulla Qodiriy"), "marc21": marcXML(title: title)])
        }
    }

    static func repository(count: Int = 300) -> InMemoryOAIRepository {
        InMemoryOAIRepository(items: items(count: count))
    }

    static func dcXML(title: String, creator: String?) -> String {
        var xml = #"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">"#
        xml += "<dc:title>" + XMLText.escapedText(title) + "</dc:title>"
        if let creator { xml += "<dc:creator>" + XMLText.escapedText(creator) + "</dc:creator>" }
        return xml + "</oai_dc:dc>"
    }

    static func marcXML(title: String) -> String {
        #"<record xmlns="http://www.loc.gov/MARC21/slim"><leader>00000nam a2200000 i 4500</leader>"#
            + #"<datafield tag="245" ind1="1" ind2="0"><subfield code="a">"# + XMLText.escapedText(title)
            + "</subfield></datafield></record>"
    }

    static func date(_ text: String) -> Date {
        guard let value = OAIDateFormat.parse(text) else { fatalError("bad test date \(text)") }
        return value.date
    }

    /// Turns a request URL back into parameters, as the HTTP layer would.
    static func parameters(of url: URL) -> [(String, String)] {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        return items.map { ($0.name, $0.value ?? "") }
    }

    /// A fetch that answers from a provider in memory, keeping the URLs it was asked for.
    static func fetch(from provider: OAIProvider, now: Date = OAITestData.now, log: RequestLog? = nil)
        -> @Sendable (URL) async throws -> Data {
        { url in
            await log?.append(url)
            return Data(try await provider.respond(to: parameters(of: url), now: now).utf8)
        }
    }
}

actor RequestLog {
    private(set) var urls: [URL] = []
    func append(_ url: URL) { urls.append(url) }
}

extension OAIProvider {
    /// `respond` with `name=value` strings, at the test clock.
    func respond(_ parameters: [String], now: Date = OAITestData.now) async throws -> String {
        let pairs = parameters.map { parameter -> (String, String) in
            guard let equals = parameter.firstIndex(of: "=") else { return (parameter, "") }
            return (String(parameter[..<equals]), String(parameter[parameter.index(after: equals)...]))
        }
        return try await respond(to: pairs, now: now)
    }
}
