import Testing
@testable import ArticleReading

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "e": 0} "#)
        #expect(value == .object([
            "a": .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]),
            "b": .object(["c": .string("d")]),
            "e": .number("0"),
        ]))
    }

    @Test func decodesStringEscapes() throws {
        #expect(try JSONParser.parse(#""baris\nbaru \"kutip\" \u00e9 \ud83d\ude00 \/ \\""#) == .string("baris\nbaru \"kutip\" é 😀 / \\"))
        #expect(try JSONParser.parse(#""\ud800 sendiri""#) == .string("\u{FFFD} sendiri"))
    }

    @Test(arguments: [
        (#"{"id": 1 "text": "a"}"#, #"expected ',' or '}' after the value of "id" but found '"' at column 10"#),
        (#"{"id": 1, "text": "tanpa akhir}"#, "the string opened here is not closed at column 19"),
        (#"{'id': 1}"#, "expected a member name in double quotes but found ''' at column 2"),
        (#"{"id": 01}"#, "numbers must not start with a leading zero at column 8"),
        (#"{"id": 1,}"#, "trailing comma before '}' at column 10"),
        (#"{"id": tru}"#, "expected a value but found 't' at column 8"),
        (#"{"id": 1} x"#, "unexpected 'x' after the value at column 11"),
        (#"{"a": "\q"}"#, #"invalid escape '\q' in a string at column 8"#),
        (#"{"a": 1"#, "the object is not closed: expected ',' or '}' but the line ended at column 8"),
        ("", "expected a value but the line ended at column 1"),
    ])
    func saysWhatIsWrongAndWhere(text: String, message: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(text) }
        do {
            _ = try JSONParser.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
    }
}
