import Foundation

/// A parsed feed: its own title and its entries in the order the feed lists them.
public struct Feed: Sendable, Hashable {
    /// Which of the supported formats the document was.
    public var format: FeedFormat
    /// The feed's title (RSS channel `title`, Atom feed `title`, JSON Feed `title`).
    public var title: String?
    /// The entries, in document order.
    public var items: [FeedItem]

    /// Creates a feed.
    public init(format: FeedFormat, title: String? = nil, items: [FeedItem]) {
        self.format = format
        self.title = title
        self.items = items
    }
}

/// The feed formats Warta reads.
public enum FeedFormat: String, Sendable, Hashable, CaseIterable {
    /// RSS 2.0 (and the RDF-based RSS 0.9/1.0, whose items read the same way).
    case rss
    /// Atom 1.0 (RFC 4287).
    case atom
    /// JSON Feed 1.0 or 1.1.
    case jsonFeed = "json-feed"
}
