/// What a page says about its article in meta tags and JSON-LD, before the feed's own
/// fields are weighed against it.
public struct PageMetadata: Sendable, Hashable {
    /// JSON-LD `headline`, else `og:title`/`twitter:title`.
    public var headline: String?
    /// JSON-LD `publisher.name`, else `og:site_name`.
    public var publisher: String?
    /// JSON-LD `datePublished`, else `article:published_time` or a similar meta tag, as written.
    public var published: String?
    /// JSON-LD `author.name` (several joined with ", "), else the `author` or
    /// `article:author` meta tag when it is a name rather than a link.
    public var author: String?
    /// `<link rel="canonical">`, else `og:url`, as written (possibly relative).
    public var canonicalURL: String?

    /// Creates metadata.
    public init(headline: String? = nil, publisher: String? = nil, published: String? = nil, author: String? = nil, canonicalURL: String? = nil) {
        self.headline = headline
        self.publisher = publisher
        self.published = published
        self.author = author
        self.canonicalURL = canonicalURL
    }
}
