import Testing
@testable import Library

/// Hostile queries end in a diagnostic, quickly, and never in a stack overflow.
struct CQLLimitsTests {
    @Test func hundredThousandOpeningParenthesesAreTooLong() {
        let query = String(repeating: "(", count: 100_000)
        #expect(failure(CQLParser.parse(query)) == .tooManyCharactersInQuery(maximum: 10_000))
    }

    @Test func hundredThousandOpeningParenthesesWithoutLengthLimitHitTheDepthLimit() {
        let limits = CQLParser.Limits(maximumQueryLength: 1_000_000)
        let unclosed = String(repeating: "(", count: 100_000)
        #expect(failure(CQLParser.parse(unclosed, limits: limits)) == .invalidUseOfParentheses(atOffset: 32))
        let balanced = unclosed + "fish" + String(repeating: ")", count: 100_000)
        #expect(failure(CQLParser.parse(balanced, limits: limits)) == .invalidUseOfParentheses(atOffset: 32))
    }

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let limits = CQLParser.Limits(maximumNestingDepth: 32)
        let deepest = String(repeating: "(", count: 32) + "fish" + String(repeating: ")", count: 32)
        #expect(try CQLParser.parse(deepest, limits: limits).get().description == "fish")
        let tooDeep = "(" + deepest + ")"
        #expect(failure(CQLParser.parse(tooDeep, limits: limits))?.number == 13)
    }

    @Test func tooManyBooleanOperators() throws {
        let limits = CQLParser.Limits(maximumBooleanOperators: 256)
        let allowed = (0...256).map { "t\($0)" }.joined(separator: " or ")
        let parsed = try CQLParser.parse(allowed, limits: limits).get()
        #expect(parsed.root.booleanOperatorCount == 256)
        let tooMany = allowed + " or t257"
        #expect(failure(CQLParser.parse(tooMany, limits: limits)) == .tooManyBooleanOperators(maximum: 256))
    }

    @Test func longChainWithinRaisedLimitsNeedsNoRecursion() throws {
        // Kept moderate: releasing a tree this deep recurses, which is why the default limit is low.
        let limits = CQLParser.Limits(maximumQueryLength: 1_000_000, maximumBooleanOperators: 5_000)
        let chain = (0..<5_000).map { "t\($0)" }.joined(separator: " and ")
        let parsed = try CQLParser.parse(chain, limits: limits).get()
        #expect(parsed.root.searchClauses.count == 5_000)
        #expect(parsed.root.booleanOperatorCount == 4_999)
    }

    @Test func lengthCountsCharactersNotBytes() throws {
        // 10,000 Cyrillic letters take 20,000 bytes of UTF-8 and are within the limit.
        let cyrillic = String(repeating: "я", count: 10_000)
        #expect(try CQLParser.parse(cyrillic).get().root.searchClauses.first?.term.text == cyrillic)
        #expect(failure(CQLParser.parse(cyrillic + "я")) == .tooManyCharactersInQuery(maximum: 10_000))
    }

    @Test func manyQuotesAndSlashesDoNotBreakTheLexer() {
        let slashes = "dc.title any" + String(repeating: "/", count: 5_000) + " fish"
        #expect(failure(CQLParser.parse(slashes))?.number == 10)
        let quotes = String(repeating: "\"", count: 9_999)
        #expect(failure(CQLParser.parse(quotes))?.number == 14)
    }

    private func failure(_ result: Result<CQLQuery, SRUDiagnostic>) -> SRUDiagnostic? {
        if case .failure(let diagnostic) = result { return diagnostic }
        return nil
    }
}
