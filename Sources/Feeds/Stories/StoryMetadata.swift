import Foundation

/// Where a fetched story came from, in the fields of the outputs' source line.
public struct StoryMetadata: Sendable, Hashable {
    /// The headline: the page's (`og:title`, JSON-LD `headline`, `<h1>`), else the feed's.
    public var title: String?
    /// The publisher: JSON-LD `publisher.name`, else `og:site_name`, else the feed's title,
    /// else the page's host.
    public var publisher: String?
    /// The publication date in ISO 8601 as the page or the feed gives it (the page's
    /// offset kept), or in UTC when the source wrote another form; nil when unknown.
    public var date: String?
    /// The author(s): JSON-LD `author.name`, else the `author` meta tag, else the feed's.
    public var author: String?
    /// The page's URL after redirects.
    public var url: String
    /// The feed the story was listed in; nil for a `url:` source.
    public var feedURL: String?

    /// Creates metadata.
    public init(title: String? = nil, publisher: String? = nil, date: String? = nil, author: String? = nil, url: String, feedURL: String? = nil) {
        self.title = title
        self.publisher = publisher
        self.date = date
        self.author = author
        self.url = url
        self.feedURL = feedURL
    }
}
