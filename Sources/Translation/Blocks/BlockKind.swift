/// What part of an article a block is.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The headline.
    case title
    /// A summary bullet.
    case bullet
    /// A body paragraph.
    case paragraph
}
