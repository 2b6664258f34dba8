import Testing
import Foundation
import Publishing

@Suite("Ordered JSON")
struct OrderedJSONTests {
    @Test("keys keep the order they were given in")
    func keepsKeyOrder() {
        let value = OrderedJSON.object([("zeta", .integer(1)), ("alpha", .bool(true)), ("mid", .null)])
        #expect(value.text() == #"{"zeta":1,"alpha":true,"mid":null}"#)
    }

    @Test("strings are escaped so that any text round-trips through a JSON parser")
    func escapesStrings() throws {
        let text = "kutip \" garis \\ baris\nbaru\ttab \u{1} <b>/é"
        let json = OrderedJSON.object([("text", .string(text))]).text()
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        #expect(decoded?["text"] == text)
    }

    @Test("pretty text indents by two spaces")
    func indents() {
        let value = OrderedJSON.object([("a", .array([.integer(1)])), ("b", .object([]))])
        #expect(value.text(pretty: true) == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
    }
}
