import ArticleReading
import Foundation
import GRDB
import HTTP
import IndonesianText
import Storage

/// Fetches the new stories of `feed:` and `url:` sources over HTTP and remembers which
/// stories were processed.
///
/// Every request carries the policy's `User-Agent`, size and time limits, waits its turn
/// for the host (`HostPoliteness`), and follows redirects itself up to the policy's limit,
/// refusing loops. Feeds are fetched with conditional GET (`If-None-Match`,
/// `If-Modified-Since`) once every story of their last full response is processed.
///
/// A story is new unless its normalized URL (`StoryURL`) or its content hash was marked seen.
/// Fetching never marks anything: call `markSeen(_:)` once a story is processed, so that a
/// run stopped halfway takes the rest next time.
///
/// ```swift
/// let fetcher = try SourceFetcher(database: try StoreDatabase.open(at: "warta.sqlite"), client: HTTPClient())
/// let fetch = try await fetcher.newStories(fromFeed: URL(string: "https://example.id/rss")!)
/// for story in fetch.stories {
///     // ... clean, summarize, translate, write ...
///     try fetcher.markSeen(story)
/// }
/// ```
public final class SourceFetcher: Sendable {
    /// The limits and manners of every request.
    public let policy: FetchPolicy
    /// Validators and seen stories.
    public let store: FeedsStore
    private let client: HTTPClient
    private let politeness: HostPoliteness
    private let reader: ArticleReader
    private let cleaner = ArticleCleaner()

    /// Creates a fetcher over `database` (the shared store; the feeds' tables are created if
    /// needed) and `client`, waiting between requests to a host on `clock`.
    public init(database: any DatabaseWriter, client: HTTPClient, policy: FetchPolicy = FetchPolicy(), clock: any PolitenessClock = ContinuousPolitenessClock()) throws(FeedError) {
        self.policy = policy
        self.store = try FeedsStore(database: database)
        self.client = client
        self.politeness = HostPoliteness(delay: policy.politenessDelay, clock: clock)
        self.reader = ArticleReader(sizeLimit: policy.maximumBytes)
    }

    // MARK: - Sources

    /// The new stories of every source, one outcome per source in the order given; never
    /// throws, since one failing source must not stop the others. Sources are fetched
    /// concurrently (requests to one host still wait their turn). A story listed by several
    /// sources comes out once, under the first, known by all its URLs.
    public func newStories(from sources: [StorySource]) async -> [SourceOutcome] {
        var outcomes = await withTaskGroup(of: (Int, SourceOutcome).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask { (index, await self.outcome(of: source)) }
            }
            var collected = [SourceOutcome?](repeating: nil, count: sources.count)
            for await (index, outcome) in group { collected[index] = outcome }
            return collected.compactMap { $0 }
        }
        // Where each content hash and URL first came out.
        var firstByHash: [ContentHash: (outcome: Int, story: Int)] = [:]
        var firstByKey: [String: (outcome: Int, story: Int)] = [:]
        for outcomeIndex in outcomes.indices {
            var kept: [FetchedStory] = []
            for story in outcomes[outcomeIndex].stories {
                let earlier = firstByHash[story.contentHash] ?? story.urlKeys.lazy.compactMap { firstByKey[$0] }.first
                if let earlier {
                    var first = earlier.outcome == outcomeIndex ? kept[earlier.story] : outcomes[earlier.outcome].stories[earlier.story]
                    first.urlKeys += story.urlKeys.filter { !first.urlKeys.contains($0) }
                    if earlier.outcome == outcomeIndex { kept[earlier.story] = first } else { outcomes[earlier.outcome].stories[earlier.story] = first }
                    continue
                }
                let position = (outcomeIndex, kept.count)
                firstByHash[story.contentHash] = position
                for key in story.urlKeys { firstByKey[key] = position }
                kept.append(story)
            }
            outcomes[outcomeIndex].stories = kept
        }
        return outcomes
    }

    private func outcome(of source: StorySource) async -> SourceOutcome {
        do {
            switch source {
            case let .feed(url):
                let fetch = try await newStories(fromFeed: url)
                return SourceOutcome(source: source, stories: fetch.stories, failures: fetch.failures, notModified: fetch.notModified)
            case let .page(url):
                let story = try await newStory(fromPage: url)
                return SourceOutcome(source: source, stories: story.map { [$0] } ?? [])
            }
        } catch {
            return SourceOutcome(source: source, failures: [error])
        }
    }

    /// The stories of the feed at `feedURL` not seen before. Throws when the feed itself
    /// cannot be fetched or read (an HTTP error status, a transport failure, a size, time or
    /// redirect limit, a malformed document); a new item whose page fails is reported in
    /// `FeedFetch.failures` and the other items still come out.
    public func newStories(fromFeed feedURL: URL) async throws(FeedError) -> FeedFetch {
        let feedKey = feedURL.absoluteString
        let validators = try store.validators(for: feedKey)
        let (response, _) = try await get(feedURL, extraHeaders: validators?.requestHeaders ?? [], accept: "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
        if response.status == 304 {
            return FeedFetch(feedURL: feedURL, notModified: true)
        }
        let feed = try FeedParser.parse(response.body, url: feedURL)

        // Each item once, by its normalized link (or, linking nowhere, by its id or title).
        var candidates: [(key: String, item: FeedItem)] = []
        var listed: Set<String> = []
        for item in feed.items {
            let key: String
            if let url = item.url {
                key = StoryURL.key(url)
            } else if let name = item.id ?? item.title {
                key = "feed-item:" + StoryURL.key(feedURL) + "#" + name
            } else {
                continue
            }
            if listed.insert(key).inserted { candidates.append((key, item)) }
        }
        let seen = try store.seenKeys(among: candidates.map(\.key))
        let unseen = candidates.filter { !seen.contains($0.key) }
        try store.recordResponse(
            of: feedKey,
            validators: FeedValidators(entityTag: response.header("ETag"), lastModified: response.header("Last-Modified")),
            unseenKeys: unseen.map(\.key)
        )

        var result = FeedFetch(feedURL: feedURL, notModified: false, feedTitle: feed.title)
        var positions: [ContentHash: Int] = [:]
        for (key, item) in unseen {
            do {
                let story = try await read(item: item, key: key, feed: feed, feedURL: feedURL)
                if try isKnown(story, besides: key) { continue }
                if let position = positions[story.contentHash] {
                    // The same text listed twice in this feed: one story known by both URLs.
                    result.stories[position].urlKeys += story.urlKeys.filter { !result.stories[position].urlKeys.contains($0) }
                    continue
                }
                positions[story.contentHash] = result.stories.count
                result.stories.append(story)
            } catch {
                result.failures.append(error)
            }
        }
        return result
    }

    /// The article page at `url` when it was not seen before (by URL, by its URL after
    /// redirects, or by content), else nil. Throws when it cannot be fetched or read.
    public func newStory(fromPage url: URL) async throws(FeedError) -> FetchedStory? {
        let key = StoryURL.key(url)
        if !(try store.seenKeys(among: [key]).isEmpty) { return nil }
        let story = try await readPage(url, key: key, item: nil, feed: nil, feedURL: nil)
        return try isKnown(story, besides: key) ? nil : story
    }

    /// Remembers `story` as processed, under its URLs and its content hash, so that no later
    /// fetch returns it again.
    public func markSeen(_ story: FetchedStory) throws(FeedError) {
        try store.markSeen(urlKeys: story.urlKeys, contentHash: story.contentHash, source: story.metadata.feedURL ?? story.metadata.url)
    }

    /// Whether `story` was seen under another of its URLs (the page after redirects) or with
    /// the same content under another URL. Such a story is then remembered under its new URLs
    /// too, so that the feed that lists it stops waiting for it to be processed.
    private func isKnown(_ story: FetchedStory, besides key: String) throws(FeedError) -> Bool {
        let otherKeys = story.urlKeys.filter { $0 != key }
        var known = try !store.seenKeys(among: otherKeys).isEmpty
        if !known { known = try store.isSeen(contentHash: story.contentHash) }
        if known { try markSeen(story) }
        return known
    }

    // MARK: - Reading stories

    private func read(item: FeedItem, key: String, feed: Feed, feedURL: URL) async throws(FeedError) -> FetchedStory {
        if policy.readsPages, let url = item.url {
            return try await readPage(url, key: key, item: item, feed: feed, feedURL: feedURL)
        }
        // The feed's own text stands for the page.
        let origin = item.url?.absoluteString ?? key
        guard let html = item.content ?? item.summary else {
            throw .unreadablePage(url: origin, reason: "the feed item has no content and its page is not fetched")
        }
        let article: RawArticle
        do {
            // JSON Feed's content_text is plain text, whose line breaks are its paragraphs.
            let format: InputFormat = html.contains("<") ? .html : .text
            article = try reader.read(contents: Array(html.utf8), origin: origin, id: key, format: format)
        } catch {
            throw .unreadablePage(url: origin, reason: error.description)
        }
        return story(article: article, page: PageMetadata(), url: item.url ?? feedURL, keys: [key], item: item, feed: feed, feedURL: feedURL)
    }

    private func readPage(_ url: URL, key: String, item: FeedItem?, feed: Feed?, feedURL: URL?) async throws(FeedError) -> FetchedStory {
        let (response, finalURL) = try await get(url, extraHeaders: [], accept: "text/html, application/xhtml+xml;q=0.9, */*;q=0.1")
        let bytes = [UInt8](response.body)
        let article: RawArticle
        do {
            article = try reader.read(contents: bytes, origin: finalURL.absoluteString, id: key, format: .html)
        } catch {
            throw .unreadablePage(url: url.absoluteString, reason: error.description)
        }
        let page = PageMetadataReader.read(String(decoding: bytes, as: UTF8.self))
        var keys = [key]
        let finalKey = StoryURL.key(finalURL)
        if finalKey != key { keys.append(finalKey) }
        return story(article: article, page: page, url: finalURL, keys: keys, item: item, feed: feed, feedURL: feedURL)
    }

    private func story(article: RawArticle, page: PageMetadata, url: URL, keys: [String], item: FeedItem?, feed: Feed?, feedURL: URL?) -> FetchedStory {
        var article = article
        if article.title == nil { article.title = page.headline ?? item?.title }
        let date = page.published.map { FeedDate.iso8601($0) ?? $0 } ?? item?.published.map { FeedDate.iso8601($0) }
        let metadata = StoryMetadata(
            title: article.title,
            publisher: page.publisher ?? feed?.title ?? url.host,
            date: date,
            author: page.author ?? item?.author,
            url: url.absoluteString,
            feedURL: feedURL?.absoluteString
        )
        return FetchedStory(article: article, metadata: metadata, url: url, contentHash: contentHash(of: article), urlKeys: keys)
    }

    /// The hash of the cleaned paragraphs: page furniture around the story (a "read also"
    /// link, a changing counter) then does not make the same story look new.
    private func contentHash(of article: RawArticle) -> ContentHash {
        let paragraphs = cleaner.clean(article.text, title: article.title).paragraphs
        return ContentHash(paragraphs.isEmpty ? article.text : paragraphs.joined(separator: "\n"))
    }

    // MARK: - HTTP

    /// GETs `url`, following redirects; returns the final response (200 or 304) and its URL.
    private func get(_ url: URL, extraHeaders: [(name: String, value: String)], accept: String) async throws(FeedError) -> (HTTPResponse, URL) {
        var current = url
        var chain = [url.absoluteString]
        for _ in 0...policy.maximumRedirects {
            let host = current.host ?? ""
            do {
                try await politeness.waitForTurn(host: host)
            } catch {
                throw .transport(url: current.absoluteString, reason: "the request was cancelled")
            }
            let request = HTTPRequest(
                url: current,
                headers: [("User-Agent", policy.userAgent), ("Accept", accept)] + extraHeaders,
                timeouts: policy.timeouts,
                maximumResponseBytes: policy.maximumBytes
            )
            let response: HTTPResponse
            do {
                response = try await client.send(request)
            } catch {
                throw FeedError.from(error, url: current.absoluteString)
            }
            switch response.status {
            case 200, 304:
                return (response, current)
            case 301, 302, 303, 307, 308:
                guard let location = response.header("Location"), let next = FeedParser.link(location, base: current) else {
                    throw .redirectWithoutLocation(url: current.absoluteString, status: response.status)
                }
                if chain.contains(next.absoluteString) {
                    throw .redirectLoop(url: url.absoluteString, chain: chain + [next.absoluteString])
                }
                chain.append(next.absoluteString)
                current = next
            default:
                throw .httpStatus(url: current.absoluteString, status: response.status)
            }
        }
        throw .tooManyRedirects(url: url.absoluteString, limit: policy.maximumRedirects)
    }
}
