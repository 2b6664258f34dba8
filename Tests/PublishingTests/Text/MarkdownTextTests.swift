import Testing
import Publishing

@Suite("Markdown escaping")
struct MarkdownTextTests {
    @Test("HTML tags cannot reach the page")
    func escapesTags() {
        #expect(MarkdownText.escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
    }

    @Test("links, emphasis and code are escaped")
    func escapesInlineMarkup() {
        #expect(MarkdownText.escape("[klik](http://x) *tebal* _miring_ `kode`")
            == "\\[klik\\](http://x) \\*tebal\\* \\_miring\\_ \\`kode\\`")
    }

    @Test("a character reference stays as written; a lone ampersand is left alone")
    func escapesReferencesOnly() {
        #expect(MarkdownText.escape("&amp; dan &#60;") == "\\&amp; dan \\&#60;")
        #expect(MarkdownText.escape("PT A & B") == "PT A & B")
    }

    @Test("a heading, list or numbered marker at the start is escaped")
    func escapesLineStart() {
        #expect(MarkdownText.escape("# Bukan judul") == "\\# Bukan judul")
        #expect(MarkdownText.escape("- bukan daftar") == "\\- bukan daftar")
        #expect(MarkdownText.escape("2024. Tahun politik") == "2024\\. Tahun politik")
        #expect(MarkdownText.escape("2024 tahun politik") == "2024 tahun politik")
    }

    @Test("a block stays on one line")
    func joinsLines() {
        #expect(MarkdownText.escape("satu\n\ndua\r\ntiga\t") == "satu dua tiga")
    }
}
