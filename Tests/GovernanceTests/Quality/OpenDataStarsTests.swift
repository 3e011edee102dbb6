import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

@Suite("5-star open data") struct OpenDataStarsTests {
    static func dataset(licence: String? = "cc-by-4.0", formats: [String], extras: [Dataset.Extra] = []) -> Dataset {
        var d = Dataset(id: "d", name: "d", title: LocalizedText(.en, "D"), ownerOrg: "org", created: "2025-01-01T00:00:00.000000")
        d.licenseID = licence
        d.resources = formats.enumerated().map { n, format in
            var r = Resource(id: "r\(n)", url: "https://example.org/\(n)", created: d.created)
            r.format = format
            return r
        }
        d.extras = extras
        return d
    }

    @Test func eachLevelNeedsTheOnesBefore() {
        #expect(OpenDataStars.level(of: Self.dataset(licence: nil, formats: ["CSV", "TTL"])) == 0, "no open licence, no star")
        #expect(OpenDataStars.level(of: Self.dataset(licence: "other-closed", formats: ["CSV"])) == 0)
        #expect(OpenDataStars.level(of: Self.dataset(formats: [])) == 0, "nothing on the web")
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["PDF", "DOCX"])) == 1)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["PDF", "XLSX"])) == 2)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["XLS", "csv"])) == 3)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["GeoJSON"])) == 3)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["CSV", "JSON-LD"])) == 4)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["Turtle"])) == 4)
    }

    @Test func fiveStarsNeedLinksToOtherData() {
        let schema = Dataset.Extra(key: "conforms_to", value: "https://schema.org/School")
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["TTL"], extras: [schema])) == 5)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["RDF"], extras: [.init(key: "same_as", value: "http://www.wikidata.org/entity/Q265")])) == 5)
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["CSV"], extras: [schema])) == 3, "links without RDF are not linked data")
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["TTL"], extras: [.init(key: "conforms_to", value: "School schema v2")])) == 4,
                "a link must be a URI")
        #expect(OpenDataStars.level(of: Self.dataset(formats: ["TTL"], extras: [.init(key: "note", value: "https://schema.org/School")])) == 4)
    }

    @Test func formatsAreReadFromFormatOrMediaType() {
        #expect(DataFormat.of(format: ".csv", mimetype: nil) == .open)
        #expect(DataFormat.of(format: "text/csv", mimetype: nil) == .open)
        #expect(DataFormat.of(format: "RDF/XML", mimetype: nil) == .linkedData)
        #expect(DataFormat.of(format: "", mimetype: "application/ld+json; charset=utf-8") == .linkedData)
        #expect(DataFormat.of(format: "", mimetype: "application/vnd.ms-excel") == .proprietary)
        #expect(DataFormat.of(format: "ZIP", mimetype: nil) == .notMachineReadable)
        #expect(DataFormat.of(format: "PDF", mimetype: "application/pdf") == .notMachineReadable)
        #expect(DataFormat.of(format: "", mimetype: nil) == .notMachineReadable)
    }
}
