import Testing
@testable import Library

struct SRUXMLTextTests {
    @Test func escapesMarkupInText() {
        #expect(SRUXMLText.escapedText(#"a < b & c > d "e" 'f'"#) == #"a &lt; b &amp; c &gt; d "e" 'f'"#)
        #expect(SRUXMLText.escapedText("]]>") == "]]&gt;")
    }

    @Test func escapesQuotesAndWhitespaceInAttributes() {
        #expect(SRUXMLText.escapedAttribute("a\"b\tc\nd\re<&") == "a&quot;b&#9;c&#10;d&#13;e&lt;&amp;")
        #expect(SRUXMLText.escapedText("a\tb\nc") == "a\tb\nc")
        #expect(SRUXMLText.escapedText("a\rb") == "a&#13;b")
    }

    @Test func replacesCharactersXMLCannotCarry() {
        #expect(SRUXMLText.escapedText("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(SRUXMLText.escapedAttribute("\u{8}") == "\u{FFFD}")
    }

    @Test func leavesOtherTextAlone() {
        for text in ["Oʻzbekiston", "Ўзбекистон", "Тоҷикистон ӣ ӯ ҳ ҷ", "日本", "😀", "\u{FFFD}", "\u{EFFF}", ""] {
            #expect(SRUXMLText.escapedText(text) == text)
            #expect(SRUXMLText.escapedAttribute(text) == text)
        }
    }

    @Test func escapedTextSurvivesAParser() throws {
        let hostile = "<a href=\"x\">&amp;</a>\u{1}\t\"'ʻ"
        var writer = SRUXMLWriter()
        writer.element("root", hostile, [("value", hostile)])
        let root = try inspectSRUXML(writer.output)
        #expect(root.text == "<a href=\"x\">&amp;</a>\u{FFFD}\t\"'ʻ")
        #expect(root.attributes["value"] == "<a href=\"x\">&amp;</a>\u{FFFD}\t\"'ʻ")
    }
}
