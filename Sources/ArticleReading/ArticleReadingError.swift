/// Why an input could not be read as an article; each message names the input.
public enum ArticleReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist or cannot be opened.
    case unreadable(path: String, reason: String)
    /// The input holds no text.
    case empty(origin: String)
    /// The input looks like binary data, not text.
    case binary(origin: String)
    /// The input is larger than the reader accepts.
    case tooLarge(origin: String, bytes: Int, limit: Int)
    /// A JSON Lines line is not a valid article object.
    case invalidJSONLine(origin: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .empty(origin): return "\(origin): the input is empty"
        case let .binary(origin): return "\(origin): this looks like binary data, not text"
        case let .tooLarge(origin, bytes, limit):
            return "\(origin): \(bytes) bytes is more than the \(limit)-byte limit for one article"
        case let .invalidJSONLine(origin, reason): return "\(origin): \(reason)"
        }
    }
}
