import Testing
@testable import Library

struct CQLSupportTests {
    static let indexes = [
        SRUIndexDescription(set: "dc", name: "title", title: "Title", sortable: true),
        SRUIndexDescription(set: "dc", name: "creator", title: "Author", sortable: true),
        SRUIndexDescription(set: "dc", name: "subject", title: "Subject"),
        SRUIndexDescription(set: "bath", name: "isbn", title: "ISBN"),
        SRUIndexDescription(set: "manba", name: "holdingLibrary", title: "Library holding a copy"),
    ]
    static let support = CQLSupport(indexes: indexes)

    static let supported = [
        "fish",
        "cql.serverChoice = fish",
        "dc.title any fish",
        "DC.TITLE any fish",
        "title any fish",
        "dc.creator = Навоий and bath.isbn = 9789943",
        "manba.holdingLibrary = UZ-TAS-NL",
        "dc.title any/cql.unmasked \"a*b\"",
        "dc.title any/unmasked ^x",
        "dc.title = fish* or dc.title = fi?h",
        "dc.title == \"O'tgan kunlar\" not dc.subject = poetry",
        "dc.title exact x",
        "fish sortBy dc.title/sort.descending dc.creator",
        #"> x = "info:srw/cql-context-set/1/dc-v1.1" x.title = fish sortBy x.creator"#,
    ]

    @Test(arguments: supported)
    func acceptsWhatManbaRuns(query: String) throws {
        let parsed = try CQLParser.parse(query).get()
        #expect(Self.support.check(parsed) == nil)
    }

    static let unsupported: [(query: String, diagnostic: SRUDiagnostic)] = [
        ("dc.nosuch = x", .unsupportedIndex("dc.nosuch")),
        ("nosuch = x", .unsupportedIndex("nosuch")),
        ("foo.title = x", .unsupportedContextSet("foo")),
        (#"> x = "urn:unknown" x.title = fish"#, .unsupportedContextSet("urn:unknown")),
        ("dc.title within \"1 2\"", .unsupportedRelation("within")),
        ("dc.title dc.foo x", .unsupportedRelation("dc.foo")),
        ("dc.title any/relevant fish", .unsupportedRelationModifier("relevant")),
        ("dc.title = \"\"", .emptyTermUnsupported()),
        ("dc.title = ^fish", .anchoringCharacterNotSupported("^fish")),
        ("cat prox dog", .unsupportedBooleanOperator("prox")),
        ("cat and/rel.combine=sum dog", .unsupportedBooleanModifier("rel.combine")),
        ("fish sortBy dc.subject", .unsupportedPathForSort("dc.subject")),
        ("fish sortBy foo.bar", .unsupportedContextSet("foo")),
        // The first problem from the left wins.
        ("dc.nosuch = x and cat prox dog", .unsupportedIndex("dc.nosuch")),
        ("a and dc.title within x or b prox c", .unsupportedRelation("within")),
    ]

    @Test(arguments: unsupported)
    func refusesWithDiagnostic(query: String, diagnostic: SRUDiagnostic) throws {
        let parsed = try CQLParser.parse(query).get()
        #expect(Self.support.check(parsed) == diagnostic)
    }

    @Test func maskingCanBeRefused() throws {
        var support = Self.support
        support.supportsMasking = false
        #expect(support.check(try CQLParser.parse("dc.title = fish*").get()) == .maskingCharacterNotSupported("fish*"))
        #expect(support.check(try CQLParser.parse(#"dc.title = "fish\*""#).get()) == nil)
        #expect(support.check(try CQLParser.parse("dc.title =/cql.unmasked fish*").get()) == nil)
    }

    @Test func sortCanBeRefused() throws {
        var support = Self.support
        support.supportsSort = false
        #expect(support.check(try CQLParser.parse("fish sortBy dc.title").get()) == .sortNotSupported())
    }

    @Test func unprefixedIndexesNeedADefaultSet() throws {
        let support = CQLSupport(defaultContextSet: nil, indexes: Self.indexes)
        #expect(support.check(try CQLParser.parse("title = fish").get()) == .unsupportedIndex("title"))
        #expect(support.check(try CQLParser.parse("fish").get()) == nil)
    }

    @Test func proximityAndEmptyTermsCanBeAllowed() throws {
        let support = CQLSupport(indexes: Self.indexes, booleanOperators: [.and, .or, .not, .prox],
                                 booleanModifiers: ["prox.unit", "prox.distance"], supportsEmptyTerm: true)
        #expect(support.check(try CQLParser.parse("cat prox/unit=word/distance<3 dog").get()) == nil)
        #expect(support.check(try CQLParser.parse(#"dc.title = """#).get()) == nil)
    }

    @Test func resolvesIndexesToTheirSet() {
        #expect(Self.support.resolve(index: "Title") == .success("dc.title"))
        #expect(Self.support.resolve(index: "bath.ISBN") == .success("bath.isbn"))
        #expect(Self.support.resolve(index: "x.title", contextSetIdentifier: SRUContextSet.dublinCore.identifier)
            == .success("dc.title"))
    }
}
