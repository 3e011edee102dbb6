import Testing
@testable import Library

/// Valid CQL, most of it from the examples of the CQL 1.2 specification, with the canonical form the
/// parser prints back.
struct CQLParserTests {
    static let canonicalForms: [(query: String, printed: String)] = [
        // Query structure
        ("dc.title any fish", "dc.title any fish"),
        ("dc.title any fish or dc.creator any sanderson", "dc.title any fish or dc.creator any sanderson"),
        ("dc.title any fish sortBy dc.date/sort.ascending", "dc.title any fish sortBy dc.date/sort.ascending"),
        (#"> dc = "info:srw/context-sets/1/dc-v1.1" dc.title any fish"#,
         #"> dc = "info:srw/context-sets/1/dc-v1.1" dc.title any fish"#),
        // Search clauses and terms
        ("fish", "fish"),
        ("cql.serverChoice = fish", "cql.serverChoice = fish"),
        (#""fish""#, "fish"),
        (#""squirrels fish""#, #""squirrels fish""#),
        (#""""#, #""""#),
        ("title any fish", "title any fish"),
        (#"dc.title = "fish frog""#, #"dc.title = "fish frog""#),
        ("dc.title=fish", "dc.title = fish"),
        (#"dc.title = "a \"quoted\" word""#, #"dc.title = "a \"quoted\" word""#),
        (#""and""#, #""and""#),
        (#"dc.title = "sortBy""#, #"dc.title = "sortBy""#),
        // Relations
        ("dc.date > 2000", "dc.date > 2000"),
        ("dc.date >= 2000", "dc.date >= 2000"),
        ("dc.date < 2000", "dc.date < 2000"),
        ("dc.date <= 2000", "dc.date <= 2000"),
        ("dc.date <> 2000", "dc.date <> 2000"),
        (#"dc.title == "the complete dinosaur""#, #"dc.title == "the complete dinosaur""#),
        (#"dc.title adj "lord of the rings""#, #"dc.title adj "lord of the rings""#),
        (#"dc.title all "fish frog""#, #"dc.title all "fish frog""#),
        (#"dc.date within "2000 2005""#, #"dc.date within "2000 2005""#),
        ("dc.title encloses fish", "dc.title encloses fish"),
        (#"dc.title exact "the hobbit""#, #"dc.title exact "the hobbit""#),
        ("dc.title cql.adj fish", "dc.title cql.adj fish"),
        // Relation modifiers
        ("dc.title any/relevant fish", "dc.title any/relevant fish"),
        ("dc.title any / relevant / cql.string fish", "dc.title any/relevant/cql.string fish"),
        ("dc.title any/rel.algorithm=cori fish", "dc.title any/rel.algorithm=cori fish"),
        (#"dc.title any/cql.unmasked "a*b""#, "dc.title any/cql.unmasked a*b"),
        ("dc.title =/relevant fish", "dc.title =/relevant fish"),
        // Booleans: equal precedence, grouped from the left
        ("dc.title any fish and dc.creator any sanderson", "dc.title any fish and dc.creator any sanderson"),
        ("dc.title any fish not frog", "dc.title any fish not frog"),
        ("a or b and c", "a or b and c"),
        ("(a or b) and c", "a or b and c"),
        ("a or (b and c)", "a or (b and c)"),
        ("((a))", "a"),
        ("a and (b or (c not d))", "a and (b or (c not d))"),
        ("cat prox/unit=word/distance>2/ordered dog", "cat prox/unit=word/distance>2/ordered dog"),
        ("dc.title any fish and/rel.combine=sum dc.creator any sanderson",
         "dc.title any fish and/rel.combine=sum dc.creator any sanderson"),
        // Keywords in any case; names keep theirs
        ("dc.title ANY fish AND dc.creator Any x SORTBY dc.date", "dc.title ANY fish and dc.creator Any x sortBy dc.date"),
        ("a Or b nOt c", "a or b not c"),
        // Sorting
        ("dc.title any fish sortBy dc.date/sort.descending dc.title/sort.ascending/sort.ignoreCase",
         "dc.title any fish sortBy dc.date/sort.descending dc.title/sort.ascending/sort.ignoreCase"),
        ("fish sortby dc.date/sort.missingValue=\"n a\"", "fish sortBy dc.date/sort.missingValue=\"n a\""),
        // Prefix assignments
        (#"> dc = "info:srw/cql-context-set/1/dc-v1.1" dc.title = x"#, #"> dc = "info:srw/cql-context-set/1/dc-v1.1" dc.title = x"#),
        (#"> "info:srw/cql-context-set/1/dc-v1.1" title = x"#, #"> "info:srw/cql-context-set/1/dc-v1.1" title = x"#),
        (#"a and (> dc = "X" dc.title = b)"#, #"a and (> dc = "X" dc.title = b)"#),
        (#"(> dc = "X" dc.title = a or dc.creator = b)"#, #"(> dc = "X" dc.title = a) or (> dc = "X" dc.creator = b)"#),
        // Masking characters stay in the term
        ("dc.title = fish*", "dc.title = fish*"),
        (#"dc.title = "fish\*""#, #"dc.title = fish\*"#),
        ("dc.title = ^fish?", "dc.title = ^fish?"),
        // Scripts of Manba's languages
        (#"dc.title = "oʻzbekiston tarixi""#, #"dc.title = "oʻzbekiston tarixi""#),
        ("dc.creator any Навоий", "dc.creator any Навоий"),
        ("dc.title any ҷумҳурии", "dc.title any ҷумҳурии"),
        // A relation outside the CQL context set parses; support is decided later
        ("dc.title dc.foo x", "dc.title dc.foo x"),
        ("dc.title.sub any x", "dc.title.sub any x"),
    ]

    @Test(arguments: canonicalForms)
    func printsCanonicalForm(query: String, printed: String) throws {
        let parsed = try CQLParser.parse(query).get()
        #expect(parsed.description == printed)
    }

    /// The printed form is itself valid CQL and means the same query.
    @Test(arguments: canonicalForms)
    func printedFormParsesToTheSameTree(query: String, printed: String) throws {
        let parsed = try CQLParser.parse(query).get()
        let reparsed = try CQLParser.parse(parsed.description).get()
        #expect(reparsed == parsed)
    }

    @Test func termAloneIsServerChoiceWithEquals() throws {
        let query = try CQLParser.parse("fish").get()
        guard case .search(let clause) = query.root else { Issue.record("not a clause"); return }
        #expect(clause.index == nil)
        #expect(clause.isServerChoice)
        #expect(clause.relation == .serverChoice)
        #expect(clause.term == "fish")
    }

    @Test func indexRelationAndTermAreSeparated() throws {
        let query = try CQLParser.parse("dc.title any/relevant \"fish frog\"").get()
        guard case .search(let clause) = query.root else { Issue.record("not a clause"); return }
        #expect(clause.index == "dc.title")
        #expect(clause.indexPrefix == "dc")
        #expect(clause.indexName == "title")
        #expect(clause.hasIndex("DC.Title"))
        #expect(clause.relation.kind == .any)
        #expect(clause.relation.modifiers == [CQLModifier("relevant")])
        #expect(clause.relation.hasModifier("relevant"))
        #expect(clause.term.text == "fish frog")
    }

    @Test func booleansGroupFromTheLeft() throws {
        let query = try CQLParser.parse("a or b and c not d").get()
        let a = CQLNode.search(CQLSearchClause(term: "a"))
        let b = CQLNode.search(CQLSearchClause(term: "b"))
        let c = CQLNode.search(CQLSearchClause(term: "c"))
        let d = CQLNode.search(CQLSearchClause(term: "d"))
        #expect(query.root == .boolean(.not, [], .boolean(.and, [], .boolean(.or, [], a, b), c), d))
        #expect(query.root.booleanOperatorCount == 3)
        #expect(query.root.searchClauses.map(\.term.text) == ["a", "b", "c", "d"])
    }

    @Test func parenthesesGroupToTheRight() throws {
        let query = try CQLParser.parse("a and (b or c)").get()
        guard case .boolean(.and, [], .search, .boolean(.or, [], _, _)) = query.root else {
            Issue.record("wrong shape: \(query.root)")
            return
        }
    }

    @Test func proximityKeepsItsModifiers() throws {
        let query = try CQLParser.parse("cat prox/unit=word/distance<=3 dog").get()
        guard case .boolean(let booleanOperator, let modifiers, _, _) = query.root else { Issue.record("no boolean"); return }
        #expect(booleanOperator == .prox)
        #expect(modifiers == [CQLModifier("unit", "=", "word"), CQLModifier("distance", "<=", "3")])
    }

    @Test func keywordsAreCaseInsensitiveButOnlyUnquoted() throws {
        let upper = try CQLParser.parse("a AND b").get()
        guard case .boolean(.and, _, _, _) = upper.root else { Issue.record("AND not read as and"); return }
        let quoted = try CQLParser.parse(#""and""#).get()
        #expect(quoted.root == .search(CQLSearchClause(term: "and")))
    }

    @Test func relationNamesAreRecognisedInAnyCase() throws {
        let query = try CQLParser.parse("dc.title ANY fish").get()
        #expect(query.root.searchClauses.first?.relation.kind == .any)
        #expect(query.root.searchClauses.first?.relation.name == "ANY")
        let unknown = try CQLParser.parse("dc.title dc.foo fish").get()
        #expect(unknown.root.searchClauses.first?.relation.kind == nil)
    }

    @Test func sortKeysReadTheSortContextSet() throws {
        let query = try CQLParser.parse(
            "fish sortBy dc.date/sort.descending dc.title/ignoreCase/sort.missingHigh dc.creator/sort.missingValue=zzz dc.subject"
        ).get()
        #expect(query.sortKeys.map(\.index) == ["dc.date", "dc.title", "dc.creator", "dc.subject"])
        #expect(query.sortKeys.map(\.ascending) == [false, true, true, true])
        #expect(query.sortKeys[1].caseSensitive == false)
        #expect(query.sortKeys[1].missingValueAction == .high)
        #expect(query.sortKeys[2].missingValueAction == .value("zzz"))
        #expect(query.sortKeys[3].caseSensitive == nil)
        #expect(query.sortKeys[3].missingValueAction == nil)
    }

    @Test func prefixAssignmentsResolveIntoClauses() throws {
        let query = try CQLParser.parse(
            #"> dc = "info:srw/cql-context-set/1/dc-v1.1" > "urn:default" dc.title = a and title = b and (> dc = "urn:inner" dc.title = c) and bath.isbn = d"#
        ).get()
        #expect(query.prefixAssignments == [
            CQLPrefixAssignment(prefix: "dc", identifier: "info:srw/cql-context-set/1/dc-v1.1"),
            CQLPrefixAssignment(prefix: nil, identifier: "urn:default"),
        ])
        #expect(query.root.searchClauses.map(\.contextSet) == [
            "info:srw/cql-context-set/1/dc-v1.1", "urn:default", "urn:inner", nil,
        ])
    }

    @Test func prefixesMatchWithoutRegardToCase() throws {
        let query = try CQLParser.parse(#"> DC = "urn:x" dc.title = a"#).get()
        #expect(query.root.searchClauses.first?.contextSet == "urn:x")
    }

    @Test func whitespaceOfAnyKindSeparatesTokens() throws {
        let query = try CQLParser.parse("dc.title\tany\n fish\u{00A0}and\u{3000}cat").get()
        #expect(query.description == "dc.title any fish and cat")
    }
}
