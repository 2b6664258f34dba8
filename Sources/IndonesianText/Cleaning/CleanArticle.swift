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
    /// The index in `paragraphs` of the paragraph the dateline opened (the lead); a deck
    /// printed under the headline may come before it.
    public var datelineParagraphIndex: Int?

    /// Creates a clean article from its parts.
    public init(title: String? = nil, dateline: Dateline? = nil, source: String? = nil, paragraphs: [String], datelineParagraphIndex: Int? = nil) {
        self.title = title
        self.dateline = dateline
        self.source = source
        self.paragraphs = paragraphs
        self.datelineParagraphIndex = datelineParagraphIndex
    }

    /// The body paragraphs with the dateline put back in front of the first, as the page
    /// printed them: what to compare with the page's own text.
    public var paragraphsWithDateline: [String] {
        guard let dateline, !dateline.text.isEmpty else { return paragraphs }
        var result = paragraphs
        let lead = min(datelineParagraphIndex ?? 0, result.count)
        if lead < result.count {
            result[lead] = dateline.text + " " + result[lead]
        } else {
            result.append(dateline.text)
        }
        return result
    }
}
