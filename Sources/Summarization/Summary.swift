/// The bullet points chosen for one article, in article order.
public struct Summary: Sendable, Hashable, Codable {
    /// The bullets, in the order their sentences appear in the article.
    public var bullets: [Bullet]

    /// Creates a summary.
    public init(bullets: [Bullet]) { self.bullets = bullets }
}

/// One bullet point: a sentence of the article, as it will be shown, with where it came from.
public struct Bullet: Sendable, Hashable, Codable {
    /// The text shown to the reader.
    public var text: String
    /// The index of the source sentence in `Document.sentences`.
    public var sentenceIndex: Int
    /// The score that got the sentence chosen; higher is more central to the article.
    public var score: Double

    /// Creates a bullet.
    public init(text: String, sentenceIndex: Int, score: Double) {
        self.text = text
        self.sentenceIndex = sentenceIndex
        self.score = score
    }
}
