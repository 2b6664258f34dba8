import ArgumentParser

/// The formats `warta summarize` can print a summarized article in.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    /// Markdown: title, dateline and source, bullets, then the clean text.
    case markdown = "md"
    /// JSON: every field, paragraphs as sentences, bullets with their sentence index and score.
    case json
    /// Plain text: the bullets, one per line.
    case text
}
