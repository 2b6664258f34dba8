import Testing
import Foundation
import Publishing
import Translation

@Suite("Article writer")
struct ArticleWriterTests {
    @Test("writes each chosen format under the article's slug and returns the paths")
    func writesFormats() throws {
        let directory = try TemporaryDirectory()
        let writer = try ArticleWriter(directory: directory.url, formats: [.markdown, .json, .html])
        let files = try writer.write(SampleArticles.translated())
        #expect(files.map(\.lastPathComponent) == ["banjir-jakarta.md", "banjir-jakarta.json", "banjir-jakarta.html"])
        #expect(try directory.names() == ["banjir-jakarta.html", "banjir-jakarta.json", "banjir-jakarta.md"])
        #expect(try directory.text("banjir-jakarta.md") == MarkdownRenderer().render(SampleArticles.translated()))
    }

    @Test("writing the same article again replaces its files and leaves no temporary file")
    func replacesFiles() throws {
        let directory = try TemporaryDirectory()
        let writer = try ArticleWriter(directory: directory.url, formats: [.html], synchronize: false)
        try writer.write(SampleArticles.translated())
        var changed = SampleArticles.translated()
        changed.blocks[0].english = "North Jakarta under water"
        try writer.write(changed)
        #expect(try directory.names() == ["banjir-jakarta.html"])
        #expect(try directory.text("banjir-jakarta.html").contains("North Jakarta under water"))
    }

    @Test("an id that is a path cannot write outside the directory")
    func staysInsideDirectory() throws {
        let directory = try TemporaryDirectory()
        let outputs = directory.url.appendingPathComponent("out")
        let writer = try ArticleWriter(directory: outputs, formats: [.json])
        for id in ["../lepas", "/tmp/lepas", "../../lepas"] {
            let files = try writer.write(SampleArticles.translated(id: id))
            #expect(files.allSatisfy { $0.deletingLastPathComponent().standardizedFileURL.path == outputs.standardizedFileURL.path })
        }
        #expect(try directory.names() == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputs.path).count == 3)
    }

    @Test("the output directory is created when missing; a file in its place is an error")
    func createsDirectory() throws {
        let directory = try TemporaryDirectory()
        let nested = directory.url.appendingPathComponent("a/b/c")
        _ = try ArticleWriter(directory: nested, formats: [.markdown])
        #expect(FileManager.default.fileExists(atPath: nested.path))
        let file = directory.url.appendingPathComponent("berkas")
        try Data().write(to: file)
        #expect(throws: PublishingError.self) { try ArticleWriter(directory: file, formats: [.markdown]) }
        #expect(throws: PublishingError.noFormats(list: "")) { try ArticleWriter(directory: nested, formats: []) }
    }

    @Test("temporary files left by a killed writer are cleared when a writer starts")
    func clearsAbandonedTemporaryFiles() throws {
        let directory = try TemporaryDirectory()
        let leftover = directory.url.appendingPathComponent("\(AtomicFile.temporaryPrefix)999999999.1")
        try Data("setengah".utf8).write(to: leftover)
        _ = try ArticleWriter(directory: directory.url, formats: [.markdown])
        #expect(try directory.names() == [])
    }
}
