import Feeds
import Foundation
import HTTP
import Storage
import Synchronization
import Testing
import WartaTestSupport

/// What the test site lists and serves, changed by the test between runs.
private final class SiteContent: Sendable {
    let listed: Mutex<[FeedFixtures.Story]>

    init(_ stories: [FeedFixtures.Story]) {
        listed = Mutex(stories)
    }

    func story(at slug: String) -> FeedFixtures.Story? {
        listed.withLock { $0.first { $0.slug == slug } }
    }
}

/// A small news site on the loopback server: an RSS feed of the stories currently listed
/// (with an ETag, answering 304 to a matching If-None-Match) and one page per story.
private final class TestSite: Sendable {
    let server = LoopbackHTTPServer()
    private let content: SiteContent

    init(_ stories: [FeedFixtures.Story]) {
        let content = SiteContent(stories)
        self.content = content
        let base = server.baseURL
        server.handler = { request in
            let path = request.path.split(separator: "?").first.map(String.init) ?? request.path
            if path == "/rss.xml" {
                let stories = content.listed.withLock { $0 }
                let tag = "\"" + stories.map(\.slug).joined(separator: "+") + "\""
                if request.header("If-None-Match") == tag { return ScriptedReply(status: 304, headers: [("ETag", tag)]) }
                return .text(FeedFixtures.rss(stories, site: base), headers: [("Content-Type", "application/rss+xml"), ("ETag", tag)])
            }
            if path.hasPrefix("/berita/"), let story = content.story(at: String(path.dropFirst("/berita/".count))) {
                return .text(FeedFixtures.page(story), headers: [("Content-Type", "text/html; charset=utf-8")])
            }
            return LoopbackHTTPServer.notFound(request)
        }
    }

    deinit { server.stop() }

    var feedURL: URL { server.url("/rss.xml") }

    func list(_ stories: [FeedFixtures.Story]) {
        content.listed.withLock { $0 = stories }
    }

    func pageURL(_ slug: String) -> URL { server.url("/berita/\(slug)") }
}

@Suite struct SourceFetcherTests {
    private let client = HTTPClient()

    private func fetcher(policy: FetchPolicy = FetchPolicy(version: "9.8.7"), clock: RecordingClock = RecordingClock()) throws -> SourceFetcher {
        try SourceFetcher(database: StoreDatabase.openInMemory(), client: client, policy: policy, clock: clock)
    }

    private func error<T>(of body: () async throws(FeedError) -> T) async -> FeedError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }

    // MARK: - New stories

    @Test func aFeedThatGainsItemsGivesOnlyTheNewOnesNextRun() async throws {
        let site = TestSite([FeedFixtures.bridge, FeedFixtures.market])
        let fetcher = try fetcher()

        let first = try await fetcher.newStories(fromFeed: site.feedURL)
        #expect(first.stories.map(\.article.title) == [FeedFixtures.bridge.title, FeedFixtures.market.title])
        #expect(first.failures.isEmpty)
        for story in first.stories { try fetcher.markSeen(story) }

        site.list([FeedFixtures.kites, FeedFixtures.bridge, FeedFixtures.market])
        let second = try await fetcher.newStories(fromFeed: site.feedURL)
        #expect(second.stories.map(\.article.title) == [FeedFixtures.kites.title])
        #expect(!second.notModified)
    }

    @Test func aStoryNotMarkedSeenComesBackNextRun() async throws {
        let site = TestSite([FeedFixtures.bridge, FeedFixtures.market])
        let fetcher = try fetcher()

        let first = try await fetcher.newStories(fromFeed: site.feedURL)
        try fetcher.markSeen(first.stories[0])
        let second = try await fetcher.newStories(fromFeed: site.feedURL)

        #expect(second.stories.map(\.article.title) == [FeedFixtures.market.title])
        let feedRequests = site.server.requests.filter { $0.path == "/rss.xml" }
        #expect(feedRequests.count == 2)
        #expect(feedRequests[1].header("If-None-Match") == nil, "a pending story must not be hidden by a 304")
    }

    @Test func anUnchangedFeedIsAnswered304WithNoStoriesAndNoError() async throws {
        let site = TestSite([FeedFixtures.bridge])
        let fetcher = try fetcher()
        for story in try await fetcher.newStories(fromFeed: site.feedURL).stories { try fetcher.markSeen(story) }

        let again = try await fetcher.newStories(fromFeed: site.feedURL)

        #expect(again.notModified)
        #expect(again.stories.isEmpty && again.failures.isEmpty)
        #expect(site.server.requests.last?.header("If-None-Match") == "\"\(FeedFixtures.bridge.slug)\"")
    }

    @Test func theSameStoryUnderANewURLIsNotTakenAgain() async throws {
        let site = TestSite([FeedFixtures.bridge])
        let fetcher = try fetcher()
        for story in try await fetcher.newStories(fromFeed: site.feedURL).stories { try fetcher.markSeen(story) }

        var moved = FeedFixtures.bridge
        moved.slug = "jembatan-bambu-sukamaju-diperbarui"
        site.list([moved])
        let again = try await fetcher.newStories(fromFeed: site.feedURL)

        #expect(again.stories.isEmpty, "same text, new URL")
        #expect(site.server.requests.contains { $0.path.hasPrefix("/berita/\(moved.slug)?") }, "the page was read to compare its text")
        let third = try await fetcher.newStories(fromFeed: site.feedURL)
        #expect(third.notModified, "the moved story counts as seen, so the feed is asked conditionally")
    }

    @Test func aStoryListedTwiceComesOutOnceKnownByBothURLs() async throws {
        var copy = FeedFixtures.bridge
        copy.slug = "salinan-jembatan"
        let site = TestSite([FeedFixtures.bridge, copy])
        let fetcher = try fetcher()

        let fetch = try await fetcher.newStories(fromFeed: site.feedURL)

        let story = try #require(fetch.stories.first)
        #expect(fetch.stories.count == 1)
        #expect(story.urlKeys == [StoryURL.key(site.pageURL(FeedFixtures.bridge.slug)), StoryURL.key(site.pageURL(copy.slug))])
    }

    // MARK: - Pages

    @Test func aPageBecomesItsArticleWithoutMenusSidebarsOrFooters() async throws {
        let site = TestSite([FeedFixtures.market])
        let fetcher = try fetcher()
        let story = try #require(try await fetcher.newStories(fromFeed: site.feedURL).stories.first)

        #expect(story.article.title == FeedFixtures.market.title)
        #expect(story.article.text == FeedFixtures.market.paragraphs.joined(separator: "\n\n"))
        #expect(story.metadata.publisher == "Kabar Desa Online")
        #expect(story.metadata.author == "Nur Aini, Bayu Pratama")
        #expect(story.metadata.date == "2026-11-30T06:15:00+07:00")
        #expect(story.metadata.feedURL == site.feedURL.absoluteString)
        let pageKey = "http://127.0.0.1:\(site.server.port)/berita/\(FeedFixtures.market.slug)"
        #expect(story.urlKeys == [pageKey], "tracking parameters are not part of the story's identity")
        #expect(story.article.id == pageKey)
    }

    @Test func aURLSourceGivesItsStoryOnceMarkedSeen() async throws {
        let site = TestSite([FeedFixtures.kites])
        let fetcher = try fetcher()
        let url = site.pageURL(FeedFixtures.kites.slug)

        let story = try #require(try await fetcher.newStory(fromPage: url))
        #expect(story.metadata.title == FeedFixtures.kites.title)
        #expect(story.metadata.feedURL == nil)
        #expect(try await fetcher.newStory(fromPage: url) != nil, "not processed yet")

        try fetcher.markSeen(story)
        #expect(try await fetcher.newStory(fromPage: url) == nil)
        #expect(try await fetcher.newStory(fromPage: site.server.url("/berita/\(FeedFixtures.kites.slug)?utm_campaign=pagi#atas")) == nil)
    }

    @Test func feedItemsCanBeReadFromTheFeedItselfWithoutFetchingPages() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.json("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Suara Lembah",
             "items": [{"id": "1", "url": "https://lembah.example/panen", "title": "Panen Raya di Lembah Hijau",
               "date_published": "2026-11-28T09:00:00+07:00", "authors": [{"name": "Rudi Hartono"}],
               "content_html": "<p>Petani di Lembah Hijau memulai panen raya padi pada Sabtu pagi dengan upacara syukuran sederhana di balai desa.</p><p>Hasil panen tahun ini diperkirakan naik karena hujan turun tepat waktu sepanjang musim tanam.</p>"}]}
            """, headers: [("Content-Type", "application/feed+json")]))
        let fetcher = try fetcher(policy: FetchPolicy(readsPages: false))

        let fetch = try await fetcher.newStories(fromFeed: server.url("/feed.json"))

        let story = try #require(fetch.stories.first)
        #expect(story.article.title == "Panen Raya di Lembah Hijau")
        #expect(story.article.text.hasPrefix("Petani di Lembah Hijau"))
        #expect(story.metadata.publisher == "Suara Lembah")
        #expect(story.metadata.author == "Rudi Hartono")
        #expect(story.metadata.date == "2026-11-28T02:00:00Z")
        #expect(server.requestCount == 1, "no page was fetched")
    }

    @Test func plainTextContentKeepsItsParagraphs() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.json("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Suara Lembah",
             "items": [{"id": "2", "title": "Jalan Desa Diperbaiki",
               "content_text": "Jalan desa sepanjang tiga kilometer mulai diperbaiki pekan ini.\\nPerbaikan ditargetkan selesai sebelum musim hujan tiba."}]}
            """))
        let fetcher = try fetcher(policy: FetchPolicy(readsPages: false))

        let story = try #require(try await fetcher.newStories(fromFeed: server.url("/feed.json")).stories.first)

        #expect(story.article.text == "Jalan desa sepanjang tiga kilometer mulai diperbaiki pekan ini.\nPerbaikan ditargetkan selesai sebelum musim hujan tiba.")
        #expect(story.url == server.url("/feed.json"), "an item linking nowhere is known by its feed")
    }

    @Test func anAtomFeedIsFetchedLikeAnRSSFeed() async throws {
        let site = TestSite([FeedFixtures.bridge])
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Desa (Atom)</title>
            <entry><title>\(FeedFixtures.bridge.title)</title><id>urn:kabar:1</id>
            <link href="\(site.pageURL(FeedFixtures.bridge.slug).absoluteString)"/>
            <updated>2026-11-30T06:00:00+07:00</updated></entry></feed>
            """
        site.server.enqueue(.text(atom, headers: [("Content-Type", "application/atom+xml")]))
        let fetcher = try fetcher()

        let fetch = try await fetcher.newStories(fromFeed: site.server.url("/atom.xml"))

        #expect(fetch.feedTitle == "Kabar Desa (Atom)")
        #expect(fetch.stories.map(\.article.title) == [FeedFixtures.bridge.title])
    }

    // MARK: - Failures

    @Test func aServerErrorIsAClearErrorAndOtherFeedsContinue() async throws {
        let site = TestSite([FeedFixtures.bridge])
        site.server.enqueue(.text("internal error", status: 500))
        let fetcher = try fetcher()
        let brokenFeed = site.server.url("/rusak.xml")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStories(fromFeed: brokenFeed) }
        #expect(failure == .httpStatus(url: brokenFeed.absoluteString, status: 500))
        #expect(failure?.description.contains("HTTP 500") == true)

        let other = try await fetcher.newStories(fromFeed: site.feedURL)
        #expect(other.stories.count == 1)
    }

    @Test func aMalformedFeedIsAnErrorNamingTheFeed() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.text("<rss version=\"2.0\"><channel><item><title>Putus", headers: [("Content-Type", "application/rss+xml")]))
        let fetcher = try fetcher()
        let url = server.url("/rss.xml")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStories(fromFeed: url) }

        guard case let .malformedFeed(failedURL, _)? = failure else {
            Issue.record("expected a malformed feed, got \(String(describing: failure))")
            return
        }
        #expect(failedURL == url.absoluteString)
    }

    @Test func aTwentyMegabytePageIsRefusedByTheSizeLimit() async throws {
        let site = TestSite([FeedFixtures.bridge])
        let huge = "<html><body><p>" + String(repeating: "Berita panjang sekali. ", count: (20 << 20) / 23) + "</p></body></html>"
        site.server.enqueue(.text(huge, headers: [("Content-Type", "text/html")]))
        let fetcher = try fetcher()
        let url = site.server.url("/berita/raksasa")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStory(fromPage: url) }

        #expect(failure == .tooLarge(url: url.absoluteString, limit: 5 << 20))
        #expect(try await fetcher.newStory(fromPage: site.pageURL(FeedFixtures.bridge.slug)) != nil, "the fetcher still works")
    }

    @Test func aPageSentInChunksWithoutALengthIsCutOffAtTheSizeLimit() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        let megabyte = Data(String(repeating: "<p>Berita panjang sekali.</p>\n", count: (1 << 20) / 30).utf8)
        server.enqueue(.chunked(chunks: Array(repeating: megabyte, count: 20), headers: [("Content-Type", "text/html")]))
        let fetcher = try fetcher()
        let url = server.url("/berita/tanpa-panjang")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStory(fromPage: url) }

        #expect(failure == .tooLarge(url: url.absoluteString, limit: 5 << 20))
    }

    @Test func aFailingPageIsReportedWhileTheFeedsOtherStoriesComeOut() async throws {
        let site = TestSite([FeedFixtures.bridge, FeedFixtures.market])
        site.server.enqueue(.text(FeedFixtures.rss([FeedFixtures.bridge, FeedFixtures.kites], site: site.server.baseURL), headers: [("Content-Type", "application/rss+xml")]))
        let fetcher = try fetcher()

        let fetch = try await fetcher.newStories(fromFeed: site.feedURL)

        #expect(fetch.stories.map(\.article.title) == [FeedFixtures.bridge.title])
        #expect(fetch.failures.count == 1)
        #expect(fetch.failures.first?.description.contains(FeedFixtures.kites.slug) == true)
    }

    @Test func aRedirectLoopIsAnError() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.handler = { request in
            let target = request.path == "/satu" ? "/dua" : "/satu"
            return ScriptedReply(status: 302, headers: [("Location", target)])
        }
        let fetcher = try fetcher()
        let url = server.url("/satu")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStory(fromPage: url) }

        guard case let .redirectLoop(failedURL, chain)? = failure else {
            Issue.record("expected a redirect loop, got \(String(describing: failure))")
            return
        }
        #expect(failedURL == url.absoluteString)
        #expect(chain.map { $0.hasSuffix("/satu") ? "satu" : "dua" } == ["satu", "dua", "satu"])
        #expect(server.requestCount == 2)
    }

    @Test func redirectsAreFollowedUpToTheLimit() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.handler = { request in
            let step = Int(request.path.dropFirst("/langkah/".count)) ?? 0
            return ScriptedReply(status: 301, headers: [("Location", "/langkah/\(step + 1)")])
        }
        let fetcher = try fetcher(policy: FetchPolicy(maximumRedirects: 3))
        let url = server.url("/langkah/0")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStory(fromPage: url) }

        #expect(failure == .tooManyRedirects(url: url.absoluteString, limit: 3))
        #expect(server.requestCount == 4)
    }

    @Test func aRedirectedPageIsKnownByBothURLs() async throws {
        let site = TestSite([FeedFixtures.kites])
        site.server.enqueue(ScriptedReply(status: 301, headers: [("Location", "/berita/\(FeedFixtures.kites.slug)")]))
        let fetcher = try fetcher()
        let shortURL = site.server.url("/s/k1")

        let story = try #require(try await fetcher.newStory(fromPage: shortURL))

        #expect(story.url == site.pageURL(FeedFixtures.kites.slug))
        #expect(story.urlKeys == [StoryURL.key(shortURL), StoryURL.key(site.pageURL(FeedFixtures.kites.slug))])
        try fetcher.markSeen(story)
        #expect(try await fetcher.newStory(fromPage: site.pageURL(FeedFixtures.kites.slug)) == nil)
    }

    @Test func aStalledServerRunsIntoTheTimeLimit() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.stall)
        let fetcher = try fetcher(policy: FetchPolicy(timeouts: HTTPTimeouts(connect: .seconds(2), total: .seconds(1))))
        let url = server.url("/lambat")

        let failure = await error { () async throws(FeedError) in try await fetcher.newStory(fromPage: url) }

        guard case .timedOut(url.absoluteString, _)? = failure else {
            Issue.record("expected a time-out, got \(String(describing: failure))")
            return
        }
    }

    // MARK: - Several sources

    @Test func severalSourcesGiveOneOutcomeEachAndAFailingOneStopsNoOther() async throws {
        let site = TestSite([FeedFixtures.bridge, FeedFixtures.market])
        let other = TestSite([FeedFixtures.market, FeedFixtures.kites])
        let broken = LoopbackHTTPServer()
        defer { broken.stop() }
        broken.handler = { _ in .text("rusak", status: 500) }
        let fetcher = try fetcher()
        let sources: [StorySource] = [
            .feed(site.feedURL), .feed(broken.url("/rss.xml")), .feed(other.feedURL), .page(other.pageURL(FeedFixtures.kites.slug)),
        ]

        let outcomes = await fetcher.newStories(from: sources)

        #expect(outcomes.map(\.source) == sources)
        #expect(outcomes[0].stories.map(\.article.title) == [FeedFixtures.bridge.title, FeedFixtures.market.title])
        #expect(outcomes[1].failures == [.httpStatus(url: broken.url("/rss.xml").absoluteString, status: 500)])
        #expect(outcomes[2].stories.map(\.article.title) == [FeedFixtures.kites.title], "the market story came out under the first feed")
        #expect(outcomes[3].stories.isEmpty, "the kites page came out under the second feed")
        let market = outcomes[0].stories[1]
        #expect(market.urlKeys.contains(StoryURL.key(other.pageURL(FeedFixtures.market.slug))), "known by the other site's URL too")
    }

    // MARK: - Manners

    @Test func everyRequestNamesWartaAndItsVersion() async throws {
        let site = TestSite([FeedFixtures.bridge])
        let fetcher = try fetcher()
        _ = try await fetcher.newStories(fromFeed: site.feedURL)
        let agents = Set(site.server.requests.map { $0.header("User-Agent") ?? "" })
        #expect(agents == ["Warta/9.8.7 (Indonesian news summarizer)"])
    }

    @Test func requestsToOneHostWaitThePolitenessDelay() async throws {
        let site = TestSite([FeedFixtures.bridge, FeedFixtures.market])
        let clock = RecordingClock()
        let fetcher = try fetcher(policy: FetchPolicy(politenessDelay: .seconds(3)), clock: clock)

        _ = try await fetcher.newStories(fromFeed: site.feedURL)

        #expect(site.server.requestCount == 3)
        #expect(clock.sleeps == [.seconds(3), .seconds(3)], "the feed goes at once, each page waits its turn")
    }
}
