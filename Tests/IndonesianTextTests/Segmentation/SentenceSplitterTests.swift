import Testing
@testable import IndonesianText

/// The splitter's rules, one behaviour per test, on sentences written for these tests.
@Suite("Sentence splitter")
struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    /// The non-whitespace scalars of `text`, which splitting must keep in order.
    private func visibleScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.properties.isWhitespace }
    }

    // MARK: - Plain sentences

    @Test("splits after . ! ? before a capitalised word")
    func plainSentences() {
        #expect(splitter.split("Hujan turun sejak pagi. Jalan-jalan tergenang! Kapan surutnya? Belum ada yang tahu.") == [
            "Hujan turun sejak pagi.", "Jalan-jalan tergenang!", "Kapan surutnya?", "Belum ada yang tahu.",
        ])
    }

    @Test("keeps a lowercase continuation in the same sentence")
    func lowercaseContinuation() {
        #expect(splitter.split("Ia berhenti sejenak. kemudian melanjutkan perjalanan.") == [
            "Ia berhenti sejenak. kemudian melanjutkan perjalanan.",
        ])
    }

    @Test("splits before a letter of a script without case")
    func caselessScript() {
        #expect(splitter.split("Huruf itu dibaca hi. ひ adalah salah satu kana.") == [
            "Huruf itu dibaca hi.", "ひ adalah salah satu kana.",
        ])
    }

    @Test("treats a name with an inner capital as a sentence start")
    func camelCaseName() {
        #expect(splitter.split("Perusahaan itu merilis ponsel baru. iPhone terbaru dijual Jumat.") == [
            "Perusahaan itu merilis ponsel baru.", "iPhone terbaru dijual Jumat.",
        ])
    }

    @Test("ends a sentence at every line break")
    func lineBreaks() {
        #expect(splitter.split("Baca juga:\nHarga cabai naik\r\n\nIa pergi ke pasar\u{2028}Pasar sepi.") == [
            "Baca juga:", "Harga cabai naik", "Ia pergi ke pasar", "Pasar sepi.",
        ])
        #expect(splitter.split("Ia datang.\n\nKami pulang.\n") == ["Ia datang.", "Kami pulang."])
    }

    @Test("treats a no-break space as whitespace")
    func noBreakSpace() {
        #expect(splitter.split("Ia datang.\u{00A0}Kami pulang.") == ["Ia datang.", "Kami pulang."])
    }

    // MARK: - Titles, ranks and abbreviations

    @Test("does not split after titles and address abbreviations")
    func titlesAndAddresses() {
        #expect(splitter.split("Dr. Budi Santoso bertemu Prof. Ani Lestari di Jl. Merdeka No. 5. Mereka membahas banjir.") == [
            "Dr. Budi Santoso bertemu Prof. Ani Lestari di Jl. Merdeka No. 5.", "Mereka membahas banjir.",
        ])
        #expect(splitter.split("Banjir melanda Kec. Cibadak, Kab. Sukabumi, Prov. Jawa Barat. Warga mengungsi.") == [
            "Banjir melanda Kec. Cibadak, Kab. Sukabumi, Prov. Jawa Barat.", "Warga mengungsi.",
        ])
        #expect(splitter.split("Surat ditujukan kepada Yth. Bpk. Ahmad dan Sdr. Rudi. Keduanya hadir.") == [
            "Surat ditujukan kepada Yth. Bpk. Ahmad dan Sdr. Rudi.", "Keduanya hadir.",
        ])
        #expect(splitter.split("Rapat dibuka Plt. Kepala Dinas Kesehatan. Semua peserta hadir.") == [
            "Rapat dibuka Plt. Kepala Dinas Kesehatan.", "Semua peserta hadir.",
        ])
    }

    @Test("does not split after police and military ranks")
    func ranks() {
        #expect(splitter.split("Apel dipimpin Kombes. Pol. Rahmat Hidayat dan Brigjen. TNI (Purn.) Agus Wirawan. Apel berjalan tertib.") == [
            "Apel dipimpin Kombes. Pol. Rahmat Hidayat dan Brigjen. TNI (Purn.) Agus Wirawan.", "Apel berjalan tertib.",
        ])
        #expect(splitter.split("Menurut Jend. Sudirman dan Kapt. Anwar, pasukan siap.") == [
            "Menurut Jend. Sudirman dan Kapt. Anwar, pasukan siap.",
        ])
    }

    @Test("does not split after a currency abbreviation")
    func currency() {
        #expect(splitter.split("Harganya Rp. 15.000 per kilogram. Pedagang mengeluh.") == [
            "Harganya Rp. 15.000 per kilogram.", "Pedagang mengeluh.",
        ])
    }

    @Test("does not split after a transfer's a.n.")
    func onBehalfOf() {
        #expect(splitter.split("Dana dikirim ke rekening a.n. Budi Hartono. Transfer selesai sore.") == [
            "Dana dikirim ke rekening a.n. Budi Hartono.", "Transfer selesai sore.",
        ])
    }

    @Test("ends a sentence at dll. or dsb. before a capital, not before a lowercase word")
    func etcetera() {
        #expect(splitter.split("Pasar menjual sayur, buah, ikan, dll. Harga naik menjelang Lebaran.") == [
            "Pasar menjual sayur, buah, ikan, dll.", "Harga naik menjelang Lebaran.",
        ])
        #expect(splitter.split("Mereka membawa beras, gula, dsb. ke posko pengungsian.") == [
            "Mereka membawa beras, gula, dsb. ke posko pengungsian.",
        ])
    }

    @Test("ends a sentence at a company form, but not inside Pte. Ltd. or before a ticker")
    func companyForms() {
        #expect(splitter.split("Saham PT Bukit Makmur Tbk. naik 3 persen. Investor optimistis.") == [
            "Saham PT Bukit Makmur Tbk. naik 3 persen.", "Investor optimistis.",
        ])
        #expect(splitter.split("Kontrak diteken dengan Sentosa Energy Pte. Ltd. Nilainya belum diungkap.") == [
            "Kontrak diteken dengan Sentosa Energy Pte. Ltd.", "Nilainya belum diungkap.",
        ])
        #expect(splitter.split("Saham PT Sinar Jaya Tbk. (SJTB) naik tajam.") == [
            "Saham PT Sinar Jaya Tbk. (SJTB) naik tajam.",
        ])
    }

    @Test("ends a sentence at an academic degree only where it is one")
    func degrees() {
        #expect(splitter.split("Acara dibuka oleh Siti Rahma, S.H., M.H. Ia menyampaikan sambutan.") == [
            "Acara dibuka oleh Siti Rahma, S.H., M.H.", "Ia menyampaikan sambutan.",
        ])
        #expect(splitter.split("Ketua panitia Andi Wijaya, S.Kom. M.Si. membuka acara.") == [
            "Ketua panitia Andi Wijaya, S.Kom. M.Si. membuka acara.",
        ])
        #expect(splitter.split("Lulusan itu kini bergelar S.Kom. Ia bekerja di Bandung.") == [
            "Lulusan itu kini bergelar S.Kom.", "Ia bekerja di Bandung.",
        ])
    }

    // MARK: - Initials

    @Test("does not split after initials")
    func initials() {
        #expect(splitter.split("Menteri Luar Negeri Retno L.P. Marsudi hadir. Ia berbicara singkat.") == [
            "Menteri Luar Negeri Retno L.P. Marsudi hadir.", "Ia berbicara singkat.",
        ])
        #expect(splitter.split("Rombongan dipimpin H. M. Prasetyo dan Hj. Siti Aminah. Mereka tiba sore.") == [
            "Rombongan dipimpin H. M. Prasetyo dan Hj. Siti Aminah.", "Mereka tiba sore.",
        ])
    }

    @Test("ends a sentence at a lone capital before a quotation or a function word")
    func initialBeforeSentenceStart() {
        #expect(splitter.split("Tim itu bermain di Grup A. Namun hasilnya buruk.") == [
            "Tim itu bermain di Grup A.", "Namun hasilnya buruk.",
        ])
        #expect(splitter.split("Produk itu bernama Luna V. \"Yang ini lebih murah,\" katanya.") == [
            "Produk itu bernama Luna V.", "\"Yang ini lebih murah,\" katanya.",
        ])
        #expect(splitter.split("Ia bertemu Ani B. Lestari.") == ["Ia bertemu Ani B. Lestari."])
    }

    @Test("lets a quotation that closes after an abbreviation end the sentence")
    func abbreviationInsideQuotation() {
        #expect(splitter.split("Jawabannya singkat: \"No.\" Lalu ia pergi.") == [
            "Jawabannya singkat: \"No.\"", "Lalu ia pergi.",
        ])
    }

    @Test("reads a capital letter after a number as a unit, which can end a sentence")
    func unitAfterNumber() {
        #expect(splitter.split("Suhu udara turun hingga 2 C. Warga memakai jaket tebal.") == [
            "Suhu udara turun hingga 2 C.", "Warga memakai jaket tebal.",
        ])
    }

    @Test("ends a sentence at an acronym or a hyphenated word ending in a capital")
    func acronyms() {
        #expect(splitter.split("Dana itu berasal dari APBN-P. Pemerintah menambah alokasi untuk DPR. Rapat digelar Senin.") == [
            "Dana itu berasal dari APBN-P.", "Pemerintah menambah alokasi untuk DPR.", "Rapat digelar Senin.",
        ])
    }

    // MARK: - Numbers, domains, addresses

    @Test("does not split inside numbers and times")
    func numbers() {
        #expect(splitter.split("Penonton mencapai 1.000 orang. Tiket dijual Rp 2,5 juta. Acara dimulai pukul 12.30 WIB. Versi 3.5 dirilis.") == [
            "Penonton mencapai 1.000 orang.", "Tiket dijual Rp 2,5 juta.", "Acara dimulai pukul 12.30 WIB.", "Versi 3.5 dirilis.",
        ])
    }

    @Test("keeps numbered list items whole")
    func listItems() {
        #expect(splitter.split("1. Siapkan bahan. 2. Aduk rata.") == ["1. Siapkan bahan.", "2. Aduk rata."])
        #expect(splitter.split("Syaratnya: a. Berusia 17 tahun.") == ["Syaratnya: a. Berusia 17 tahun."])
    }

    @Test("does not split after an abbreviation that introduces a number")
    func numberPrefixes() {
        #expect(splitter.split("Aturan itu ada di hlm. 12 dan tgl. 5 Mei. Silakan dibaca.") == [
            "Aturan itu ada di hlm. 12 dan tgl. 5 Mei.", "Silakan dibaca.",
        ])
    }

    @Test("does not split inside domains, e-mail addresses and URLs")
    func domainsAndAddresses() {
        #expect(splitter.split("Berita ini dikutip dari Kompas.com dan detik.com. Situs EGINDO.co juga memuatnya.") == [
            "Berita ini dikutip dari Kompas.com dan detik.com.", "Situs EGINDO.co juga memuatnya.",
        ])
        #expect(splitter.split("Kirim surat ke redaksi@warta.co.id atau buka https://warta.co.id/kontak. Kami membalas sehari.") == [
            "Kirim surat ke redaksi@warta.co.id atau buka https://warta.co.id/kontak.", "Kami membalas sehari.",
        ])
    }

    @Test("keeps a news dateline and day-date bracket in their sentence")
    func dateline() {
        #expect(splitter.split("Jakarta, CNN Indonesia -- Presiden meresmikan tol itu, Rabu (19/7) sore. Tol itu sepanjang 40 km.") == [
            "Jakarta, CNN Indonesia -- Presiden meresmikan tol itu, Rabu (19/7) sore.", "Tol itu sepanjang 40 km.",
        ])
    }

    // MARK: - Quotes and brackets

    @Test("keeps a closing straight quote with the sentence it ends")
    func straightQuotes() {
        #expect(splitter.split("\"Kami siap bertanding,\" kata dia. \"Lawan kami kuat.\" Lalu ia pergi.") == [
            "\"Kami siap bertanding,\" kata dia.", "\"Lawan kami kuat.\"", "Lalu ia pergi.",
        ])
    }

    @Test("keeps a closing curly quote with the sentence it ends")
    func curlyQuotes() {
        #expect(splitter.split("“Kami siap,” katanya. “Lawan kami kuat.” Latihan dimulai. ‘Ya.’ Semua mengangguk.") == [
            "“Kami siap,” katanya.", "“Lawan kami kuat.”", "Latihan dimulai.", "‘Ya.’", "Semua mengangguk.",
        ])
    }

    @Test("splits inside a quotation that spans sentences")
    func quotationOfSeveralSentences() {
        #expect(splitter.split("“Kami sudah siap. Semua pemain sehat,” ujar pelatih.") == [
            "“Kami sudah siap.", "Semua pemain sehat,” ujar pelatih.",
        ])
    }

    @Test("keeps a detached closing quote with the sentence before it")
    func detachedClosingQuote() {
        #expect(splitter.split("Ia berkata, “Kami menang. ” Lalu semua bersorak.") == [
            "Ia berkata, “Kami menang. ”", "Lalu semua bersorak.",
        ])
    }

    @Test("does not split before a speech tag after a quoted question")
    func quotedQuestion() {
        #expect(splitter.split("\"Siapa dia?\" tanya Budi. “Apa kabar?” Ia tersenyum.") == [
            "\"Siapa dia?\" tanya Budi.", "“Apa kabar?”", "Ia tersenyum.",
        ])
    }

    @Test("keeps a closing bracket after the period with its sentence")
    func bracketAfterPeriod() {
        #expect(splitter.split("(Keterangan ini ditambahkan redaksi.) Pertemuan berlanjut.") == [
            "(Keterangan ini ditambahkan redaksi.)", "Pertemuan berlanjut.",
        ])
    }

    @Test("does not split inside a short bracket")
    func shortBracket() {
        #expect(splitter.split("Warga diminta tetap tenang (red. Desk Daerah). Evakuasi berlanjut.") == [
            "Warga diminta tetap tenang (red. Desk Daerah).", "Evakuasi berlanjut.",
        ])
    }

    // MARK: - Ellipses and runs of marks

    @Test("ends a sentence at an ellipsis only before a capitalised word")
    func ellipses() {
        #expect(splitter.split("Ia terdiam... lalu pergi. Semua menunggu… Akhirnya ia kembali... Kami lega.") == [
            "Ia terdiam... lalu pergi.", "Semua menunggu…", "Akhirnya ia kembali...", "Kami lega.",
        ])
        #expect(splitter.split("... dan Ia pun datang.") == ["... dan Ia pun datang."])
    }

    @Test("treats a run of ? and ! as one end")
    func runsOfMarks() {
        #expect(splitter.split("Benarkah itu?! Saya tidak percaya!!! Mengapa?") == [
            "Benarkah itu?!", "Saya tidak percaya!!!", "Mengapa?",
        ])
    }

    // MARK: - Output guarantees

    @Test("never returns empty sentences")
    func noEmptySentences() {
        #expect(splitter.split("").isEmpty)
        #expect(splitter.split("  \n\t ").isEmpty)
        #expect(splitter.split("...") == ["..."])
        #expect(splitter.split("  Halo.  ") == ["Halo."])
        #expect(splitter.split("Satu.  \n  Dua.") == ["Satu.", "Dua."])
    }

    @Test("keeps every non-space character in order", arguments: [
        "“Kami siap,” katanya. ” Lalu (red. A). Dr. X… Y?! \"Z.\" a.n. B. 1.000. ひ.",
        "  Ia datang.\u{00A0}\u{2003}Kami pulang. . . Oke! ",
        "Jl. Sudirman No. 1. (Tbk.) Ltd. S.H. M.H. 2 C. v9. 1 hlm. 5. Rp. 7",
    ])
    func preservesCharacters(paragraph: String) {
        let joined = splitter.split(paragraph).joined(separator: " ")
        #expect(visibleScalars(joined) == visibleScalars(paragraph))
        #expect(splitter.split(paragraph).allSatisfy { !$0.isEmpty && $0 == String($0).trimmingWhitespace() })
    }

    @Test("keeps its guarantees on scrambled text")
    func scrambledText() {
        let pieces = [
            "Ia", "pergi", "Dr", "L", "P", "dll", "Tbk", "S.H", "1.000", "2", "ひ", "é", "\u{301}", "😀",
            ".", ".", "...", "…", "?", "!", ",", ":", "\"", "“", "”", "‘", "’", "(", ")", "[", "]",
            " ", " ", " ", "\u{00A0}", "\u{2003}", "\n", "\r\n", "\u{2028}", "\u{200B}", "\t",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var paragraph = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) + 3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                paragraph += pieces[Int(state >> 33) % pieces.count]
            }
            let sentences = splitter.split(paragraph)
            #expect(visibleScalars(sentences.joined(separator: " ")) == visibleScalars(paragraph), "\(paragraph.debugDescription)")
            #expect(sentences.allSatisfy { !$0.isEmpty }, "\(paragraph.debugDescription)")
        }
    }

    @Test("gives ranges that match the sentences")
    func rangesMatchSentences() {
        let paragraph = "  Ia datang. “Kami pulang,” katanya.  "
        let ranges = splitter.sentenceRanges(in: paragraph)
        #expect(ranges.map { String(paragraph[$0]) } == splitter.split(paragraph))
        #expect(ranges.map { String(paragraph[$0]) } == ["Ia datang.", "“Kami pulang,” katanya."])
    }
}

private extension String {
    /// The string without leading and trailing Unicode whitespace.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
