import Foundation

/// A place new stories come from, as a job file names it.
public enum StorySource: Sendable, Hashable, CustomStringConvertible {
    /// An RSS, Atom or JSON Feed document (`feed:` in a job file).
    case feed(URL)
    /// One article page (`url:` in a job file).
    case page(URL)

    /// The source's URL.
    public var url: URL {
        switch self {
        case let .feed(url), let .page(url): return url
        }
    }

    /// "feed https://…" or "page https://…", for messages.
    public var description: String {
        switch self {
        case let .feed(url): return "feed \(url.absoluteString)"
        case let .page(url): return "page \(url.absoluteString)"
        }
    }
}

/// What fetching one source produced: its new stories, or why it failed.
public struct SourceOutcome: Sendable {
    /// The source fetched.
    public var source: StorySource
    /// Its new stories, ready to process and then mark seen.
    public var stories: [FetchedStory]
    /// What failed: the whole source (a feed that could not be read, a page that could not be
    /// fetched), or single items of a feed while the others came out.
    public var failures: [FeedError]
    /// Whether a feed answered 304 Not Modified.
    public var notModified: Bool

    /// Creates an outcome.
    public init(source: StorySource, stories: [FetchedStory] = [], failures: [FeedError] = [], notModified: Bool = false) {
        self.source = source
        self.stories = stories
        self.failures = failures
        self.notModified = notModified
    }
}
