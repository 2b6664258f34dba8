import HTTP

/// How Warta behaves towards the servers it reads feeds and pages from.
public struct FetchPolicy: Sendable {
    /// The `User-Agent` header, naming Warta and its version so that site owners can tell
    /// who reads them.
    public var userAgent: String
    /// The largest feed or page accepted, in bytes; a larger one is refused unread.
    public var maximumBytes: Int
    /// How long one request may take (connection, and the whole transfer).
    public var timeouts: HTTPTimeouts
    /// How many redirects are followed before giving up.
    public var maximumRedirects: Int
    /// The least time between two requests to the same host.
    public var politenessDelay: Duration
    /// Whether each new feed item's page is fetched and read (the default), rather than the
    /// feed's own summary or content being taken as the article.
    public var readsPages: Bool

    /// Creates a policy. `version` is Warta's version, named in the default `User-Agent`
    /// ("Warta/0.1.0 (news summarizer; +https://github.com/warta)").
    public init(
        version: String = "0.1.0",
        userAgent: String? = nil,
        maximumBytes: Int = 5 << 20,
        timeouts: HTTPTimeouts = HTTPTimeouts(connect: .seconds(10), total: .seconds(30), lowSpeedBytes: 1, lowSpeedWindow: .seconds(20)),
        maximumRedirects: Int = 5,
        politenessDelay: Duration = .seconds(1),
        readsPages: Bool = true
    ) {
        self.userAgent = userAgent ?? "Warta/\(version) (Indonesian news summarizer)"
        self.maximumBytes = maximumBytes
        self.timeouts = timeouts
        self.maximumRedirects = maximumRedirects
        self.politenessDelay = politenessDelay
        self.readsPages = readsPages
    }
}
