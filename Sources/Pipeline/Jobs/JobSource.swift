import Foundation

/// Where a job takes its articles from, as listed under `sources:`.
public enum JobSource: Sendable, Hashable, CustomStringConvertible {
    /// Files matching a glob pattern (`*`, `?`, `**` for any depth), resolved against the job
    /// file's directory: text, Markdown, HTML or JSON Lines, judged by extension.
    case files(pattern: String)
    /// Every readable article file directly in a directory (and below, when recursive).
    case directory(path: String, recursive: Bool)
    /// A JSON Lines file of `{"id", "title"?, "text", "url"?}` articles.
    case jsonLines(path: String)
    /// An RSS, Atom or JSON Feed: its new stories.
    case feed(URL)
    /// One article page on the web.
    case page(URL)

    /// The source as written in a job file.
    public var description: String {
        switch self {
        case let .files(pattern): "files: \(pattern)"
        case let .directory(path, recursive): "directory: \(path)\(recursive ? " (recursive)" : "")"
        case let .jsonLines(path): "jsonl: \(path)"
        case let .feed(url): "feed: \(url.absoluteString)"
        case let .page(url): "url: \(url.absoluteString)"
        }
    }
}
