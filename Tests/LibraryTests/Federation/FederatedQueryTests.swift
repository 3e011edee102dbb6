import Foundation
import Testing
import ManbaCore
@testable import Library

/// The CQL each target gets, and the searchRetrieve URL it travels in.
struct FederatedQueryTests {
    let zebra = FederationFixtures.target("zebra")

    @Test func oneWordInBothScripts() {
        #expect(FederatedQuery("rasadxonasi").cql(for: zebra)
            == "(cql.serverChoice = rasadxonasi or cql.serverChoice = расадхонаси)")
        #expect(FederatedQuery("расадхонаси").cql(for: zebra)
            == "(cql.serverChoice = расадхонаси or cql.serverChoice = rasadxonasi)")
    }

    @Test func wordsAreAndedAndApostrophesNormalised() {
        #expect(FederatedQuery(any: "Ulug'bek  rasadxonasi,").cql(for: zebra) == """
            (cql.serverChoice = Ulug'bek or cql.serverChoice = Ulugʻbek or cql.serverChoice = Улуғбек) \
            and (cql.serverChoice = rasadxonasi or cql.serverChoice = расадхонаси)
            """)
    }

    @Test func fieldsUseTheTargetsIndexes() {
        var target = zebra
        target.indexes = .init(title: "bath.title", author: "", any: "")
        target.searchBothScripts = false
        #expect(FederatedQuery(any: "Buxoro", title: "madrasalari", author: "Toʻraxonov").cql(for: target)
            == "Buxoro and bath.title = madrasalari and Toʻraxonov")
        // English gets a Cyrillic spelling too: useless, and harmless beside the word as typed.
        #expect(FederatedQuery(title: "Caravanserais").cql(for: zebra) == "(dc.title = Caravanserais or dc.title = Царавансераис)")
    }

    @Test func scriptVariants() {
        #expect(FederatedQuery.scriptVariants(of: "Zarafshon") == ["Zarafshon", "Зарафшон"])
        #expect(FederatedQuery.scriptVariants(of: "Зарафшон") == ["Зарафшон", "Zarafshon"])
        #expect(FederatedQuery.scriptVariants(of: "qoʻlyozmalari") == ["qoʻlyozmalari", "қўлёзмалари"])
        #expect(FederatedQuery.scriptVariants(of: "qo‘lyozma") == ["qo‘lyozma", "qoʻlyozma", "қўлёзма"])
        #expect(FederatedQuery.scriptVariants(of: "ma'no") == ["ma'no", "maʼno", "маъно"])
        #expect(FederatedQuery.scriptVariants(of: "1999") == ["1999"])
        #expect(FederatedQuery.scriptVariants(of: "PM2.5Ш") == ["PM2.5Ш"])
    }

    @Test func specialCharactersAreLiteralButTrailingStarTruncates() {
        var target = zebra
        target.searchBothScripts = false
        #expect(FederatedQuery("astro*").cql(for: target) == "cql.serverChoice = astro*")
        #expect(FederatedQuery("a?b x^y ^z").cql(for: target)
            == #"cql.serverChoice = a\?b and cql.serverChoice = x\^y and cql.serverChoice = z"#)
        #expect(FederatedQuery("and or not").cql(for: target)
            == #"cql.serverChoice = "and" and cql.serverChoice = "or" and cql.serverChoice = "not""#)
        #expect(FederatedQuery(#"dc.title=fish "sort""#).cql(for: target) == #"cql.serverChoice = "dc.title=fish" and cql.serverChoice = sort"#)
    }

    @Test func everyCQLParses() throws {
        for text in ["rasadxonasi", "Ulug'bek rasadxonasi", "a?b ^x \\ \"", "and or not prox", "(((", "x=y/z", "*", "astro**"] {
            guard let cql = FederatedQuery(text).cql(for: zebra) else { continue }
            #expect(throws: Never.self, "\(cql)") { try CQLParser.parse(cql).get() }
        }
    }

    @Test func emptyQueriesSendNothing() {
        for text in ["", "   ", "!!! ,,, --", "* ? ()"] {
            #expect(FederatedQuery(text).isEmpty, "\(text)")
            #expect(FederatedQuery(text).cql(for: zebra) == nil)
        }
    }

    @Test func atMostEightWords() {
        var target = zebra
        target.searchBothScripts = false
        let cql = FederatedQuery((1...20).map { "w\($0)" }.joined(separator: " ")).cql(for: target)!
        #expect(cql.components(separatedBy: " and ").count == FederatedQuery.maximumWords)
    }

    @Test func searchRetrieveURLs() {
        let url12 = SRUClient.searchRetrieveURL(target: zebra, query: "dc.title = Ulugʻbek and x=\"a&b+c\"")
        #expect(url12.absoluteString == "http://zebra.example/Default?version=1.2&operation=searchRetrieve"
            + "&query=dc.title%20%3D%20Ulug%CA%BBbek%20and%20x%3D%22a%26b%2Bc%22&startRecord=1&maximumRecords=10"
            + "&recordSchema=marcxml&recordPacking=xml")
        var target = FederatedTarget(id: "m", name: "Manba", baseURL: URL(string: "https://opac.example/sru?x-key=a%20b")!, version: .v2_0)
        target.recordPacking = .string
        target.recordSchema = "info:srw/schema/1/marcxml-v1.1"
        let url20 = SRUClient.searchRetrieveURL(target: target, query: "fish", startRecord: 11, maximumRecords: 5)
        #expect(url20.absoluteString == "https://opac.example/sru?x-key=a%20b&version=2.0&operation=searchRetrieve&query=fish"
            + "&startRecord=11&maximumRecords=5&recordSchema=info%3Asrw%2Fschema%2F1%2Fmarcxml-v1.1&recordXMLEscaping=string")
    }
}
