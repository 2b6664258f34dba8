import Storage
import Testing

@Suite struct ContentHashTests {
    @Test func matchesTheStandardDigestOfAKnownText() {
        #expect(ContentHash("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func separatesPartsSoConcatenationsDoNotCollide() {
        #expect(ContentHash(parts: ["ab", "c"]) != ContentHash(parts: ["a", "bc"]))
        #expect(ContentHash(parts: ["ab", "c"]) == ContentHash(parts: ["ab", "c"]))
    }
}
