import IndonesianText
import Summarization
import Testing

@Suite struct ExtractiveSummarizerTests {
    /// A short news story written for these tests.
    let story = Document(title: "Pemkot Bandung Tambah Bus Listrik di Jalur Pusat Kota", paragraphs: [
        Paragraph(sentences: [
            "Pemerintah Kota Bandung menambah dua puluh bus listrik untuk jalur pusat kota mulai pekan depan.",
            "Bus listrik itu akan melayani rute dari terminal Leuwipanjang hingga alun-alun kota.",
        ]),
        Paragraph(sentences: [
            "Kepala dinas perhubungan mengatakan tarif bus listrik tetap Rp 3.500 per perjalanan.",
            "Selain itu, warga lanjut usia dan pelajar mendapat potongan tarif separuh harga.",
        ]),
        Paragraph(sentences: [
            "Pemerintah kota menilai bus listrik mengurangi polusi udara di pusat kota.",
            "Uji coba tahun lalu menunjukkan penumpang bus meningkat tiga puluh persen.",
            "Cuaca cerah.",
        ]),
    ])

    @Test func keepsArticleOrder() {
        let summary = ExtractiveSummarizer().summarize(story)
        let indices = summary.bullets.map(\.sentenceIndex)
        #expect(indices == indices.sorted())
        #expect(!indices.isEmpty)
    }

    @Test func opensWithTheLead() {
        let summary = ExtractiveSummarizer().summarize(story)
        #expect(summary.bullets.first?.sentenceIndex == 0)
    }

    @Test func honoursAForcedBulletCount() {
        for count in 1...5 {
            #expect(ExtractiveSummarizer().summarize(story, bulletCount: count).bullets.count == count)
        }
    }

    @Test func adaptsTheBulletCountToTheTargetLength() {
        var configuration = SummarizerConfiguration()
        configuration.targetWords = 20
        configuration.minimumBullets = 1
        let short = ExtractiveSummarizer(configuration: configuration).summarize(story)
        configuration.targetWords = 60
        let long = ExtractiveSummarizer(configuration: configuration).summarize(story)
        #expect(short.bullets.count < long.bullets.count)
        #expect(long.bullets.count <= configuration.maximumBullets)
    }

    @Test func neverPicksAFragment() {
        let summary = ExtractiveSummarizer().summarize(story, bulletCount: 6)
        #expect(!summary.bullets.contains { $0.text == "Cuaca cerah." })
    }

    @Test func passesOverASentenceThatSendsTheReaderElsewhere() {
        let document = Document(paragraphs: [
            Paragraph(sentences: [
                "Tim bulu tangkis Jawa Barat menjuarai kejuaraan nasional beregu di Surabaya pada Minggu malam.",
                "Hasil selengkapnya dapat dilihat di laman resmi penyelenggara kejuaraan.",
                "Kemenangan itu merupakan gelar beregu pertama Jawa Barat dalam sepuluh tahun terakhir.",
            ]),
            Paragraph(sentences: ["Pelatih kepala menyebut kekompakan pemain muda menjadi kunci keberhasilan tim tahun ini."]),
        ])
        let summary = ExtractiveSummarizer().summarize(document)
        #expect(summary.bullets.count == 3)
        #expect(!summary.bullets.contains { $0.text.contains("selengkapnya") })
    }

    @Test func skipsASentenceThatRepeatsOneAlreadyChosen() {
        let lead = "Banjir merendam ratusan rumah warga di tiga kecamatan Kabupaten Bandung sejak Sabtu malam."
        let repeated = Document(paragraphs: [
            Paragraph(sentences: [lead, "Petugas mengevakuasi warga ke balai desa terdekat dengan perahu karet."]),
            Paragraph(sentences: [lead]),
            Paragraph(sentences: ["Ketinggian air di beberapa titik mencapai satu meter menurut petugas."]),
        ])
        let summary = ExtractiveSummarizer().summarize(repeated, bulletCount: 3)
        #expect(summary.bullets.filter { $0.text == lead }.count == 1)
    }

    @Test func dropsAConnectiveThatLeansOnThePreviousSentence() {
        let summary = ExtractiveSummarizer().summarize(story, bulletCount: 6)
        let texts = summary.bullets.map(\.text)
        #expect(texts.contains("Warga lanjut usia dan pelajar mendapat potongan tarif separuh harga."))
        #expect(!texts.contains { $0.hasPrefix("Selain itu") })
    }

    @Test func keepsTheConnectiveWhenAskedTo() {
        var configuration = SummarizerConfiguration()
        configuration.dropsLeadingConnectives = false
        let summary = ExtractiveSummarizer(configuration: configuration).summarize(story, bulletCount: 6)
        #expect(summary.bullets.contains { $0.text.hasPrefix("Selain itu,") })
    }

    @Test func anEmptyDocumentHasNoBullets() {
        #expect(ExtractiveSummarizer().summarize(Document(paragraphs: [])).bullets.isEmpty)
    }
}
