/// The formats Warta reads articles from.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text, paragraphs separated by line breaks.
    case text
    /// Markdown; markup is reduced to text.
    case markdown
    /// An HTML page; its text is extracted keeping paragraphs.
    case html
    /// JSON Lines, one `{"id", "title"?, "text"}` object per line.
    case jsonLines = "jsonl"
}
