import IndonesianText

/// Runs the whole local path for one article: cleaning, sentence splitting and
/// extractive summarizing.
public struct ArticleSummarizer: Sendable {
    /// The cleaner applied to the raw text.
    public var cleaner: ArticleCleaner
    /// The splitter applied to each clean paragraph.
    public var splitter: SentenceSplitter
    /// The summarizer applied to the resulting document.
    public var summarizer: ExtractiveSummarizer

    /// Creates the path from its parts.
    public init(
        cleaner: ArticleCleaner = ArticleCleaner(),
        splitter: SentenceSplitter = SentenceSplitter(),
        summarizer: ExtractiveSummarizer = ExtractiveSummarizer()
    ) {
        self.cleaner = cleaner
        self.splitter = splitter
        self.summarizer = summarizer
    }

    /// Cleans, splits and summarizes `text`; `title` is a headline supplied by the input.
    public func summarize(text: String, title: String? = nil, bulletCount: Int? = nil) throws(SummarizationError) -> SummarizedArticle {
        let clean = cleaner.clean(text, title: title?.isEmpty == false ? title : nil)
        let document = Document(clean, splitter: splitter)
        guard !document.paragraphs.isEmpty else { throw .nothingLeftAfterCleaning }
        let summary = summarizer.summarize(document, bulletCount: bulletCount)
        guard !summary.bullets.isEmpty else { throw .noUsableSentence }
        return SummarizedArticle(document: document, summary: summary)
    }
}

/// A cleaned article with its summary.
public struct SummarizedArticle: Sendable, Hashable {
    /// The clean document: headline, dateline, source and sentences.
    public var document: Document
    /// The bullets chosen from it.
    public var summary: Summary

    /// Creates a summarized article.
    public init(document: Document, summary: Summary) {
        self.document = document
        self.summary = summary
    }
}

/// Why an article could not be summarized.
public enum SummarizationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Cleaning removed every line: the input holds only navigation, credits, links and the like.
    case nothingLeftAfterCleaning
    /// No sentence is long enough or whole enough to stand as a bullet.
    case noUsableSentence

    public var description: String {
        switch self {
        case .nothingLeftAfterCleaning:
            return "nothing is left after cleaning: the input holds only boilerplate (links, credits, share buttons), not an article body"
        case .noUsableSentence:
            return "no sentence can stand as a bullet: the text has no sentence of four words or more"
        }
    }
}
