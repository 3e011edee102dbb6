import Foundation
import Testing
@testable import Harvesting

struct OAIRequestParsingTests {
    static func parse(_ parameters: [String], granularity: OAIGranularity = .seconds) -> Result<OAIRequest, OAIRequestRejection> {
        let pairs = parameters.map { parameter -> (String, String) in
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        return OAIRequest.parse(pairs, granularity: granularity)
    }

    static func errors(_ parameters: [String], granularity: OAIGranularity = .seconds) -> [OAIError] {
        if case .failure(let rejection) = parse(parameters, granularity: granularity) { return rejection.errors }
        return []
    }

    @Test func acceptsEachVerbWithItsArguments() throws {
        #expect(try Self.parse(["verb=Identify"]).get() == OAIRequest(verb: .identify))
        #expect(try Self.parse(["verb=ListMetadataFormats"]).get().identifier == nil)
        #expect(try Self.parse(["verb=ListMetadataFormats", "identifier=oai:x:1"]).get().identifier == "oai:x:1")
        #expect(try Self.parse(["verb=ListSets"]).get() == OAIRequest(verb: .listSets))
        #expect(try Self.parse(["verb=ListSets", "resumptionToken=abc"]).get().resumptionToken == "abc")
        #expect(try Self.parse(["verb=GetRecord", "identifier=oai:x:1", "metadataPrefix=oai_dc"]).get()
            == OAIRequest(verb: .getRecord, identifier: "oai:x:1", metadataPrefix: "oai_dc"))
        let list = try Self.parse(["verb=ListRecords", "metadataPrefix=marc21", "set=library:tashkent",
                                   "from=2024-01-01T00:00:00Z", "until=2024-02-01T12:00:00Z"]).get()
        #expect(list.set == "library:tashkent")
        #expect(list.from == OAIDateFormat.parse("2024-01-01T00:00:00Z"))
        #expect(list.until?.granularity == .seconds)
        #expect(try Self.parse(["verb=ListIdentifiers", "resumptionToken=t"]).get().resumptionToken == "t")
    }

    @Test func verbMissingRepeatedOrUnknownIsBadVerb() {
        #expect(Self.errors([]).map(\.code) == [.badVerb])
        #expect(Self.errors(["metadataPrefix=oai_dc"]).map(\.code) == [.badVerb])
        #expect(Self.errors(["verb=Identify", "verb=Identify"]).map(\.code) == [.badVerb])
        #expect(Self.errors(["verb=ListRecords", "verb=Identify"]).map(\.code) == [.badVerb])
        #expect(Self.errors(["verb=identify"]).map(\.code) == [.badVerb])
        #expect(Self.errors(["verb=GetStuff"]).map(\.code) == [.badVerb])
        #expect(Self.errors(["verb="]).map(\.code) == [.badVerb])
    }

    @Test func illegalArgumentsAreBadArgument() {
        #expect(Self.errors(["verb=Identify", "metadataPrefix=oai_dc"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListSets", "set=library"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=GetRecord", "identifier=a", "metadataPrefix=oai_dc", "from=2024-01-01"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "Set=library"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListMetadataFormats", "resumptionToken=x"]).map(\.code) == [.badArgument])
    }

    @Test func repeatedArgumentsAreBadArgumentEvenWithTheSameValue() {
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "metadataPrefix=oai_dc"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=GetRecord", "identifier=a", "identifier=b", "metadataPrefix=oai_dc"]).map(\.code) == [.badArgument])
    }

    @Test func missingRequiredArgumentsAreBadArgument() {
        #expect(Self.errors(["verb=ListRecords"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListIdentifiers", "set=library"]).map(\.code) == [.badArgument])
        // Both missing: both reported.
        #expect(Self.errors(["verb=GetRecord"]).map(\.code) == [.badArgument, .badArgument])
    }

    @Test func resumptionTokenIsExclusive() {
        let errors = Self.errors(["verb=ListRecords", "resumptionToken=abc", "metadataPrefix=oai_dc"])
        #expect(errors.map(\.code) == [.badArgument])
        #expect(errors.first?.message.contains("exclusive") == true)
    }

    @Test func datesMustBeValidUTCdatetimes() {
        for bad in ["2024-02-30", "2024-01-01T10:00:00", "2024-01-01T10:00:00+05:00", "20240101", ""] {
            #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "from=\(bad)"]).map(\.code) == [.badArgument], "\(bad)")
            #expect(Self.errors(["verb=ListIdentifiers", "metadataPrefix=oai_dc", "until=\(bad)"]).map(\.code) == [.badArgument], "\(bad)")
        }
    }

    @Test func fromAndUntilMustShareTheirGranularity() {
        let errors = Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-01-01", "until=2024-02-01T00:00:00Z"])
        #expect(errors.map(\.code) == [.badArgument])
        #expect(errors.first?.message.contains("same granularity") == true)
    }

    @Test func secondsAreRefusedByADayGranularityRepository() {
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-01-01T00:00:00Z"], granularity: .day)
            .map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-01-01"], granularity: .day).isEmpty)
    }

    @Test func fromLaterThanUntilIsBadArgument() {
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-02-01", "until=2024-01-01"]).map(\.code) == [.badArgument])
        // The same day on both sides is a one-day range, not an error.
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "from=2024-02-01", "until=2024-02-01"]).isEmpty)
    }

    @Test func valuesWithIllegalSyntaxAreBadArgument() {
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai dc"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix="]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "set=library:"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "set=a b"]).map(\.code) == [.badArgument])
        #expect(Self.errors(["verb=GetRecord", "identifier=", "metadataPrefix=oai_dc"]).map(\.code) == [.badArgument])
    }

    @Test func everyProblemIsReported() {
        let errors = Self.errors(["verb=ListRecords", "metadataPrefix=oai_dc", "metadataPrefix=marc21", "colour=red",
                                  "from=yesterday", "set=a::b"])
        #expect(errors.count == 4)
        #expect(errors.allSatisfy { $0.code == .badArgument })
    }

    @Test func setSpecAndPrefixSyntax() {
        #expect(OAIRequest.isSetSpec("library:tashkent"))
        #expect(OAIRequest.isSetSpec("a-b_c.d!e~f*g'h(i)j"))
        #expect(!OAIRequest.isSetSpec(":library"))
        #expect(!OAIRequest.isSetSpec("kutubxona:Тошкент"))
        #expect(OAIRequest.isMetadataPrefix("oai_dc"))
        #expect(!OAIRequest.isMetadataPrefix("oai:dc"))
    }
}
