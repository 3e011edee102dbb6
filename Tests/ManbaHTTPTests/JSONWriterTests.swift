import Foundation
import Testing
@testable import ManbaHTTP

@Suite("JSON writer") struct JSONWriterTests {
    @Test func writesWhatJSONSerializationReadsBack() throws {
        let parsed = try JSONSerialization.jsonObject(with: Data(#"{"n": 7, "t": true, "f": 1.5, "one": 1, "zero": 0}"#.utf8))
        let tree: [String: Any] = [
            "string": "Oʻzbekiston \"quoted\" back\\slash\nnew\u{1}line \u{200B}שלום", "int": 42, "negative": -3,
            "bool": false, "null": NSNull(), "double": 2.5, "list": [1, "two", [String: Any]()], "nested": ["a": ["b": true]],
            "parsed": parsed, "strings": ["uz-Latn": "Toshkent"], "optional": Optional<String>.none as Any,
        ]
        let back = try #require(try JSONSerialization.jsonObject(with: JSONWriter.data(tree)) as? [String: Any])
        #expect(back["string"] as? String == tree["string"] as? String)
        #expect(back["int"] as? Int == 42 && back["negative"] as? Int == -3)
        #expect(back["bool"] as? Bool == false && back["null"] is NSNull && back["optional"] is NSNull)
        #expect(back["double"] as? Double == 2.5)
        #expect((back["list"] as? [Any])?.count == 3)
        #expect(((back["nested"] as? [String: Any])?["a"] as? [String: Bool])?["b"] == true)
        let p = try #require(back["parsed"] as? [String: Any])
        #expect(p["n"] as? Int == 7 && p["t"] as? Bool == true && p["f"] as? Double == 1.5)
        let text = String(decoding: JSONWriter.data(parsed), as: UTF8.self)
        #expect(text.contains("\"one\":1") && text.contains("\"zero\":0") && text.contains("\"t\":true"))
        #expect(String(decoding: JSONWriter.data([1, 0, true] as [Any]), as: UTF8.self) == "[1,0,true]")
        #expect((back["strings"] as? [String: String])?["uz-Latn"] == "Toshkent")
    }
}
