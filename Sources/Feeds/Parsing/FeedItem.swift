import Foundation

/// One entry of a feed: a story's link and what the feed says about it.
public struct FeedItem: Sendable, Hashable {
    /// The entry's own identifier: RSS `guid`, Atom `id`, JSON Feed `id`; nil when absent.
    public var id: String?
    /// The story's page, resolved against the feed's URL; nil when the entry links nowhere.
    public var url: URL?
    /// The headline, on one line.
    public var title: String?
    /// When the story was published (RSS `pubDate`/`dc:date`, Atom `published` else
    /// `updated`, JSON Feed `date_published`), if the feed gives a date it could read.
    public var published: Date?
    /// The short description (RSS `description`, Atom `summary`, JSON Feed `summary`),
    /// possibly HTML.
    public var summary: String?
    /// The full text when the feed carries it (RSS `content:encoded`, Atom `content`,
    /// JSON Feed `content_html` or `content_text`), possibly HTML.
    public var content: String?
    /// The author's name, if the entry names one.
    public var author: String?

    /// Creates an item.
    public init(id: String? = nil, url: URL? = nil, title: String? = nil, published: Date? = nil, summary: String? = nil, content: String? = nil, author: String? = nil) {
        self.id = id
        self.url = url
        self.title = title
        self.published = published
        self.summary = summary
        self.content = content
        self.author = author
    }
}
