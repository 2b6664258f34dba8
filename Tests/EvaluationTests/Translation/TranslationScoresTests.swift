import Foundation
import Testing
import Evaluation

@Suite("Translation scores equal sacrebleu's")
struct TranslationScoresTests {
    @Test("an accumulator fed segment by segment gives the scores of the whole corpus")
    func accumulatorMatchesOneCall() {
        let hypotheses = ["The governor opened the new bridge.", "Rice prices fell in the market."]
        let references = ["The governor inaugurated the new bridge.", "The price of rice fell at the market."]
        var accumulator = TranslationScoreAccumulator()
        for (hypothesis, reference) in zip(hypotheses, references) {
            accumulator.add(hypothesis: hypothesis, reference: reference)
        }
        #expect(accumulator.scores == TranslationScores.score(hypotheses: hypotheses, references: references))
        #expect(accumulator.scores.segments == 2)
    }

    @Test(
        "BLEU, chrF and chrF++ equal sacrebleu's on awkward text we wrote",
        .enabled(if: SacreBLEUReference.shouldRun, "python3 with sacrebleu is not installed (`pip install sacrebleu`)")
    )
    func awkwardText() throws {
        let references = [
            "The minister said, \"We will act.\"",
            "Prices rose 3.5% to Rp1,200 in 2024-2025...",
            "AT&T's <b>bold</b> claim & more",
            "Café owners in Bandung — and élite chefs — agreed.",
            "Line one\nline two",
            "  spaced   out\ttext  ",
            "(hello) world!",
            "A short one",
        ]
        let systems = [
            [
                "The minister said: we will act.",
                "Prices climbed 3.5 % to Rp 1,200 in 2024 - 2025.",
                "AT&amp;T &lt;b&gt;bold&lt;/b&gt; claim and more",
                "Cafe\u{0301} owners in Bandung, and elite chefs, agreed.",
                "Line one-\nline two <skipped>",
                "spaced out text\u{00A0}",
                "hello (world)",
                "",
            ],
            references,
            references.map { $0.uppercased() },
        ]
        try expectAgreement(systems: systems, references: references)
    }

    @Test(
        "BLEU, chrF and chrF++ equal sacrebleu's on mt-dev: source copied, words dropped, case lost",
        .enabled(if: SacreBLEUReference.shouldRun, "python3 with sacrebleu is not installed (`pip install sacrebleu`)")
    )
    func developmentSet() throws {
        let pairs = try MachineTranslationDevelopmentSet.pairs()
        #expect(pairs.count >= 300)
        let references = pairs.map(\.en_text)
        let dropped = references.map { reference in
            reference.split(separator: " ", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 4 != 2 }.map(\.element).joined(separator: " ")
        }
        let systems = [pairs.map(\.id_text), dropped, references.map { $0.lowercased() }]
        try expectAgreement(systems: systems, references: references)
    }

    private func expectAgreement(systems: [[String]], references: [String]) throws {
        let expected = try SacreBLEUReference.scores(systems: systems, references: references)
        for (system, reference) in zip(systems, expected) {
            let scores = TranslationScores.score(hypotheses: system, references: references)
            // sacrebleu prints two decimals; we agree to far more.
            #expect(abs(scores.bleu - reference[0]) < 1e-6, "BLEU \(scores.bleu) against sacrebleu's \(reference[0])")
            #expect(abs(scores.chrF - reference[1]) < 1e-6, "chrF \(scores.chrF) against sacrebleu's \(reference[1])")
            #expect(abs(scores.chrFPlusPlus - reference[2]) < 1e-6, "chrF++ \(scores.chrFPlusPlus) against sacrebleu's \(reference[2])")
        }
    }
}
