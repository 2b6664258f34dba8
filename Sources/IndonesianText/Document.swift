/// A cleaned Indonesian article, ready for summarizing and translating: its
/// headline, where and by whom it was filed, and its body as paragraphs of sentences.
public struct Document: Sendable, Hashable, Codable {
    /// The headline, when one was found.
    public var title: String?
    /// The place and outlet that opened the first paragraph, e.g. "Moskow | EGINDO.co –".
    public var dateline: Dateline?
    /// Where the article says it came from ("Sumber : CNA/SL", "Artikel ini telah tayang di …").
    public var source: String?
    /// The body, paragraph by paragraph, each split into sentences.
    public var paragraphs: [Paragraph]

    /// Creates a document from its parts.
    public init(title: String? = nil, dateline: Dateline? = nil, source: String? = nil, paragraphs: [Paragraph]) {
        self.title = title
        self.dateline = dateline
        self.source = source
        self.paragraphs = paragraphs
    }

    /// Every sentence of the body in reading order.
    public var sentences: [String] { paragraphs.flatMap(\.sentences) }
}

/// One paragraph of a document's body, as its sentences.
public struct Paragraph: Sendable, Hashable, Codable {
    /// The sentences, in order; joined with a space they give the paragraph's text.
    public var sentences: [String]

    /// Creates a paragraph from its sentences.
    public init(sentences: [String]) { self.sentences = sentences }

    /// The paragraph's text.
    public var text: String { sentences.joined(separator: " ") }
}

extension Document {
    /// Builds a document from a cleaned article, splitting each paragraph into sentences.
    public init(_ article: CleanArticle, splitter: SentenceSplitter = SentenceSplitter()) {
        self.init(
            title: article.title,
            dateline: article.dateline,
            source: article.source,
            paragraphs: article.paragraphs.map { Paragraph(sentences: splitter.split($0)) }
        )
    }
}
