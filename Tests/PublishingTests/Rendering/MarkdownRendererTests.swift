import Testing
import Publishing
import Translation

@Suite("Markdown pages")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    /// How many `<` or `>` in `page` are not escaped by a backslash (each could open raw HTML),
    /// not counting the `> ` that starts a quote line.
    static func unescapedAngleBrackets(in page: String) -> Int {
        var count = 0
        for line in page.split(separator: "\n") {
            let body = line.hasPrefix("> ") ? line.dropFirst(2) : line[...]
            var previous: Character = " "
            for character in body {
                if (character == "<" || character == ">") && previous != "\\" { count += 1 }
                previous = character
            }
        }
        return count
    }

    @Test("title in both languages, the source line, bullets with their English, then paragraph after paragraph")
    func layout() {
        let page = renderer.render(SampleArticles.translated())
        let expectedOrder = [
            "# Banjir melanda Jakarta Utara", "**English:** Floods hit North Jakarta",
            "Publisher: Kabar Kota", "## Ringkasan / Summary",
            "- Hujan deras turun sejak Minggu malam.", "  - EN: Heavy rain has fallen since Sunday night.",
            "- Ratusan warga mengungsi ke masjid.", "  - EN: Hundreds of residents took shelter in a mosque.",
            "## Artikel / Article",
            "Air setinggi satu meter menggenangi permukiman warga.", "> Water a metre deep flooded the homes.",
            "Petugas membuka dapur umum di kantor kelurahan.", "> Officials opened a public kitchen at the ward office.",
            "Hujan diperkirakan berlanjut hingga Rabu.", "> Rain is expected to continue until Wednesday.",
        ]
        var cursor = page.startIndex
        for text in expectedOrder {
            let found = page.range(of: text, range: cursor..<page.endIndex)
            #expect(found != nil, "missing or out of order: \(text)")
            if let found { cursor = found.upperBound }
        }
    }

    @Test("a failed block is marked where its English would be, with the reason")
    func marksFailures() {
        let page = renderer.render(SampleArticles.mixed())
        #expect(page.contains("> **[Translation failed]** HTTP 503 after 3 attempts"))
        #expect(page.contains("> **[Not translated]** the block is in Javanese"))
    }

    @Test("English from the local translator is marked as a machine gist")
    func marksMachineGists() {
        let page = renderer.render(SampleArticles.mixed())
        #expect(page.contains("  - EN: Heavy rain has fallen since Sunday night. _(Machine gist)_"))
        #expect(page.contains("> **Note:**"))
    }

    @Test("hostile text cannot inject HTML or links into the page")
    func escapesHostileText() {
        let page = renderer.render(SampleArticles.hostile())
        #expect(MarkdownRendererTests.unescapedAngleBrackets(in: page) == 0)
        #expect(page.contains("\\<script\\>"))
    }

    @Test("an untranslated article says so on every block")
    func marksUntranslated() {
        let page = renderer.render(SampleArticles.untranslated())
        #expect(page.components(separatedBy: "**[Not translated]**").count - 1 == 6)
    }
}
