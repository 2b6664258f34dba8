@testable import LocalTranslation
import Testing

@Suite("TranslationLexicon")
struct TranslationLexiconTests {
    @Test("reads entries, multiword keys, comments and blank lines")
    func readsEntries() throws {
        var lexicon = TranslationLexicon()
        try lexicon.read("""
            # a comment
            rumah = house ; n

            Rumah   Sakit = hospital ; n   # trailing comment
            """, file: "test.txt")
        #expect(lexicon.entry("rumah") == LexiconEntry(english: "house", partOfSpeech: .noun))
        #expect(lexicon.entry("rumah sakit") == LexiconEntry(english: "hospital", partOfSpeech: .noun))
        #expect(lexicon.longestPhrase == 2)
    }

    @Test("a later line replaces an earlier one for the same words")
    func laterLineWins() throws {
        var lexicon = TranslationLexicon()
        try lexicon.read("bisa = venom ; n\nbisa = can ; aux\n", file: "test.txt")
        #expect(lexicon.entry("bisa")?.english == "can")
    }

    @Test("rejects a line without `=`, naming file and line")
    func missingEquals() {
        var lexicon = TranslationLexicon()
        #expect {
            try lexicon.read("rumah = house ; n\nkucing cat ; n\n", file: "words.txt")
        } throws: { error in
            (error as? LexiconError)?.description.hasPrefix("words.txt:2:") == true
        }
    }

    @Test("rejects an unknown part of speech and lists the known ones")
    func unknownPartOfSpeech() {
        var lexicon = TranslationLexicon()
        #expect {
            try lexicon.read("rumah = house ; noun\n", file: "words.txt")
        } throws: { error in
            (error as? LexiconError)?.message.contains("adj") == true
        }
    }

    @Test("requires three forms for a pronoun")
    func pronounForms() {
        var lexicon = TranslationLexicon()
        #expect(throws: LexiconError.self) { try lexicon.read("dia = he ; pron\n", file: "words.txt") }
    }

    @Test("reads irregular verbs and plurals from english-irregular.txt")
    func irregularForms() throws {
        var lexicon = TranslationLexicon()
        try lexicon.read("go went gone\nchild children\n", file: TranslationLexicon.irregularFileName)
        #expect(lexicon.irregularVerbs["go"]?.past == "went")
        #expect(lexicon.irregularPlurals["child"] == "children")
    }
}
