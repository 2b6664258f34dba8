import Foundation

/// What one fetch of a feed produced.
public struct FeedFetch: Sendable {
    /// The feed's URL as given.
    public var feedURL: URL
    /// Whether the server answered 304 Not Modified: nothing changed since the last fetch.
    public var notModified: Bool
    /// The feed's title, when it was read.
    public var feedTitle: String?
    /// The stories not seen before, in the feed's order, read and ready to process.
    public var stories: [FetchedStory]
    /// The new items whose page could not be fetched or read; they are tried again next run,
    /// since they were not marked seen.
    public var failures: [FeedError]

    /// Creates a result.
    public init(feedURL: URL, notModified: Bool, feedTitle: String? = nil, stories: [FetchedStory] = [], failures: [FeedError] = []) {
        self.feedURL = feedURL
        self.notModified = notModified
        self.feedTitle = feedTitle
        self.stories = stories
        self.failures = failures
    }
}
