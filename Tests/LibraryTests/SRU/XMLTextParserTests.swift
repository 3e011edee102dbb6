import ManbaCore
import Testing
@testable import Library

/// What XMLWriter writes reads back through a real parser, hostile characters and all.
struct XMLTextParserTests {
    @Test func escapedTextSurvivesAParser() throws {
        let hostile = "<a href=\"x\">&amp;</a>\u{1}\t\"'ʻ"
        var writer = XMLWriter()
        writer.element("root", hostile, [("value", hostile)])
        let root = try inspectSRUXML(writer.output)
        #expect(root.text == "<a href=\"x\">&amp;</a>\u{FFFD}\t\"'ʻ")
        #expect(root.attributes["value"] == "<a href=\"x\">&amp;</a>\u{FFFD}\t\"'ʻ")
    }
}
