import Foundation

/// Fictional stories, feeds and pages written for these tests.
enum FeedFixtures {
    /// A made-up story: its address on the test site, headline and paragraphs.
    struct Story {
        var slug: String
        var title: String
        var paragraphs: [String]
    }

    static let bridge = Story(
        slug: "jembatan-bambu-sukamaju",
        title: "Warga Sukamaju Membangun Jembatan Bambu dalam Tiga Hari",
        paragraphs: [
            "Warga Desa Sukamaju bergotong royong membangun jembatan bambu sepanjang dua puluh meter di atas sungai yang membelah desa mereka.",
            "Kepala desa, Darmawan Susilo, mengatakan jembatan lama hanyut terbawa banjir pekan lalu sehingga anak-anak harus memutar lima kilometer untuk ke sekolah.",
            "Pekerjaan dimulai Jumat pagi dan selesai Minggu sore, dengan bambu yang disumbangkan oleh para pemilik kebun di lereng bukit.",
        ]
    )

    static let market = Story(
        slug: "pasar-terapung-ramai",
        title: "Pasar Terapung Lok Sari Ramai Pengunjung Saat Libur Panjang",
        paragraphs: [
            "Pasar terapung Lok Sari dipadati pengunjung selama libur panjang akhir pekan, dengan ratusan perahu pedagang berjajar sejak subuh.",
            "Seorang pedagang buah, Siti Rahmawati, mengaku dagangannya habis sebelum pukul delapan pagi, jauh lebih cepat dari hari biasa.",
            "Pengelola pasar menambah petugas keamanan dan menyiapkan dermaga sementara agar perahu wisata tidak berebut tempat dengan perahu pedagang.",
        ]
    )

    static let kites = Story(
        slug: "festival-layang-layang",
        title: "Festival Layang-Layang Pantai Cemara Diikuti Ratusan Peserta",
        paragraphs: [
            "Ratusan peserta dari berbagai kota mengikuti festival layang-layang di Pantai Cemara yang digelar selama dua hari sejak Sabtu.",
            "Layang-layang berbentuk naga sepanjang tiga puluh meter karya kelompok pemuda setempat menjadi tontonan paling ramai.",
            "Panitia berharap festival ini menjadi agenda tahunan yang mendatangkan wisatawan ke desa nelayan tersebut.",
        ]
    )

    /// An RSS 2.0 document listing `stories` on `site`.
    static func rss(_ stories: [Story], site: URL) -> String {
        let items = stories.enumerated().map { index, story in
            """
                <item>
                  <title>\(story.title)</title>
                  <link>\(site.absoluteString)/berita/\(story.slug)?utm_source=rss&amp;utm_medium=feed</link>
                  <guid isPermaLink="false">kabar-\(story.slug)</guid>
                  <pubDate>Mon, 30 Nov 2026 0\(index):15:00 +0700</pubDate>
                  <dc:creator>Redaksi Kabar Desa</dc:creator>
                  <description><![CDATA[<p>\(story.paragraphs[0])</p>]]></description>
                </item>
            """
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Kabar Desa</title>
                <link>\(site.absoluteString)/</link>
                <description>Berita dari desa-desa</description>
            \(items)
              </channel>
            </rss>
            """
    }

    /// An article page for `story`: menus, a sidebar and a footer around the article, with
    /// meta tags and, when `jsonLD`, a NewsArticle block.
    static func page(_ story: Story, jsonLD: Bool = true, sidebar: String = "Terpopuler: Harga cabai naik lagi di pasar kota") -> String {
        let body = story.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let structured = jsonLD ? """
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Kabar Desa"},
              {"@type": "NewsArticle", "headline": "\(story.title)", "datePublished": "2026-11-30T06:15:00+07:00",
               "author": [{"@type": "Person", "name": "Nur Aini"}, {"@type": "Person", "name": "Bayu Pratama"}],
               "publisher": {"@type": "Organization", "name": "Kabar Desa Online"}}
            ]}
            </script>
            """ : ""
        return """
            <!DOCTYPE html>
            <html lang="id"><head>
            <meta charset="utf-8">
            <title>\(story.title) - Kabar Desa</title>
            <meta property="og:title" content="\(story.title)">
            <meta property="og:site_name" content="Kabar Desa">
            <meta property="article:published_time" content="2026-11-30T07:00:00+07:00">
            <meta name="author" content="Tim Redaksi">
            \(structured)
            </head><body>
            <nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav>
            <article>
            <h1>\(story.title)</h1>
            \(body)
            </article>
            <aside><p>\(sidebar)</p></aside>
            <footer><p>Hak cipta Kabar Desa. Seluruh hak dilindungi.</p></footer>
            </body></html>
            """
    }
}
