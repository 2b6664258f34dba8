import Testing
import Publishing
import Translation

@Suite("HTML pages")
struct HTMLRendererTests {
    let renderer = HTMLRenderer()

    /// The line of `page` holding the pair of the block `id` (each pair is written on one line).
    private func pairLine(_ page: String, _ id: String) throws -> Substring {
        let start = try #require(page.range(of: "id=\"\(id)\""))
        return page[start.lowerBound...].prefix { $0 != "\n" }
    }

    @Test("hostile text from the article, its metadata and failures renders as text, never as markup")
    func escapesHostileText() {
        let page = renderer.render(SampleArticles.hostile())
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>jahat"))
        #expect(!page.contains("<i>Pers"))
        #expect(!page.contains(" onmouseover="))
        #expect(!page.contains("\"onmouseover"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&quot;onmouseover=alert(2) x=&#39;y&#39; &amp;amp;"))
    }

    @Test("a javascript: URL in the metadata is shown, never linked")
    func doesNotLinkScriptURLs() {
        let page = renderer.render(SampleArticles.hostile())
        #expect(page.contains("javascript:alert(5)"))
        #expect(!page.contains("href=\"javascript"))
        let safe = renderer.render(SampleArticles.translated())
        #expect(safe.contains("<a href=\"https://kabar.example/banjir\""))
    }

    @Test("every block stands in one pair: its Indonesian column beside its English column")
    func alignsBlocks() throws {
        let article = SampleArticles.translated()
        let page = renderer.render(article)
        for block in article.blocks {
            let pair = try pairLine(page, block.source.id.rawValue)
            #expect(pair.contains("lang=\"id\""))
            #expect(pair.contains("lang=\"en\""))
            #expect(pair.contains(block.source.text))
            #expect(pair.contains(block.english!))
            // Indonesian first, then its own English, within the same pair.
            let indonesian = try #require(pair.range(of: block.source.text))
            let english = try #require(pair.range(of: block.english!))
            #expect(indonesian.upperBound <= english.lowerBound)
        }
        #expect(page.components(separatedBy: " data-status=").count - 1 == article.blocks.count)
    }

    @Test("a failed block says why in its English column; a block in another language says which")
    func showsFailures() throws {
        let page = renderer.render(SampleArticles.mixed())
        let failed = try pairLine(page, "paragraph-2")
        #expect(failed.contains("Translation failed"))
        #expect(failed.contains("HTTP 503 after 3 attempts"))
        #expect(failed.contains("data-status=\"failed\""))
        let other = try pairLine(page, "paragraph-3")
        #expect(other.contains("Javanese"))
    }

    @Test("English from the local translator is marked as a machine gist, and the page explains it")
    func marksMachineGists() throws {
        let page = renderer.render(SampleArticles.mixed())
        let bullet = try pairLine(page, "bullet-1")
        #expect(bullet.contains("Machine gist"))
        #expect(page.contains("class=\"banner\""))
        #expect(!renderer.render(SampleArticles.translated()).contains("class=\"banner\""))
    }

    @Test("a missing glossary term is shown under the English")
    func showsGlossaryMisses() throws {
        let page = renderer.render(SampleArticles.mixed())
        #expect(page.contains("Glossary term missing"))
        #expect(page.contains("permukiman → settlement"))
    }

    @Test("blocks not translated say so rather than staying empty")
    func showsUntranslatedBlocks() {
        let page = renderer.render(SampleArticles.untranslated())
        #expect(page.components(separatedBy: "translation was not requested").count - 1 == 6)
    }

    @Test("the page is self-contained: no scripts, no external style sheets, fonts or images")
    func isSelfContained() {
        let page = renderer.render(SampleArticles.translated())
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<meta name=\"viewport\""))
        #expect(page.contains("<style>"))
        #expect(page.contains("default-src 'none'"))
        for external in ["<script", "<link", "@import", "url(", "src=\"http"] {
            #expect(!page.contains(external), "found \(external)")
        }
    }
}
