import ManbaCore
import Testing


struct XMLTextTests {
    @Test func escapesMarkupInText() {
        #expect(XMLText.escapedText(#"a < b & c > d "e" 'f'"#) == #"a &lt; b &amp; c &gt; d "e" 'f'"#)
        #expect(XMLText.escapedText("]]>") == "]]&gt;")
    }

    @Test func escapesQuotesAndWhitespaceInAttributes() {
        #expect(XMLText.escapedAttribute("a\"b\tc\nd\re<&") == "a&quot;b&#9;c&#10;d&#13;e&lt;&amp;")
        #expect(XMLText.escapedText("a\tb\nc") == "a\tb\nc")
        #expect(XMLText.escapedText("a\rb") == "a&#13;b")
    }

    @Test func replacesCharactersXMLCannotCarry() {
        #expect(XMLText.escapedText("a\u{0}b\u{1F}c\u{FFFE}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(XMLText.escapedAttribute("\u{8}") == "\u{FFFD}")
    }

    @Test func leavesOtherTextAlone() {
        for text in ["Oʻzbekiston", "Ўзбекистон", "Тоҷикистон ӣ ӯ ҳ ҷ", "日本", "😀", "\u{FFFD}", "\u{EFFF}", ""] {
            #expect(XMLText.escapedText(text) == text)
            #expect(XMLText.escapedAttribute(text) == text)
        }
    }
}
