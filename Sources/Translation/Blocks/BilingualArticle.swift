/// An article with every block in Indonesian beside its English: what the writers render.
///
/// Blocks are in reading order: the title, the summary bullets, then the body paragraphs.
public struct BilingualArticle: Sendable, Hashable, Codable {
    /// The article's identifier (JSON `id`, file name, or URL), unique within a run.
    public var id: String
    /// Where it came from: publisher, date, author, URL or file.
    public var metadata: ArticleMetadata
    /// Every block with its outcome, in reading order.
    public var blocks: [BlockTranslation]
    /// How the bullets were written: "extractive" (the local summarizer) or the provider's name.
    public var summaryEngine: String?

    /// Creates an article.
    public init(id: String, metadata: ArticleMetadata, blocks: [BlockTranslation], summaryEngine: String? = nil) {
        self.id = id
        self.metadata = metadata
        self.blocks = blocks
        self.summaryEngine = summaryEngine
    }

    /// The title block, if the article has one.
    public var title: BlockTranslation? { blocks.first { $0.source.kind == .title } }
    /// The summary bullets, in order.
    public var bullets: [BlockTranslation] { blocks.filter { $0.source.kind == .bullet } }
    /// The body paragraphs, in order.
    public var paragraphs: [BlockTranslation] { blocks.filter { $0.source.kind == .paragraph } }
    /// The providers that produced English for some block (e.g. to say which are machine gists).
    public var providers: [String] {
        var seen: [String] = []
        for block in blocks { if let provider = block.provider, !seen.contains(provider) { seen.append(provider) } }
        return seen
    }
}

/// Where an article came from, as shown in the source line of its outputs.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    /// The publisher or the source credit found by cleaning (e.g. "Antara").
    public var publisher: String?
    /// The place of the dateline (e.g. "Jakarta").
    public var place: String?
    /// The publication date as found (ISO 8601 when known).
    public var date: String?
    /// The author, when a page names one.
    public var author: String?
    /// The page's URL, for articles fetched from the web or given with one.
    public var url: String?
    /// The file or JSON Lines row it was read from, e.g. "batch.jsonl:7".
    public var origin: String?

    /// Creates metadata.
    public init(publisher: String? = nil, place: String? = nil, date: String? = nil, author: String? = nil, url: String? = nil, origin: String? = nil) {
        self.publisher = publisher
        self.place = place
        self.date = date
        self.author = author
        self.url = url
        self.origin = origin
    }
}
