/// The corpus scores `warta-score translations` prints for a set of translations: BLEU, chrF2 and
/// chrF++, computed as sacrebleu computes them with its defaults.
public struct TranslationScores: Sendable, Hashable {
    /// Corpus BLEU (13a tokens, 4-grams, exp smoothing), 0 to 100.
    public var bleu: Double
    /// Corpus chrF2 (character 6-grams, β = 2), 0 to 100.
    public var chrF: Double
    /// Corpus chrF++ (chrF2 plus word unigrams and bigrams), 0 to 100.
    public var chrFPlusPlus: Double
    /// The number of segments scored.
    public var segments: Int

    /// Creates scores.
    public init(bleu: Double, chrF: Double, chrFPlusPlus: Double, segments: Int) {
        self.bleu = bleu
        self.chrF = chrF
        self.chrFPlusPlus = chrFPlusPlus
        self.segments = segments
    }

    /// Scores `hypotheses` against `references`, pair by pair.
    ///
    /// - Precondition: both lists have the same length.
    public static func score(hypotheses: [String], references: [String]) -> TranslationScores {
        precondition(hypotheses.count == references.count, "scoring needs one reference per hypothesis")
        var accumulator = TranslationScoreAccumulator()
        for (hypothesis, reference) in zip(hypotheses, references) {
            accumulator.add(hypothesis: hypothesis, reference: reference)
        }
        return accumulator.scores
    }
}

/// Statistics gathered segment by segment, for scoring a corpus and its parts (e.g. per source)
/// in one pass: add each segment to the overall accumulator and to its part's.
public struct TranslationScoreAccumulator: Sendable, Hashable {
    private var bleu = BLEU.Statistics()
    private var chrF = ChrF.Statistics(wordOrder: 0)
    private var chrFPlusPlus = ChrF.Statistics(wordOrder: 2)
    private var segments = 0

    /// An empty accumulator.
    public init() {}

    /// Adds one translation and its reference.
    public mutating func add(hypothesis: String, reference: String) {
        bleu.add(hypothesis: hypothesis, reference: reference)
        chrF.add(hypothesis: hypothesis, reference: reference)
        chrFPlusPlus.add(hypothesis: hypothesis, reference: reference)
        segments += 1
    }

    /// The scores of everything added.
    public var scores: TranslationScores {
        TranslationScores(bleu: bleu.score, chrF: chrF.score, chrFPlusPlus: chrFPlusPlus.score, segments: segments)
    }
}
