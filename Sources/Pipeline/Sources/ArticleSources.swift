import Feeds
import Foundation
import GRDB
import HTTP
import Translation

/// Lists every article of a job's sources: files through `ArticleCollector`, feeds and pages
/// through the feeds module (new stories only). Feed stories are remembered as seen only once
/// their task is done, so a crash never loses one.
struct ArticleSources: Sendable {
    let job: JobDefinition
    let database: any DatabaseWriter
    let http: HTTPClient
    /// Set for dry runs: nothing is recorded about feeds either.
    var marksNothing = false

    /// What the sources gave besides their articles.
    struct Collection: Sendable {
        var articles = 0
        var failures: [String] = []
        var stories: [String: FetchedStory] = [:]
        var fetcher: SourceFetcher?

        /// Remembers the stories whose tasks are done (by queue key) as seen.
        func markSeen(doneKeys: Set<String>) throws {
            guard let fetcher else { return }
            for (key, story) in stories where doneKeys.contains(key) {
                try fetcher.markSeen(story)
            }
        }
    }

    /// Hands every article of the job's sources to `body`, a slice at a time, and returns what
    /// else the sources gave (failures, the feed stories to mark seen once done).
    func forEachBatch(_ body: ([QueuedArticle]) async throws -> Void) async throws -> Collection {
        var collection = Collection()
        let collector = ArticleCollector()
        for source in job.sources {
            switch source {
            case .files, .directory, .jsonLines:
                try await collector.forEachBatch(from: source) { batch in
                    collection.articles += batch.count
                    try await body(batch)
                }
            case let .feed(url):
                guard let fetcher = fetcher(&collection) else { continue }
                var batch: [QueuedArticle] = []
                do {
                    let fetch = try await fetcher.newStories(fromFeed: url)
                    for story in fetch.stories { batch.append(add(story, to: &collection)) }
                    collection.failures += fetch.failures.map(\.description)
                } catch {
                    collection.failures.append(error.description)
                }
                collection.articles += batch.count
                if !batch.isEmpty { try await body(batch) }
            case let .page(url):
                guard let fetcher = fetcher(&collection) else { continue }
                do {
                    if let story = try await fetcher.newStory(fromPage: url) {
                        collection.articles += 1
                        try await body([add(story, to: &collection)])
                    }
                } catch let error as FeedError {
                    collection.failures.append(error.description)
                }
            }
        }
        return collection
    }

    private func fetcher(_ collection: inout Collection) -> SourceFetcher? {
        if let fetcher = collection.fetcher { return fetcher }
        do {
            collection.fetcher = try SourceFetcher(database: database, client: http)
        } catch {
            collection.failures.append("feeds: \(error)")
        }
        return collection.fetcher
    }

    private func add(_ story: FetchedStory, to collection: inout Collection) -> QueuedArticle {
        let metadata = ArticleMetadata(
            publisher: story.metadata.publisher, date: story.metadata.date, author: story.metadata.author,
            url: story.metadata.url, origin: story.metadata.url
        )
        var article = QueuedArticle(story.article, metadata: metadata)
        if article.title == nil { article.title = story.metadata.title }
        collection.stories[article.queueKey] = story
        return article
    }
}
