import Testing
import Foundation
import Publishing
import Translation

@Suite("Digest entries")
struct DigestEntryTests {
    @Test("an entry keeps the title and bullets in both languages, aligned")
    func fromArticle() {
        let entry = DigestEntry(article: SampleArticles.translated(), files: [URL(fileURLWithPath: "/out/banjir-jakarta.html")])
        #expect(entry.titleIndonesian == "Banjir melanda Jakarta Utara")
        #expect(entry.titleEnglish == "Floods hit North Jakarta")
        #expect(entry.bulletsIndonesian.count == 2)
        #expect(entry.bulletsEnglish == ["Heavy rain has fallen since Sunday night.", "Hundreds of residents took shelter in a mosque."])
        #expect(entry.files == ["/out/banjir-jakarta.html"])
        #expect(entry.status == .translated)
        #expect(entry.providers == ["deepl"])
    }

    @Test("the status says whether the article is whole, partial, failed or Indonesian only")
    func status() {
        #expect(DigestEntry.status(of: SampleArticles.translated()) == .translated)
        #expect(DigestEntry.status(of: SampleArticles.mixed()) == .partial)
        #expect(DigestEntry.status(of: SampleArticles.untranslated()) == .indonesianOnly)
        var failed = SampleArticles.translated()
        failed.blocks = failed.blocks.map { BlockTranslation(source: $0.source, status: .failed, failure: "down") }
        #expect(DigestEntry.status(of: failed) == .failed)
        #expect(DigestEntry(article: SampleArticles.mixed(), files: []).failure == "HTTP 503 after 3 attempts")
    }

    @Test("a bullet without English is nil in its place, keeping the others aligned")
    func keepsBulletsAligned() {
        var article = SampleArticles.translated()
        article.blocks[1] = BlockTranslation(source: article.blocks[1].source, status: .failed, failure: "timeout")
        let entry = DigestEntry(article: article, files: [])
        #expect(entry.bulletsEnglish == [nil, "Hundreds of residents took shelter in a mosque."])
    }

    @Test("its JSON line has the articles.jsonl keys in order and decodes back to the same entry")
    func jsonLineRoundTrip() throws {
        let entry = DigestEntry(article: SampleArticles.mixed(), files: [URL(fileURLWithPath: "/out/campuran.md")])
        let line = entry.jsonLine()
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"id":"campuran","title_id":"Banjir melanda Jakarta Utara","title_en":"Floods hit North Jakarta","bullets_id":["#))
        #expect(line.contains(#""files":["/out/campuran.md"],"status":"partial""#))
        let decoded = try JSONDecoder().decode(DigestEntry.self, from: Data(line.utf8))
        #expect(decoded == entry)
    }
}
