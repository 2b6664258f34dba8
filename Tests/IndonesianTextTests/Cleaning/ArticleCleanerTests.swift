import Testing
@testable import IndonesianText

/// Whole pages through the cleaner, one rule at a time, on articles written for these tests.
@Suite("Article cleaner")
struct ArticleCleanerTests {
    let cleaner = ArticleCleaner()

    static let lead = "Pemerintah kota meresmikan taman baru di tepi sungai pada Senin pagi."
    static let second = "Taman itu dibangun selama dua tahun dengan anggaran daerah dan bantuan warga sekitar."
    static let third = "Wali kota berharap warga ikut menjaga kebersihan taman tersebut setiap hari."

    @Test("takes the first line as the headline and drops its repeat")
    func headline() {
        let article = cleaner.clean("""
            Taman Baru di Tepi Sungai Dibuka untuk Warga

            JAKARTA, KOMPAS.com - \(Self.lead)
            Taman Baru di Tepi Sungai Dibuka untuk Warga
            \(Self.second)
            """)
        #expect(article.title == "Taman Baru di Tepi Sungai Dibuka untuk Warga")
        #expect(article.dateline?.place == "JAKARTA")
        #expect(article.dateline?.outlet == "KOMPAS.com")
        #expect(article.paragraphs == [Self.lead, Self.second])
    }

    @Test("prefers the caller's title and drops its copy from the text")
    func givenTitle() {
        let article = cleaner.clean("Beranda\nTaman Baru Dibuka\n\(Self.lead)\n\(Self.second)", title: "Taman Baru Dibuka")
        #expect(article.title == "Taman Baru Dibuka")
        #expect(article.paragraphs == [Self.lead, Self.second])
    }

    @Test("finds the headline inside a page title that names the outlet")
    func pageTitle() {
        let article = cleaner.clean("Beranda\nTaman Baru Dibuka untuk Warga Kota\n\(Self.lead)", title: "Taman Baru Dibuka untuk Warga Kota - Contoh.com")
        #expect(article.title == "Taman Baru Dibuka untuk Warga Kota - Contoh.com")
        #expect(article.paragraphs == [Self.lead])
    }

    @Test("puts the dateline back in front of the lead on request")
    func printedLead() {
        let article = cleaner.clean("Jakarta (ANTARA) - \(Self.lead)\n\(Self.second)")
        #expect(article.dateline?.text == "Jakarta (ANTARA) -")
        #expect(article.paragraphs.first == Self.lead)
        #expect(article.paragraphsWithDateline.first == "Jakarta (ANTARA) - \(Self.lead)")
    }

    @Test("keeps the source line as metadata")
    func source() {
        let sourced = cleaner.clean("\(Self.lead)\n\(Self.second)\nSumber : Reuters/AB\nBagikan :")
        #expect(sourced.source == "Reuters/AB")
        #expect(sourced.paragraphs == [Self.lead, Self.second])
        let republished = cleaner.clean("\(Self.lead)\nArtikel ini telah tayang di Contoh.com dengan judul \"Taman Baru\".")
        #expect(republished.source == "Contoh.com dengan judul \"Taman Baru\".")
        #expect(republished.paragraphs == [Self.lead])
    }

    @Test("removes related-link lines in their usual spellings")
    func relatedLinks() {
        let article = cleaner.clean("""
            \(Self.lead)
            Baca Juga: Jalan Protokol Ditutup Selama Peresmian Taman
            Baca juga : Warga Keluhkan Parkir Liar di Sekitar Sungai
            \(Self.second)
            Simak juga 'Taman Kota Jadi Tempat Favorit Warga':
            Lihat juga: Video Peresmian Taman
            \(Self.third)
            """)
        #expect(article.paragraphs == [Self.lead, Self.second, Self.third])
    }

    @Test("drops everything under a related-articles heading")
    func relatedList() {
        let article = cleaner.clean("""
            \(Self.lead)
            \(Self.second)
            Berita Terkait
            Pedagang Kaki Lima Ditertibkan Jelang Peresmian
            Harga Tiket Masuk Taman Diumumkan Pekan Depan
            Warga antusias menyambut taman itu.
            """)
        #expect(article.paragraphs == [Self.lead, Self.second])
    }

    @Test("drops only the links of a related box printed inside the article")
    func relatedBoxInside() {
        let long = "Warga datang sejak pagi untuk melihat taman itu. Banyak di antara mereka membawa anak-anak dan bekal makan siang."
        let article = cleaner.clean("""
            \(Self.lead)
            Artikel Terkait
            Pedagang Kaki Lima Ditertibkan Jelang Peresmian
            \(Self.second)
            Editor: Sari Dewi
            \(long)
            Berita Terkait
            Harga Tiket Masuk Taman Diumumkan Pekan Depan
            """)
        #expect(article.paragraphs == [Self.lead, Self.second, long])
    }

    @Test("drops the links under a bare \"Baca juga\" label and goes on with the body")
    func relatedLabel() {
        let article = cleaner.clean("""
            \(Self.lead)
            Baca juga:
            Pedagang Kaki Lima Ditertibkan Jelang Peresmian
            \(Self.second)
            """)
        #expect(article.paragraphs == [Self.lead, Self.second])
    }

    @Test("removes credits, bylines and the name under a bare label")
    func credits() {
        let article = cleaner.clean("""
            Taman Baru di Tepi Sungai Dibuka untuk Warga
            Reporter
            Budi Santoso
            Editor: Sari Dewi
            Rep: Budi Santoso/ Red: Sari Dewi
            Jakarta - \(Self.lead)
            \(Self.second)
            Penulis: Budi Santoso | Editor: Sari Dewi
            """)
        #expect(article.paragraphs == [Self.lead, Self.second])
    }

    @Test("removes photo captions, with their credit or printed twice")
    func captions() {
        let article = cleaner.clean("""
            Taman Baru di Tepi Sungai Dibuka untuk Warga
            Suasana taman baru di tepi sungai
            Suasana taman baru di tepi sungai
            \(Self.lead)
            Anak-anak bermain di taman kota, Senin (6/5/2024). ANTARA FOTO/Rina Putri
            \(Self.second)
            Pengunjung berfoto di gerbang taman (Foto: Dok. Pemkot)
            Wali kota meninjau taman, Senin (6/5/2024). (CONTOH.com/RINA PUTRI)
            FOTO: Warga berolahraga di taman kota pada pagi hari.
            \(Self.third)
            """)
        #expect(article.paragraphs == [Self.lead, Self.second, Self.third])
    }

    @Test("keeps the first copy of a repeated long paragraph")
    func repeatedParagraph() {
        let article = cleaner.clean("\(Self.lead) \(Self.second)\n\(Self.third)\n\(Self.lead) \(Self.second)")
        #expect(article.paragraphs == ["\(Self.lead) \(Self.second)", Self.third])
    }

    @Test("removes dates, ads, scroll markers, share prompts and copyright footers")
    func widgets() {
        let article = cleaner.clean("""
            Selasa, 8 September 2020 10:15 WIB
            5 jam yang lalu
            \(Self.lead)
            Advertisement
            Scroll to continue with content
            \(Self.second)
            Bagikan :
            Ikuti kami di Google News untuk kabar terbaru
            Copyright © Contoh Media 2024
            Scroll to Top
            """)
        #expect(article.paragraphs == [Self.lead, Self.second])
    }

    @Test("keeps a list announced by a colon")
    func announcedList() {
        let article = cleaner.clean("""
            \(Self.lead)
            Berikut fasilitas taman yang sudah dibuka:
            - Jalur Sepeda
            - Taman Bermain Anak dan Lapangan Basket
            \(Self.second)
            """)
        #expect(article.paragraphs.count == 5)
    }

    @Test("gives no paragraphs for a page of boilerplate only")
    func boilerplateOnly() {
        let article = cleaner.clean("""
            Advertisement
            Baca Juga: Jalan Protokol Ditutup Selama Peresmian Taman
            Bagikan :
            Rabu, 26 Jan 2022 14:00 WIB
            Scroll to Top
            """)
        #expect(article.paragraphs.isEmpty)
        #expect(article.dateline == nil)
    }

    @Test("lets text without punctuation through")
    func noPunctuation() {
        let text = """
            Pemerintah kota meresmikan taman baru di tepi sungai pada Senin pagi bersama warga sekitar
            Taman itu dibangun selama dua tahun dengan anggaran daerah dan bantuan warga sekitar
            Wali kota berharap warga ikut menjaga kebersihan taman tersebut setiap hari
            menurut warga taman itu menjadi tempat bermain anak anak pada sore hari
            """
        let article = cleaner.clean(text)
        #expect(article.title == nil)
        #expect(article.paragraphs == text.split(separator: "\n").map(String.init))
    }

    @Test("keeps an empty text empty")
    func empty() {
        let article = cleaner.clean("")
        #expect(article.paragraphs.isEmpty)
        #expect(article.title == nil)
    }
}
