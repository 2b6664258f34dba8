/// An article as read from its input, before cleaning: its headline if the input gave
/// one, its normalized text, and where it came from.
public struct RawArticle: Sendable, Hashable {
    /// The article's identifier: the JSON `id`, or the file name.
    public var id: String
    /// A headline supplied by the input (HTML `og:title`/`<h1>`/`<title>`, a Markdown
    /// `# Heading`, JSON `title`), if any; it is not repeated at the start of `text`.
    public var title: String?
    /// The normalized text (see `TextNormalizer`), lines trimmed, at most one blank line
    /// in a row. Paragraphs from HTML and Markdown are separated by blank lines; plain
    /// text and JSON Lines keep their own line breaks, each line being a paragraph or a
    /// line of page furniture for the cleaner to judge.
    public var text: String
    /// Where it was read from, for messages: "article.html", "batch.jsonl:7", "stdin".
    public var origin: String

    /// Creates a raw article.
    public init(id: String, title: String? = nil, text: String, origin: String) {
        self.id = id
        self.title = title
        self.text = text
        self.origin = origin
    }
}
