import ArticleReading
import Foundation
import Storage
import Translation

/// An article as a queued task carries it: self-contained, so a task can be processed (or
/// retried after a crash) without going back to its source. An input that could not be read
/// is queued too, with its error, so it ends as a clear failure in the run while the rest goes on.
public struct QueuedArticle: Sendable, Hashable, Codable {
    /// The article's identifier: the JSON `id`, the file name, or the URL.
    public var id: String
    /// The headline the input supplied, if any.
    public var title: String?
    /// The raw text, before cleaning; empty when `readError` is set.
    public var text: String
    /// Where it was read from: "samples/a.txt", "batch.jsonl:7", a URL.
    public var origin: String
    /// Publisher, date, author and URL, when the source knows them.
    public var metadata: ArticleMetadata
    /// Why the input could not be read, if it could not.
    public var readError: String?

    /// Creates a queued article.
    public init(id: String, title: String? = nil, text: String, origin: String, metadata: ArticleMetadata = ArticleMetadata(), readError: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.origin = origin
        self.metadata = metadata
        self.readError = readError
    }

    /// A queued article from what a reader read.
    public init(_ article: RawArticle, metadata: ArticleMetadata = ArticleMetadata()) {
        var metadata = metadata
        if metadata.origin == nil { metadata.origin = article.origin }
        self.init(id: article.id, title: article.title, text: article.text, origin: article.origin, metadata: metadata)
    }

    /// The article's identity in the queue: its URL when it has one, else a hash of its
    /// content, so the same article listed twice is queued once.
    public var queueKey: String {
        if let url = metadata.url { return "url:" + url }
        if let readError { return "error:" + ContentHash(parts: [origin, readError]).hex }
        return "content:" + ContentHash(parts: [title ?? "", text]).hex
    }
}
