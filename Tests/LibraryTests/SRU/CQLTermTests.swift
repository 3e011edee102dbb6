import Testing
@testable import Library

struct CQLTermTests {
    @Test func splitsIntoLiteralsAndMasks() {
        let term = CQLTerm(#"ab*c\?"#)
        #expect(term.parts == [.literal("ab"), .anyCharacters, .literal("c?")])
        #expect(term.hasMasking)
        #expect(!term.hasAnchoring)
        #expect(term.unmaskedText == "ab*c?")
    }

    @Test func questionMarkAndAnchors() {
        let term = CQLTerm("^fi?h*^")
        #expect(term.parts == [.anchor, .literal("fi"), .oneCharacter, .literal("h"), .anyCharacters, .anchor])
        #expect(term.hasMasking)
        #expect(term.hasAnchoring)
    }

    @Test func escapedSpecialsAreLiteral() {
        let term = CQLTerm(#"\*\?\^\\\"x"#)
        #expect(term.parts == [.literal(#"*?^\"x"#)])
        #expect(!term.hasMasking)
        #expect(!term.hasAnchoring)
    }

    @Test func trailingBackslashStandsForItself() {
        #expect(CQLTerm(#"fish\"#).parts == [.literal(#"fish\"#)])
        #expect(CQLTerm(#"fish\"#).unmaskedText == #"fish\"#)
    }

    @Test func literalInitialiserEscapesEverything() throws {
        let term = CQLTerm(literal: #"a*b"c\d?^"#)
        #expect(term.text == #"a\*b\"c\\d\?\^"#)
        #expect(term.unmaskedText == #"a*b"c\d?^"#)
        #expect(!term.hasMasking)
        // And it survives printing and parsing.
        let clause = CQLNode.search(CQLSearchClause(index: "dc.title", relation: CQLRelation(.equals), term: term))
        let reparsed = try CQLParser.parse(clause.description).get()
        #expect(reparsed.root == clause)
    }

    @Test func termsFromQueriesKeepMaskingMarked() throws {
        let masked = try CQLParser.parse("dc.title = fish*").get().root.searchClauses[0].term
        #expect(masked.hasMasking)
        let escaped = try CQLParser.parse(#"dc.title = "fish\*""#).get().root.searchClauses[0].term
        #expect(!escaped.hasMasking)
        #expect(escaped.unmaskedText == "fish*")
        let quoteInside = try CQLParser.parse(#"dc.title = "say \"hi\"""#).get().root.searchClauses[0].term
        #expect(quoteInside.unmaskedText == #"say "hi""#)
    }

    @Test func emptyTerm() throws {
        let term = try CQLParser.parse(#"dc.title = """#).get().root.searchClauses[0].term
        #expect(term.isEmpty)
        #expect(term.parts.isEmpty)
    }

    @Test func unescapedQuoteInProgrammaticTermIsEscapedWhenPrinted() throws {
        let clause = CQLNode.search(CQLSearchClause(index: "dc.title", term: CQLTerm(#"a "b" c"#)))
        #expect(clause.description == #"dc.title = "a \"b\" c""#)
        #expect(try CQLParser.parse(clause.description).get().root.searchClauses[0].term.unmaskedText == #"a "b" c"#)
    }
}
