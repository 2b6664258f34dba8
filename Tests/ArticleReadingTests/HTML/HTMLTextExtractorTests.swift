import Testing
@testable import ArticleReading

@Suite struct HTMLTextExtractorTests {
    private func paragraphs(_ html: String) -> [String] {
        HTMLTextExtractor.extract(html).paragraphs
    }

    @Test func blockElementsMakeParagraphsAndInlineElementsDoNot() {
        let html = """
            <body><h2>Dampak Kenaikan</h2><p>Harga <b>gas</b> <i>elpiji</i> naik.<br>Pedagang mengeluh.</p>
            <ul><li>Warteg</li><li>Penjual gorengan</li></ul>
            <blockquote>"Kami terpaksa menaikkan harga," kata Siti.</blockquote>
            <table><tr><td>Elpiji 3 kg</td><td>Rp 22.000</td></tr></table>
            <figure><img src="a.jpg" alt="foto"><figcaption>Antrean elpiji di Depok.</figcaption></figure></body>
            """
        #expect(paragraphs(html) == [
            "Dampak Kenaikan", "Harga gas elpiji naik.", "Pedagang mengeluh.", "Warteg", "Penjual gorengan",
            "\"Kami terpaksa menaikkan harga,\" kata Siti.", "Elpiji 3 kg Rp 22.000", "Antrean elpiji di Depok.",
        ])
    }

    @Test func skipsScriptsStylesFormsAndEmbeddedMedia() {
        let html = """
            <body><style>p { color: red }</style><p>Isi berita.</p><script>track()</script>
            <noscript>Aktifkan JavaScript</noscript><form><input value="Cari"><button>Kirim</button></form>
            <iframe src="video.html">Video</iframe><svg><text>Logo</text></svg><template><p>Templat</p></template></body>
            """
        #expect(paragraphs(html) == ["Isi berita."])
    }

    @Test func decodesEntities() {
        #expect(paragraphs("<p>Tom &amp; Jerry &eacute; &#8220;kutip&#8221; &lt;tag&gt;</p>") == ["Tom & Jerry é “kutip” <tag>"])
    }

    @Test func prefersTheArticleAndSkipsThePageFurnitureAroundIt() {
        let html = """
            <body><header><a href="/">Kabar Kota</a></header><nav>Beranda Politik Ekonomi</nav>
            <main><article><header>Oleh Rina | 3 Mei</header>
            <p>Pemerintah kota membuka taman baru di Cibubur pada Sabtu pagi untuk warga sekitar.</p>
            <aside>Baca juga: Taman lama direnovasi</aside>
            <p>Taman seluas dua hektare itu dilengkapi jalur lari dan tempat bermain anak-anak.</p>
            </article></main><aside>Terpopuler</aside><footer>Hak cipta Kabar Kota</footer></body>
            """
        #expect(paragraphs(html) == [
            "Pemerintah kota membuka taman baru di Cibubur pada Sabtu pagi untuk warga sekitar.",
            "Taman seluas dua hektare itu dilengkapi jalur lari dan tempat bermain anak-anak.",
        ])
    }

    @Test func prefersTheArticleBodyAndTheLargestArticle() {
        let body = "Para nelayan di pesisir utara Jawa kembali melaut setelah cuaca buruk mereda selama sepekan terakhir ini."
        let html = """
            <body><article><p>Teaser: Banjir di Demak surut.</p></article>
            <article><h1>Nelayan Kembali Melaut</h1><div class="byline">Oleh Ahmad</div>
            <div itemprop="articleBody"><p>\(body)</p><p>Hasil tangkapan mulai membaik, kata ketua kelompok nelayan setempat.</p></div></article>
            <article><p>Teaser: Harga ikan turun.</p></article></body>
            """
        let extraction = HTMLTextExtractor.extract(html)
        #expect(extraction.paragraphs == [body, "Hasil tangkapan mulai membaik, kata ketua kelompok nelayan setempat."])
        #expect(extraction.title == "Nelayan Kembali Melaut")
    }

    @Test func takesTheBodyWhenNoContainerIsMarked() {
        let html = "<body><nav>Menu</nav><div><p>Satu-satunya paragraf.</p></div></body>"
        #expect(paragraphs(html) == ["Satu-satunya paragraf."])
    }

    @Test func findsTheBodyOfAPageThatMarksNoArticle() {
        let html = """
            <body><div class="top"><div class="menu-utama"><a>Beranda</a> <a>Nasional</a> <a>Daerah</a></div>
            <div class="logo">Kabar Kota</div></div>
            <div class="wrap"><div class="isi"><h1>Pasar Terapung Kembali Ramai</h1>
            <p>Banjarmasin - Pasar terapung di Sungai Martapura kembali ramai dikunjungi wisatawan pada akhir pekan ini.</p>
            <p>Pedagang menjual sayur, buah, dan kue tradisional dari atas perahu sejak subuh.</p>
            <div class="iklan-tengah">IKLAN</div>
            </div><div class="isi-lanjutan"><p>Dinas pariwisata mencatat kenaikan kunjungan hingga tiga puluh persen.</p></div>
            <div class="sidebar-kanan"><p>Terpopuler</p><p>Indeks berita</p></div></div>
            <div class="bawah"><p>Hak cipta Kabar Kota.</p></div></body>
            """
        #expect(paragraphs(html) == [
            "Banjarmasin - Pasar terapung di Sungai Martapura kembali ramai dikunjungi wisatawan pada akhir pekan ini.",
            "Pedagang menjual sayur, buah, dan kue tradisional dari atas perahu sejak subuh.",
            "Dinas pariwisata mencatat kenaikan kunjungan hingga tiga puluh persen.",
        ])
    }

    @Test func skipsHiddenElements() {
        let html = """
            <body><p>Terlihat.</p><p hidden>Tersembunyi.</p><div style="display: none">Juga tersembunyi.</div>
            <span aria-hidden="true">Ikon</span></body>
            """
        #expect(paragraphs(html) == ["Terlihat."])
    }

    @Test func skipsSmallWidgetsNamedByClassOrIDButNeverTheArticleItself() {
        let long = String(repeating: "Petani di Garut memanen kentang lebih awal karena hujan. ", count: 4)
        let html = """
            <body><article class="post social-news"><p>\(long)</p>
            <div class="share-buttons">Bagikan ke Facebook</div><div id="baca_juga">Baca juga: Harga kentang</div>
            <div class="related-posts">Berita terkait</div><p>Panen berlangsung hingga akhir bulan.</p></article></body>
            """
        #expect(paragraphs(html) == [String(long.dropLast()), "Panen berlangsung hingga akhir bulan."])
    }

    @Test func recoversFromBrokenMarkup() {
        let html = "<p>Paragraf pertama <b>tebal<p>Paragraf kedua</div></span> selesai.<p>Ketiga &bogus; &"
        #expect(paragraphs(html) == ["Paragraf pertama tebal", "Paragraf kedua selesai.", "Ketiga &bogus; &"])
    }

    @Test func trustsTheDecodedTextOverADeclaredCharset() {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Kafé “Kopi” di Medan</p></body></html>"
        #expect(paragraphs(html) == ["Kafé “Kopi” di Medan"])
    }

    @Test func takesTheTitleFromOpenGraphThenTheHeadingThenTheTitleElement() {
        let head = "<title>Judul Dokumen | Kabar Kota</title>"
        let og = "<meta property=\"og:title\" content=\"Judul Open Graph\">"
        #expect(HTMLTextExtractor.extract("<head>\(og)\(head)</head><body><h1>Judul Utama</h1><p>Isi.</p></body>").title == "Judul Open Graph")
        #expect(HTMLTextExtractor.extract("<head>\(head)</head><body><h1>Judul Utama</h1><p>Isi.</p></body>").title == "Judul Utama")
        #expect(HTMLTextExtractor.extract("<head>\(head)</head><body><p>Isi.</p></body>").title == "Judul Dokumen")
        #expect(HTMLTextExtractor.extract("<body><p>Isi.</p></body>").title == nil)
    }

    @Test func dropsAFirstParagraphThatRepeatsTheTitle() {
        let html = "<head><meta property=\"og:title\" content=\"Bandara Baru Dibuka\"></head><body><h1>Bandara Baru Dibuka</h1><p>Isi.</p></body>"
        #expect(paragraphs(html) == ["Isi."])
    }

    @Test func stripsTheSiteNameFromTheOpenGraphTitle() {
        let html = """
            <head><meta property="og:site_name" content="Kabar Kota"><meta property="og:title" content="Tarif Air Naik - Kabar Kota"></head>
            <body><p>Isi.</p></body>
            """
        #expect(HTMLTextExtractor.extract(html).title == "Tarif Air Naik")
    }

    @Test func anEmptyPageYieldsNothing() {
        #expect(HTMLTextExtractor.extract("") == .init(title: nil, paragraphs: []))
        #expect(HTMLTextExtractor.extract("<html></html>") == .init(title: nil, paragraphs: []))
    }
}
