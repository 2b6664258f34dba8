import Testing
import Evaluation

@Suite("Corpus chrF and chrF++")
struct ChrFTests {
    @Test("an identical translation scores 100")
    func identical() {
        #expect(ChrF.corpusScore(hypotheses: ["Harga beras naik."], references: ["Harga beras naik."]) == 100)
    }

    @Test("ignores whitespace in character n-grams, so joined words still match")
    func whitespaceIgnored() {
        #expect(ChrF.corpusScore(hypotheses: ["thecat"], references: ["the cat"]) == 100)
    }

    @Test("chrF++ adds word n-grams with punctuation split from the ends of words")
    func wordNGrams() {
        // Reference values from sacrebleu 2.6 `corpus_chrf` (word_order 0 and 2).
        let chrF = ChrF.corpusScore(hypotheses: ["(hello) world!"], references: ["hello world"])
        let chrFPlusPlus = ChrF.corpusScore(hypotheses: ["(hello) world!"], references: ["hello world"], wordOrder: 2)
        #expect(abs(chrF - 55.08306123011904) < 1e-9)
        #expect(abs(chrFPlusPlus - 46.65422718816998) < 1e-9)
    }

    @Test("an empty translation scores 0")
    func empty() {
        #expect(ChrF.corpusScore(hypotheses: [""], references: ["Something to say."]) == 0)
    }
}
