/// An article as read from its input, before cleaning: its text with paragraphs
/// separated by line breaks, and where it came from.
public struct RawArticle: Sendable, Hashable {
    /// The article's identifier: the JSON `id`, or the file name.
    public var id: String
    /// A headline supplied by the input (HTML `<title>`/`<h1>`, JSON `title`), if any.
    public var title: String?
    /// The normalized text; paragraphs are separated by blank lines.
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
