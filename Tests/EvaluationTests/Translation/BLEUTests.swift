import Testing
import Evaluation

@Suite("Corpus BLEU")
struct BLEUTests {
    @Test("an identical translation scores 100 and a translation sharing no word scores 0")
    func bounds() {
        let identical = BLEU.corpusScore(hypotheses: ["The river flooded the market."], references: ["The river flooded the market."])
        #expect(abs(identical - 100) < 1e-9)
        #expect(BLEU.corpusScore(hypotheses: ["Completely different words"], references: ["The river flooded the market."]) == 0)
    }

    @Test("scores n-gram precision with the brevity penalty over the corpus")
    func partialMatch() {
        // Reference values from sacrebleu 2.6 `corpus_bleu` on the same sentences.
        let score = BLEU.corpusScore(hypotheses: ["The cat sat on the mat."], references: ["The cat is on the mat."])
        #expect(abs(score - 48.892302243490086) < 1e-9)
    }

    @Test("smooths an order without matches as mteval does instead of scoring 0")
    func exponentialSmoothing() {
        var statistics = BLEU.Statistics()
        statistics.add(hypothesis: "A cat sat on a mat today", reference: "The cat sat on the mat yesterday")
        #expect(statistics.matches == [4, 2, 1, 0])
        #expect(statistics.totals == [7, 6, 5, 4])
        #expect(abs(statistics.score - 26.269098944241588) < 1e-9)
    }

    @Test("scores 0 when the hypothesis is too short to have n-grams of every order")
    func tooShort() {
        #expect(BLEU.corpusScore(hypotheses: ["the cat"], references: ["The cat is on the mat."]) == 0)
    }
}
