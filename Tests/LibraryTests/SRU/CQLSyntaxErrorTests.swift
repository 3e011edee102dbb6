import Testing
@testable import Library

/// Invalid CQL and the diagnostic each gets.
struct CQLSyntaxErrorTests {
    static let invalidQueries: [(query: String, diagnostic: Int, details: String?)] = [
        ("", 10, "offset 0: the query is empty"),
        ("   ", 10, "offset 3: the query is empty"),
        ("dc.title any", 10, "offset 12: expected a search term, found the end of the query"),
        ("dc.title =", 10, "offset 10: expected a search term, found the end of the query"),
        ("= fish", 10, "offset 0: expected a search term or '(', found '='"),
        ("dc.title = fish and", 10, "offset 19: expected a search term or '(', found the end of the query"),
        ("dc.title = fish sortBy", 10, "offset 22: expected an index to sort by, found the end of the query"),
        ("fish (cat)", 10, "offset 5: expected a boolean operator or sortBy, found '('"),
        ("dc.title = fish / relevant", 10, "offset 16: expected a boolean operator or sortBy, found '/'"),
        ("dc.title any/ fish", 10, "offset 18: expected a search term, found the end of the query"),
        ("dc.title any/=x fish", 10, "offset 13: expected a modifier name, found '='"),
        ("dc.title any/rel.algorithm= fish", 10, "offset 32: expected a search term, found the end of the query"),
        ("cat dog", 10, "offset 7: expected a search term, found the end of the query"),
        ("cat \"dog\"", 10, "offset 4: expected a boolean operator or sortBy, found \"dog\""),
        ("> dc = dc.title = x", 10, "offset 16: expected a search term or '(', found '='"),
        ("> = x", 10, "offset 2: expected a prefix or a context set identifier, found '='"),
        ("a and b sortBy c (", 10, "offset 17: expected a boolean operator or sortBy, found '('"),
        ("(dc.title = fish", 13, "0"),
        ("dc.title = fish)", 13, "15"),
        ("()", 13, "1"),
        ("(((a))", 13, "0"),
        ("(a b)", 10, "offset 4: expected a search term, found ')'"),
        ("(a and b", 13, "0"),
        ("\"unterminated", 14, "0"),
        ("dc.title = \"fish", 14, "11"),
        ("dc.title = \"fish\\\"", 14, "11"),
    ]

    @Test(arguments: invalidQueries)
    func refusesWithDiagnostic(query: String, diagnostic: Int, details: String?) {
        switch CQLParser.parse(query) {
        case .success(let parsed):
            Issue.record("parsed \(query) as \(parsed)")
        case .failure(let error):
            #expect(error.number == diagnostic)
            #expect(error.details == details)
            #expect(error.uri == "info:srw/diagnostic/1/\(diagnostic)")
        }
    }

    @Test func diagnosticsCarryTheStandardMessage() {
        guard case .failure(let error) = CQLParser.parse("(fish") else { Issue.record("parsed"); return }
        #expect(error.message == "Invalid or unsupported use of parentheses")
        #expect(error.description == "info:srw/diagnostic/1/13 Invalid or unsupported use of parentheses: 0")
    }
}
