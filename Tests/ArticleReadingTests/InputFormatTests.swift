import Testing
@testable import ArticleReading

@Suite struct InputFormatTests {
    @Test(arguments: [
        ("berita.txt", InputFormat.text), ("BERITA.TEXT", .text),
        ("catatan.md", .markdown), ("catatan.markdown", .markdown),
        ("halaman.html", .html), ("halaman.HTM", .html), ("halaman.xhtml", .html),
        ("kiriman.jsonl", .jsonLines), ("kiriman.ndjson", .jsonLines),
    ])
    func knowsTheFormatFromTheExtension(path: String, format: InputFormat) {
        #expect(InputFormat(path: "arsip/2024/\(path)") == format)
    }

    @Test func unknownOrMissingExtensionsSayNothing() {
        #expect(InputFormat(path: "berita") == nil)
        #expect(InputFormat(path: "berita.pdf") == nil)
        #expect(InputFormat(path: ".bashrc") == nil)
        #expect(InputFormat(path: "folder.md/berita") == nil)
    }

    @Test func sniffsHTMLFromADoctypeARootOrManyTags() {
        #expect(InputFormat.sniffed(from: "  <!DOCTYPE html><html><body>Isi</body></html>") == .html)
        #expect(InputFormat.sniffed(from: "<HTML><p>Isi</p></HTML>") == .html)
        #expect(InputFormat.sniffed(from: "<div><p>Paragraf satu.</p><p>Paragraf dua.</p></div>") == .html)
        #expect(InputFormat.sniffed(from: "Harga naik <5%> menurut BPS, kata dia.") == .text)
    }

    @Test func sniffsJSONLinesWhenEveryLineOpensAnObject() {
        #expect(InputFormat.sniffed(from: "{\"id\": 1, \"text\": \"a\"}\n\n {\"id\": 2, \"text\": \"b\"}\n") == .jsonLines)
        #expect(InputFormat.sniffed(from: "{\"id\": 1}\nBukan JSON.") == .text)
    }

    @Test func sniffsMarkdownFromHeadingsLinksOrStrongEmphasis() {
        #expect(InputFormat.sniffed(from: "# Judul\n\nIsi berita.") == .markdown)
        #expect(InputFormat.sniffed(from: "Baca [laporan lengkap](https://contoh.id).") == .markdown)
        #expect(InputFormat.sniffed(from: "Menurut **BPS**, inflasi turun.") == .markdown)
        #expect(InputFormat.sniffed(from: "#Hashtag ramai di media sosial.\n- Warga mengeluh.") == .text)
    }

    @Test func plainProseIsText() {
        #expect(InputFormat.sniffed(from: "Jakarta - Pemerintah menaikkan harga BBM.\n\nWarga antre sejak pagi.") == .text)
        #expect(InputFormat.sniffed(from: "   \n ") == .text)
    }
}
