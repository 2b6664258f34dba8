import Testing
@testable import IndonesianText

/// Boilerplate inside a paragraph: embedded related links, closing credit tags and
/// headlines glued to the first word, on sentences written for these tests.
@Suite("Paragraph trimmer")
struct ParagraphTrimmerTests {
    static func trim(_ paragraph: String) -> String {
        String(decoding: ParagraphTrimmer().trim(Array(paragraph.utf8)), as: UTF8.self)
    }

    @Test("takes off a closing credit tag", arguments: [
        ("Polisi masih memburu pelaku. (boy/jpnn)", "Polisi masih memburu pelaku."),
        ("Harga bawang naik lagi pekan ini. (Ant/OL-14)", "Harga bawang naik lagi pekan ini."),
        ("Warga diminta tetap waspada. (rhs)", "Warga diminta tetap waspada."),
        ("\"Kami siap,\" katanya. [sau]", "\"Kami siap,\" katanya."),
        ("Inflasi bulan ini terkendali. (*)", "Inflasi bulan ini terkendali."),
        ("Tiga rumah rusak berat. []", "Tiga rumah rusak berat."),
    ])
    func creditTags(paragraph: String, expected: String) {
        #expect(Self.trim(paragraph) == expected)
    }

    @Test("never takes off a date or a number in brackets", arguments: [
        "Rapat itu digelar di Balai Kota, Senin (22/12)",
        "Rapat itu digelar di Balai Kota pada Jumat (19/7).",
        "Ia menang pada final turnamen tersebut, Sabtu (14/10/2017)",
        "Korban diketahui bernama Andi (42)",
        "Pertandingan dimulai pukul 19.00. (19/7)",
    ])
    func dateBrackets(paragraph: String) {
        #expect(Self.trim(paragraph) == paragraph)
    }

    @Test("leaves a bracket that does not follow a finished sentence")
    func bracketInsideSentence() {
        let paragraph = "Data itu dirilis Badan Pusat Statistik (BPS)"
        #expect(Self.trim(paragraph) == paragraph)
    }

    @Test("cuts a related link out of the middle of a paragraph")
    func embeddedLinkInTitleCase() {
        let paragraph = "Hujan turun sejak sore. Baca Juga: Banjir Rendam Tiga Kecamatan di Pinggir Kota Warga kemudian mengungsi ke balai desa."
        #expect(Self.trim(paragraph) == "Hujan turun sejak sore. Warga kemudian mengungsi ke balai desa.")
    }

    @Test("cuts a related link that ends the paragraph, in sentence case too")
    func trailingLinkInSentenceCase() {
        let paragraph = "Pasar saham ditutup menguat. Baca juga: Rupiah melemah tipis, investor menunggu data inflasi"
        #expect(Self.trim(paragraph) == "Pasar saham ditutup menguat.")
    }

    @Test("keeps \"baca juga\" used as ordinary words")
    func ordinaryWords() {
        let paragraph = "Ia meminta siswa membaca buku itu dan baca juga catatan kaki di setiap bab."
        #expect(Self.trim(paragraph) == paragraph)
    }

    @Test("takes a headline glued to the first word off the paragraph")
    func gluedHeadline() {
        let paragraph = "Harga Cabai Rawit Turun di Pasar InduKMenurut pedagang, pasokan dari petani mulai lancar sejak pekan lalu."
        let glued = "Harga Cabai Rawit Turun di Pasar TradisionalMenurut pedagang, pasokan dari petani mulai lancar sejak pekan lalu."
        #expect(Self.trim(glued) == "Menurut pedagang, pasokan dari petani mulai lancar sejak pekan lalu.")
        #expect(Self.trim(paragraph) == paragraph)
    }
}
