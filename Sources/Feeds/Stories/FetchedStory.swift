import ArticleReading
import Foundation
import Storage

/// A story not seen before, fetched and read: the article to clean and summarize, where it
/// came from, and what identifies it once it is marked seen.
public struct FetchedStory: Sendable, Hashable {
    /// The article as read from the page (or from the feed's own content): its headline,
    /// its main text without menus, sidebars or footers, not yet cleaned. Its `id` is the
    /// story's normalized URL (`StoryURL`), its `origin` the URL it was read from.
    public var article: RawArticle
    /// Publisher, date, author, URL.
    public var metadata: StoryMetadata
    /// The URL the article was read from (after redirects).
    public var url: URL
    /// The hash of the article's cleaned paragraphs: a story republished under another URL
    /// has the same hash and is not taken again.
    public var contentHash: ContentHash
    /// The normalized URLs the story is known by (the feed's link, the page after redirects),
    /// all remembered by `markSeen`.
    public var urlKeys: [String]

    /// Creates a story.
    public init(article: RawArticle, metadata: StoryMetadata, url: URL, contentHash: ContentHash, urlKeys: [String]) {
        self.article = article
        self.metadata = metadata
        self.url = url
        self.contentHash = contentHash
        self.urlKeys = urlKeys
    }
}
