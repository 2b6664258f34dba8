import Testing
import Publishing

@Suite("HTML escaping")
struct HTMLTextTests {
    @Test("markup characters become character references")
    func escapesMarkup() {
        #expect(HTMLText.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(HTMLText.escape("\"onmouseover='x'") == "&quot;onmouseover=&#39;x&#39;")
    }

    @Test("an ampersand is escaped again, so `&amp;` shows as written")
    func escapesAmpersands() {
        #expect(HTMLText.escape("A &amp; B & C") == "A &amp;amp; B &amp; C")
    }

    @Test("plain text, accents and emoji are unchanged")
    func keepsPlainText() {
        let text = "Presiden tiba di Bandara Sultan Hasanuddin — café ☕"
        #expect(HTMLText.escape(text) == text)
    }

    @Test("control characters other than line breaks become spaces")
    func replacesControlCharacters() {
        #expect(HTMLText.escape("a\u{0}b\u{1B}c\nd") == "a b c\nd")
    }
}
