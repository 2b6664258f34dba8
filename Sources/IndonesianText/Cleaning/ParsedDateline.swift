/// A dateline found at the start of a line, with where the body text begins after it.
struct ParsedDateline {
    /// The place and outlet, with the dateline's text as printed.
    let dateline: Dateline
    /// The byte offset in the line where the body starts (the line's length when the
    /// line holds nothing but the dateline).
    let bodyStart: Int
    /// Whether the dateline names an outlet or a place in capitals, rather than a lone
    /// word in title case that an ordinary sentence might also start with.
    let isStrong: Bool
}
