import Foundation

/// Turns the text of a scraped Indonesian news page into a clean article: finds the
/// headline and dateline, keeps the source line as metadata, and removes boilerplate
/// (related links, share and subscribe prompts, credits, captions, repeats, dates, ads).
public struct ArticleCleaner: Sendable {
    /// Creates a cleaner.
    public init() {}

    /// Cleans `text`, whose paragraphs are separated by line breaks. A `title` given by
    /// the caller (from HTML or JSON) is used instead of guessing one from the text.
    public func clean(_ text: String, title: String? = nil) -> CleanArticle {
        // Placeholder until the cleaning rules land: paragraphs are the non-empty lines.
        let paragraphs = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return CleanArticle(title: title, paragraphs: paragraphs)
    }
}
