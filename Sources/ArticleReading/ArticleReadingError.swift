/// Why an input could not be read as an article; each message names the input and
/// says what to do about it.
public enum ArticleReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path exists but cannot be opened or read (permissions, I/O error, ...).
    case unreadable(path: String, reason: String)
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path names a directory, not a file.
    case isDirectory(path: String)
    /// The input is empty or holds only whitespace.
    case empty(origin: String)
    /// The input is markup (HTML, Markdown) whose readable text is empty.
    case noText(origin: String, format: InputFormat)
    /// The input looks like binary data, not text.
    case binary(origin: String)
    /// The input is larger than the reader accepts. For standard input and other
    /// streams `bytes` is how much had been read when reading stopped.
    case tooLarge(origin: String, bytes: Int, limit: Int)
    /// A JSON Lines line is not a valid article object; `origin` is "file:LINE".
    case invalidJSONLine(origin: String, reason: String)
    /// A single article was asked for, but the JSON Lines input holds several.
    case multipleArticles(origin: String, count: Int)

    /// A message for the user: the input, the problem, and what to do.
    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): cannot read the file: \(reason)"
        case let .notFound(path):
            return "\(path): no such file; check the path (use - to read standard input)"
        case let .isDirectory(path):
            return "\(path): is a directory; give the path of an article file"
        case let .empty(origin):
            return "\(origin): the input is empty or only whitespace; there is no article to read"
        case let .noText(origin, format):
            return "\(origin): the \(format.displayName) holds no readable text"
                + " (only markup, scripts or navigation); check that it is the article itself"
        case let .binary(origin):
            return "\(origin): this looks like binary data, not text"
                + " (NUL or control bytes near the start); give a text, Markdown, HTML or JSON Lines file"
        case let .tooLarge(origin, bytes, limit):
            var (actual, allowed) = (Self.size(bytes), Self.size(limit))
            if actual == allowed { (actual, allowed) = ("\(bytes) bytes", "\(limit)-byte") }
            return "\(origin): \(actual) is more than the \(allowed) limit for one input;"
                + " split it into smaller files"
        case let .invalidJSONLine(origin, reason):
            return "\(origin): \(reason)"
        case let .multipleArticles(origin, count):
            return "\(origin): holds \(count) JSON Lines articles, not one; read it as a batch"
        }
    }

    /// A byte count in the unit a person reads most easily.
    private static func size(_ bytes: Int) -> String {
        let mebibyte = 1 << 20
        if bytes >= mebibyte {
            let tenths = (bytes * 10 + mebibyte / 2) / mebibyte
            return tenths % 10 == 0 ? "\(tenths / 10) MiB" : "\(tenths / 10).\(tenths % 10) MiB"
        }
        if bytes >= 1024 { return "\((bytes + 512) / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
