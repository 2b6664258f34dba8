import IndonesianText
import Summarization
import Testing

@Suite struct ArticleSummarizerTests {
    @Test func summarizesRawText() throws {
        let text = """
            Harga cabai rawit di pasar tradisional Surabaya naik dua kali lipat dalam sepekan terakhir.

            Pedagang menyebut pasokan dari petani berkurang karena hujan deras merusak tanaman di sentra produksi.

            Dinas perdagangan berjanji menggelar operasi pasar mulai Senin untuk menahan kenaikan harga.
            """
        let result = try ArticleSummarizer().summarize(text: text, bulletCount: 2)
        #expect(result.summary.bullets.count == 2)
        #expect(result.document.paragraphs.count == 3)
    }

    @Test func anEmptyTitleIsNoTitle() throws {
        let text = "Pemerintah daerah membuka pendaftaran beasiswa bagi mahasiswa berprestasi mulai bulan depan."
        let result = try ArticleSummarizer().summarize(text: text, title: "")
        #expect(result.document.title == nil || result.document.title?.isEmpty == false)
    }

    @Test func textWithoutUsableSentencesIsAnError() {
        #expect(throws: SummarizationError.self) {
            try ArticleSummarizer().summarize(text: "Oke.\n\nSip.")
        }
    }
}
