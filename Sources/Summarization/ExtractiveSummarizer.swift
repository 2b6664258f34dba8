import Foundation
import IndonesianText

/// Picks the sentences that best carry a news article and returns them, in article
/// order, as bullet points.
///
/// News puts what matters first, so position is the strongest signal; it is combined
/// with centrality (how much of the article's recurring vocabulary a sentence shares),
/// similarity to the headline, and penalties for sentences that make poor bullets.
/// Sentences are then chosen greedily, preferring a paragraph not yet used and skipping
/// ones that repeat what was already chosen, until the summary reaches the length people
/// write for news (at least three bullets where the article has them), or the forced count.
public struct ExtractiveSummarizer: Sendable {
    /// The knobs in force.
    public var configuration: SummarizerConfiguration

    /// Creates a summarizer.
    public init(configuration: SummarizerConfiguration = SummarizerConfiguration()) {
        self.configuration = configuration
    }

    /// The bullets for `document`; `bulletCount` forces their number (as far as the
    /// article has usable sentences), else the number adapts to the article.
    public func summarize(_ document: Document, bulletCount: Int? = nil) -> Summary {
        var (sentences, titleTerms, termCount) = SentenceAnalyzer().analyze(document)
        guard !sentences.isEmpty else { return Summary(bullets: []) }
        let suitability = BulletSuitability(configuration: configuration)
        for index in sentences.indices {
            sentences[index].unsuitability = suitability.unsuitability(of: sentences[index].text, wordCount: sentences[index].wordCount)
        }
        let scores = SentenceRanker(configuration: configuration).scores(for: sentences, titleTerms: titleTerms, termCount: termCount)
        let chosen = SentenceSelector(configuration: configuration)
            .select(from: sentences, scores: scores, bulletCount: bulletCount)
        let compressor = BulletCompressor(dropsLeadingConnectives: configuration.dropsLeadingConnectives)
        return Summary(bullets: chosen.sorted().map { index in
            Bullet(text: compressor.compress(sentences[index].text), sentenceIndex: index, score: scores[index])
        })
    }
}
