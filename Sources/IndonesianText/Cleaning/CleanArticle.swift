/// What cleaning keeps of a scraped article: the headline, the dateline and source
/// as metadata, and the body paragraphs with boilerplate removed.
public struct CleanArticle: Sendable, Hashable, Codable {
    /// The headline, when one was found.
    public var title: String?
    /// The dateline that opened the body, removed from the first paragraph.
    public var dateline: Dateline?
    /// The source line's content ("CNA/SL"), kept as metadata rather than body.
    public var source: String?
    /// The body paragraphs, in order.
    public var paragraphs: [String]

    /// Creates a clean article from its parts.
    public init(title: String? = nil, dateline: Dateline? = nil, source: String? = nil, paragraphs: [String]) {
        self.title = title
        self.dateline = dateline
        self.source = source
        self.paragraphs = paragraphs
    }
}
