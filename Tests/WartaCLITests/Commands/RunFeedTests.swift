import Foundation
import Testing
import WartaTestSupport

/// Jobs whose sources are feeds: new stories only, each processed once across runs.
@Suite(.serialized) struct RunFeedTests {
    /// An RSS feed listing `count` stories whose pages the same server serves.
    static func feed(_ count: Int, base: URL) -> String {
        let items = (0..<count).map { index in
            "<item><title>Berita \(index)</title><link>\(base.absoluteString)/berita/\(index)</link><guid>berita-\(index)</guid><pubDate>Mon, 30 Nov 2026 06:00:00 +0700</pubDate></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Sambara</title><link>\(base.absoluteString)</link>\(items.joined())</channel></rss>"
    }

    static func page(_ index: Int) -> String {
        let article = ArticleGenerator.article(index)
        let paragraphs = article.text.components(separatedBy: "\n\n").map { "<p>\($0)</p>" }.joined()
        return """
            <html><head><title>\(article.title) - Kabar Sambara</title>
            <meta property="og:title" content="\(article.title)"><meta name="author" content="Redaksi Sambara">
            <meta property="article:published_time" content="2026-11-30T06:00:00+07:00"></head>
            <body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
            <article><h1>\(article.title)</h1>\(paragraphs)</article>
            <footer>Hak cipta Kabar Sambara</footer></body></html>
            """
    }

    @Test func aFeedThatGainsStoriesGivesOnlyTheNewOnesToTheNextRun() throws {
        let workspace = try JobWorkspace()
        let stories = StoryCount(3)
        let server = LoopbackHTTPServer { request in
            if request.path == "/rss.xml" {
                let base = URL(string: "http://\(request.header("Host") ?? "127.0.0.1")")!
                return .text(Self.feed(stories.value, base: base), headers: [("Content-Type", "application/rss+xml")])
            }
            if request.path.hasPrefix("/berita/"), let index = Int(request.path.dropFirst(8)) {
                return .text(Self.page(index), headers: [("Content-Type", "text/html; charset=utf-8")])
            }
            return .text("not found", status: 404)
        }
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try workspace.writeJob(provider: "local", sources: "  - feed: \(server.url("/rss.xml").absoluteString)")
        let first = try workspace.warta(["run", "job.yml"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardError.contains("3 newly queued"), "\(first.standardError)")
        let digest = try String(contentsOf: workspace.outputURL.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        #expect(digest.contains("Bangun 3 Unit"))

        stories.value = 5
        let second = try workspace.warta(["run", "job.yml"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardError.contains("2 newly queued"), "\(second.standardError)")
        let third = try workspace.warta(["run", "job.yml"])
        #expect(third.standardError.contains("0 newly queued"), "\(third.standardError)")
        let pages = server.requests.filter { $0.path.hasPrefix("/berita/") }.map(\.path)
        #expect(Set(pages).count == 5)
        let json = try String(contentsOf: workspace.outputURL.appendingPathComponent(try #require(workspace.outputFiles().first { $0.hasSuffix(".json") && $0 != "articles.jsonl" })), encoding: .utf8)
        #expect(json.contains("Redaksi Sambara"))
    }
}

/// A number the server handler reads while the test changes it.
final class StoryCount: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Int
    init(_ value: Int) { stored = value }
    var value: Int {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
