@testable import LocalTranslation
import Testing

@Suite("WordAnalyzer")
struct WordAnalyzerTests {
    let analyzer: WordAnalyzer = {
        var lexicon = TranslationLexicon()
        try! lexicon.read("""
            tulis = write ; v
            lapor = report ; v
            negara = country ; n
            kata = word ; n
            mengatakan = say ; v
            bangun = build ; v
            besar = big ; adj
            pukul = hit ; v
            sapu = sweep ; v
            """, file: "test.txt")
        return WordAnalyzer(lexicon: lexicon, inflector: EnglishInflector(lexicon: lexicon))
    }()

    @Test("meN- verbs find roots whose first consonant the prefix swallowed")
    func activeVerbs() {
        #expect(analyzer.analyze("menulis")?.entry == LexiconEntry(english: "write", partOfSpeech: .verb))
        #expect(analyzer.analyze("memukul")?.entry.english == "hit")
        #expect(analyzer.analyze("menyapu")?.entry.english == "sweep")
        #expect(analyzer.analyze("melaporkan")?.entry.english == "report")
    }

    @Test("di- verbs are passives, and take a listed meN- form's sense")
    func passives() {
        let written = analyzer.analyze("ditulis")
        #expect(written?.entry.english == "write")
        #expect(written?.isPassive == true)
        let said = analyzer.analyze("dikatakan")
        #expect(said?.entry.english == "say")
        #expect(said?.isPassive == true)
    }

    @Test("peN-an and peN- make nouns: an action and an agent")
    func nominalizations() {
        #expect(analyzer.analyze("pembangunan")?.entry == LexiconEntry(english: "building", partOfSpeech: .noun))
        #expect(analyzer.analyze("penulis")?.entry == LexiconEntry(english: "writer", partOfSpeech: .noun))
        #expect(analyzer.analyze("pelapor")?.entry.english == "reporter")
    }

    @Test("ter- on an adjective is a superlative; ke-an on an adjective a noun")
    func terAndKeAn() {
        #expect(analyzer.analyze("terbesar")?.entry.english == "most big")
        #expect(analyzer.analyze("kebesaran")?.entry.partOfSpeech == .noun)
    }

    @Test("-nya is read as a clitic on a known word")
    func clitics() {
        let analysis = analyzer.analyze("negaranya")
        #expect(analysis?.entry.english == "country")
        #expect(analysis?.clitic == .third)
    }

    @Test("reduplication makes a plural noun")
    func reduplication() {
        let analysis = analyzer.analyze("negara-negara")
        #expect(analysis?.entry.english == "country")
        #expect(analysis?.isPlural == true)
    }

    @Test("meN- and di- on a borrowed root the lexicon lacks give the English verb")
    func borrowedVerbs() {
        #expect(analyzer.analyze("mengevaluasi")?.entry == LexiconEntry(english: "evaluate", partOfSpeech: .verb))
        let glorified = analyzer.analyze("diglorifikasi")
        #expect(glorified?.entry.english == "glorify")
        #expect(glorified?.isPassive == true)
    }

    @Test("an unknown root gives no analysis")
    func unknownWord() {
        #expect(analyzer.analyze("menggrotong") == nil)
        #expect(analyzer.analyze("rumput") == nil)
    }
}
