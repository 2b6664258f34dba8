/// What one line of a scraped page is, judged from the line alone.
enum LineKind: Equatable {
    /// Possibly body text; the cleaner still judges it in context.
    case content
    /// Page furniture to drop: widgets, ads, dates, captions, embeds.
    case boilerplate
    /// A heading or teaser that opens a block of links to other articles.
    case relatedSection
    /// "Baca juga:" alone on its line: the next lines are links.
    case relatedLabel
    /// "Baca juga: …": a link, possibly followed by body text on the same line.
    case relatedLink
    /// "Reporter" alone on its line: the next line is a name.
    case creditLabel
    /// A credit or byline ("Editor: …", "Rep: … / Red: …").
    case credit
    /// "Sumber :" alone on its line: the next line names the source.
    case sourceLabel
    /// A source line, with what it names.
    case source(String)
    /// A copyright footer.
    case copyright
}
