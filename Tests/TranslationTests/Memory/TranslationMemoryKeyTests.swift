import Testing
import Translation

@Suite("Translation memory keys")
struct TranslationMemoryKeyTests {
    private func key(
        kind: String = "openai", model: String? = "gpt-4o-mini", prompt: String? = "p1", glossary: String? = "g1",
        source: String = "Harga beras naik."
    ) -> TranslationMemoryKey {
        TranslationMemoryKey(providerKind: kind, model: model, promptHash: prompt, glossaryHash: glossary, source: source)
    }

    @Test("ignores differences in spacing and Unicode composition of the source")
    func normalizesSource() {
        let base = key(source: "Kafe di Bandung ramai.")
        #expect(key(source: "  Kafe di\n Bandung\t ramai. ") == base)
        #expect(key(source: "Kafe di Bandung ramai.").hash == base.hash)
        #expect(key(source: "Caf\u{E9} baru") .hash == key(source: "Cafe\u{301} baru").hash)
        #expect(key(source: "  Kafe di\n Bandung\t ramai. ").source == "Kafe di Bandung ramai.")
    }

    @Test("changes with every part: provider kind, model, prompt, glossary and source")
    func everyPartCounts() {
        let base = key()
        #expect(key(kind: "deepl") != base)
        #expect(key(model: "gpt-4o") != base)
        #expect(key(model: nil) != base)
        #expect(key(prompt: "p2") != base)
        #expect(key(glossary: nil) != base)
        #expect(key(source: "Harga beras turun.") != base)
        #expect(key(source: "harga beras naik.") != base)
    }

    @Test("tells an absent part from an empty one")
    func absentIsNotEmpty() {
        #expect(key(model: nil).hash != key(model: "").hash)
        #expect(key(glossary: nil).hash != key(glossary: "").hash)
    }
}
