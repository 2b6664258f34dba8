import Testing
@testable import ArticleReading

@Suite struct MarkdownTextExtractorTests {
    private func extract(_ markdown: String) -> MarkdownTextExtractor.Extraction {
        MarkdownTextExtractor.extract(markdown)
    }

    @Test func theFirstLevelOneHeadingIsTheTitleAndOtherHeadingsAreParagraphs() {
        let extraction = extract("# Pemilu Damai #\n\nWarga datang ke TPS.\n\n## Partisipasi Tinggi\n\nAntrean panjang.\n\n# Bagian Lain")
        #expect(extraction.title == "Pemilu Damai")
        #expect(extraction.paragraphs == ["Warga datang ke TPS.", "Partisipasi Tinggi", "Antrean panjang.", "Bagian Lain"])
    }

    @Test func aHeadingAfterTheFirstParagraphIsNotTheTitle() {
        let extraction = extract("Paragraf pembuka.\n\n# Judul Terlambat")
        #expect(extraction.title == nil)
        #expect(extraction.paragraphs == ["Paragraf pembuka.", "Judul Terlambat"])
    }

    @Test func readsSetextHeadingsAndFrontMatter() {
        #expect(extract("Judul Bergaris\n==============\n\nIsi.").title == "Judul Bergaris")
        let front = extract("---\ntitle: \"Judul dari YAML\"\ndate: 2024-05-01\n---\n# Judul dari YAML\n\nIsi.")
        #expect(front == .init(title: "Judul dari YAML", paragraphs: ["Isi."]))
        #expect(extract("Sub\n---\n\nIsi.").paragraphs == ["Sub", "Isi."])
    }

    @Test func joinsTheLinesOfAParagraph() {
        #expect(extract("Hujan turun\nsejak pagi   \ndi Bogor.\n\nJalan licin.").paragraphs == ["Hujan turun sejak pagi di Bogor.", "Jalan licin."])
    }

    @Test func eachListItemIsAParagraphWithoutItsMarker() {
        let markdown = "Daftar:\n\n- satu\n* dua\n+ tiga\n1. empat\n2) lima\n- [x] enam\n  lanjutan enam"
        #expect(extract(markdown).paragraphs == ["Daftar:", "satu", "dua", "tiga", "empat", "lima", "enam lanjutan enam"])
    }

    @Test func dropsCodeFencesCommentsAndReferenceDefinitions() {
        let markdown = """
            Sebelum kode.

            ```swift
            let x = 1
            ```

            <!-- catatan editor:
            jangan terbitkan -->
            Sesudah <!-- sisipan --> kode.

            [sumber]: https://contoh.id/sumber
            ~~~
            tilde
            ~~~
            """
        #expect(extract(markdown).paragraphs == ["Sebelum kode.", "Sesudah kode."])
    }

    @Test func readsQuotesTablesAndRules() {
        let markdown = "> \"Kami siap,\"\n> kata kapten.\n\n***\n\n| Tim | Skor |\n|-----|:----:|\n| Persija | 2 |"
        #expect(extract(markdown).paragraphs == ["\"Kami siap,\" kata kapten.", "Tim Skor", "Persija 2"])
    }

    @Test func keepsIndentedLinesAsText() {
        #expect(extract("    Paragraf menjorok ke dalam.").paragraphs == ["Paragraf menjorok ke dalam."])
    }
}
