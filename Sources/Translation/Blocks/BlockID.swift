/// The stable identifier of one block of an article: `title`, `bullet-1`, `paragraph-3`, or a
/// part of a long paragraph split for translation, `paragraph-3.2`.
///
/// Translation maps block IDs to English, so outputs stay aligned block by block whatever a
/// provider does with the order of its reply.
public struct BlockID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The identifier as written in prompts, replies and outputs.
    public var rawValue: String

    /// Creates an identifier from its written form.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from a string literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The article's title.
    public static let title = BlockID("title")

    /// The summary bullet at `number` (counting from 1).
    public static func bullet(_ number: Int) -> BlockID { BlockID("bullet-\(number)") }

    /// The body paragraph at `number` (counting from 1).
    public static func paragraph(_ number: Int) -> BlockID { BlockID("paragraph-\(number)") }

    /// The identifier as written.
    public var description: String { rawValue }

    /// Orders title first, then bullets, then paragraphs, each by number.
    public static func < (left: BlockID, right: BlockID) -> Bool {
        left.sortKey < right.sortKey
    }

    private var sortKey: (Int, Int, String) {
        if rawValue == "title" { return (0, 0, rawValue) }
        if rawValue.hasPrefix("bullet-"), let number = Int(rawValue.dropFirst(7)) { return (1, number, rawValue) }
        if rawValue.hasPrefix("paragraph-"), let number = Int(rawValue.dropFirst(10).prefix { $0 != "." }) {
            return (2, number, rawValue)
        }
        return (3, 0, rawValue)
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
