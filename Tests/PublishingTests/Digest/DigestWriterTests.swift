import Testing
import Foundation
import Publishing
import Translation

@Suite("Run digest")
struct DigestWriterTests {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 11:06 UTC

    /// Writes `articles` as a run would: pages first, then their digest entries.
    @discardableResult
    private func run(_ articles: [BilingualArticle], in directory: TemporaryDirectory, notes: [String] = []) throws -> [URL] {
        let pages = try ArticleWriter(directory: directory.url, formats: [.markdown, .json, .html], synchronize: false)
        let digest = try DigestWriter(directory: directory.url, runName: "pagi", date: Self.date, synchronize: false)
        for article in articles {
            try digest.append(DigestEntry(article: article, files: try pages.write(article)))
        }
        return try digest.finish(notes: notes)
    }

    @Test("writes digest.md, digest.html and articles.jsonl, and nothing temporary stays")
    func writesFiles() throws {
        let directory = try TemporaryDirectory()
        let files = try run([SampleArticles.translated(), SampleArticles.mixed()], in: directory)
        #expect(files.map(\.lastPathComponent) == ["digest.md", "digest.html", "articles.jsonl"])
        #expect(try directory.names().filter { $0.hasPrefix(".") } == [])
    }

    @Test("the summary line gives the counts, the providers and the date")
    func summaryLine() throws {
        let directory = try TemporaryDirectory()
        try run([SampleArticles.translated(), SampleArticles.mixed(), SampleArticles.untranslated()], in: directory, notes: ["Requests: 4"])
        let expected = "3 articles: 1 translated, 1 partly translated, 1 Indonesian only · English by deepl, local · 2026-11-18 11:06 UTC"
        let markdown = try directory.text("digest.md")
        #expect(markdown.contains(expected))
        #expect(markdown.contains("Requests: 4"))
        #expect(try directory.text("digest.html").contains(expected))
    }

    @Test("every article's title and bullets appear in both languages, linked to its page")
    func linksPages() throws {
        let directory = try TemporaryDirectory()
        try run([SampleArticles.translated(), SampleArticles.mixed()], in: directory)
        let html = try directory.text("digest.html")
        #expect(html.contains("<a href=\"banjir-jakarta.html\">Banjir melanda Jakarta Utara</a>"))
        #expect(html.contains("<a href=\"banjir-jakarta.html\">Floods hit North Jakarta</a>"))
        #expect(html.contains("Hundreds of residents took shelter in a mosque."))
        #expect(html.contains("<a href=\"campuran.json\">JSON</a>"))
        let markdown = try directory.text("digest.md")
        #expect(markdown.contains("## [Banjir melanda Jakarta Utara](banjir-jakarta.md)"))
        #expect(markdown.contains("  - EN: Hundreds of residents took shelter in a mosque."))
    }

    @Test("articles.jsonl has one line per article with relative file names")
    func writesLines() throws {
        let directory = try TemporaryDirectory()
        try run([SampleArticles.translated(), SampleArticles.mixed()], in: directory)
        let lines = try directory.text("articles.jsonl").split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONDecoder().decode(DigestEntry.self, from: Data(lines[0].utf8))
        #expect(first.id == "banjir-jakarta")
        #expect(first.files == ["banjir-jakarta.md", "banjir-jakarta.json", "banjir-jakarta.html"])
        let second = try JSONDecoder().decode(DigestEntry.self, from: Data(lines[1].utf8))
        #expect(second.status == .partial)
    }

    @Test("hostile titles and bullets are escaped in the digest")
    func escapesHostileText() throws {
        let directory = try TemporaryDirectory()
        try run([SampleArticles.hostile()], in: directory)
        let html = try directory.text("digest.html")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(MarkdownRendererTests.unescapedAngleBrackets(in: try directory.text("digest.md")) == 0)
    }

    @Test("an article that failed before it had pages is listed as failed, with its reason")
    func listsFailedArticles() throws {
        let directory = try TemporaryDirectory()
        let digest = try DigestWriter(directory: directory.url, runName: "pagi", date: Self.date)
        try digest.append(DigestEntry(id: "kosong.txt", failure: "the input is empty"))
        try digest.finish()
        let html = try directory.text("digest.html")
        #expect(html.contains("kosong.txt"))
        #expect(html.contains("the input is empty"))
        #expect(try directory.text("digest.md").contains("1 article: 1 failed"))
    }

    @Test("entries are written out as they come, and a long lazy sequence is never held whole")
    func streams() throws {
        let directory = try TemporaryDirectory()
        let digest = try DigestWriter(directory: directory.url, runName: "besar", date: Self.date, synchronize: false)
        let template = DigestEntry(article: SampleArticles.translated(), files: [])
        // Generated one at a time: the sequence never exists as an array.
        let entries = (1...10_000).lazy.map { number -> DigestEntry in
            var entry = template
            entry.id = "artikel-\(number)"
            return entry
        }
        try digest.append(contentsOf: entries.prefix(2_000))
        // Before finishing, the entries so far are already in the temporary files on disk.
        let pending = try directory.names().filter { $0.hasPrefix(AtomicFile.temporaryPrefix) }
        let bytesOnDisk = try pending.reduce(0) { total, name in
            total + ((try FileManager.default.attributesOfItem(atPath: directory.url.appendingPathComponent(name).path)[.size] as? Int) ?? 0)
        }
        #expect(pending.count == 3)
        #expect(bytesOnDisk > 1_000_000)
        try digest.append(contentsOf: entries.dropFirst(2_000))
        try digest.finish()
        #expect(try directory.text("articles.jsonl").split(separator: "\n").count == 10_000)
        #expect(try directory.text("digest.html").components(separatedBy: "<article class=\"entry\"").count - 1 == 10_000)
        #expect(try directory.names() == ["articles.jsonl", "digest.html", "digest.md"])
    }

    @Test("a finished digest takes no more entries; an abandoned one leaves no files")
    func lifecycle() throws {
        let directory = try TemporaryDirectory()
        let digest = try DigestWriter(directory: directory.url, runName: "pagi")
        try digest.finish()
        #expect(throws: PublishingError.digestFinished(directory: directory.url.standardizedFileURL.path)) {
            try digest.append(DigestEntry(id: "x", failure: "y"))
        }
        let other = try TemporaryDirectory()
        let abandoned = try DigestWriter(directory: other.url, runName: "pagi")
        try abandoned.append(DigestEntry(id: "x", failure: "y"))
        abandoned.abandon()
        #expect(try other.names() == [])
    }

    @Test("a digest started after a killed run clears the temporary files that run left")
    func clearsAbandonedFiles() throws {
        let directory = try TemporaryDirectory()
        try Data("setengah".utf8).write(to: directory.url.appendingPathComponent("\(AtomicFile.temporaryPrefix)999999999.7"))
        try DigestWriter.write([DigestEntry](), to: directory.url, runName: "lagi", date: Self.date)
        #expect(try directory.names() == ["articles.jsonl", "digest.html", "digest.md"])
    }

    @Test("an empty run still gets a digest that says so")
    func emptyRun() throws {
        let directory = try TemporaryDirectory()
        try DigestWriter.write([DigestEntry](), to: directory.url, runName: "kosong", date: Self.date)
        #expect(try directory.text("digest.md").contains("No articles in this run."))
        #expect(try directory.text("articles.jsonl") == "")
    }
}
