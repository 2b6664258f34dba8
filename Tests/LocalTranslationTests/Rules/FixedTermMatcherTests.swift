import LocalTranslation
import Testing

@Suite("Fixed terms (glossary)")
struct FixedTermMatcherTests {
    let translator = LocalTranslator.shared

    @Test("an abbreviation the lexicon would expand is kept as the glossary gives it")
    func abbreviationKept() {
        let sentence = "Kepala BPBD Sambara mengatakan jalan itu ditutup."
        #expect(translator.translate(sentence).contains("disaster management agency"))
        let english = translator.translate(sentence, terms: [("BPBD", "BPBD")])
        #expect(english.contains("BPBD"))
        #expect(!english.lowercased().contains("disaster"))
        #expect(english.contains("said"))
    }

    @Test("a multiword term comes out exactly as written, whatever its case in the text")
    func multiwordTerm() {
        let terms = [(indonesian: "Dinas Perhubungan", english: "Transportation Agency")]
        #expect(translator.translate("Kepala Dinas Perhubungan Sambara mengatakan jalan itu ditutup.", terms: terms).contains("Transportation Agency"))
        #expect(translator.translate("Petugas dinas perhubungan menutup jalan itu.", terms: terms).contains("Transportation Agency"))
    }

    @Test("only whole words are replaced: a term inside an inflected word is translated as usual")
    func wholeWordsOnly() {
        let terms = [(indonesian: "hubung", english: "LINKAGE"), (indonesian: "BPBD", english: "BPBD-X")]
        let english = translator.translate("Dinas Perhubungan menghubungi BPBD-nya.", terms: terms)
        #expect(!english.contains("LINKAGE"))
        #expect(!english.contains("BPBD-X"))
    }

    @Test("the longest term wins where terms overlap")
    func longestTermFirst() {
        let terms = [(indonesian: "Menteri", english: "Minister"), (indonesian: "Menteri Keuangan", english: "Finance Minister")]
        let english = translator.translate("Menteri Keuangan berbicara kemarin.", terms: terms)
        #expect(english.hasPrefix("Finance Minister"))
    }

    @Test("a term with lowercase English is a noun: modifiers and articles order around it")
    func commonNounTerm() {
        let english = translator.translate("Dia melihat genangan besar itu.", terms: [("genangan", "standing water")])
        #expect(english.contains("big standing water"))
    }

    @Test("a term written as two words in one token (with a hyphen) is found")
    func hyphenatedTerm() {
        let english = translator.translate("Kasus COVID-19 naik lagi.", terms: [("covid 19", "COVID-19")])
        #expect(english.contains("COVID-19"))
    }

    @Test("no terms translates as translate(_:) does")
    func noTerms() {
        let sentence = "Kepala BPBD Sambara mengatakan jalan itu ditutup."
        #expect(translator.translate(sentence, terms: []) == translator.translate(sentence))
    }
}
