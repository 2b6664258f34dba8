import Feeds
import Foundation
import Testing

@Suite struct FeedParserTests {
    private let feedURL = URL(string: "https://kabar.example/rss/terbaru.xml")!

    private func parse(_ text: String) throws -> Feed {
        try FeedParser.parse(Data(text.utf8), url: feedURL)
    }

    private func failure(_ text: String) -> FeedError? {
        do {
            _ = try FeedParser.parse(Data(text.utf8), url: feedURL)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsAnRSSChannelAndItsItems() throws {
        let feed = try parse(FeedFixtures.rss([FeedFixtures.bridge, FeedFixtures.market], site: URL(string: "https://kabar.example")!))
        #expect(feed.format == .rss)
        #expect(feed.title == "Kabar Desa")
        #expect(feed.items.count == 2)
        let first = try #require(feed.items.first)
        #expect(first.title == FeedFixtures.bridge.title)
        #expect(first.url?.absoluteString == "https://kabar.example/berita/jembatan-bambu-sukamaju?utm_source=rss&utm_medium=feed")
        #expect(first.id == "kabar-jembatan-bambu-sukamaju")
        #expect(first.author == "Redaksi Kabar Desa")
        #expect(first.summary == "<p>\(FeedFixtures.bridge.paragraphs[0])</p>")
        #expect(first.published.map(FeedDate.iso8601) == "2026-11-29T17:15:00Z")
    }

    @Test func takesContentEncodedAsTheFullTextAndResolvesRelativeLinks() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Warta Kampung</title>
            <item><title>  Lomba perahu
               hias </title><link>/kampung/lomba-perahu</link>
            <content:encoded>&lt;p&gt;Dua puluh perahu hias ikut lomba.&lt;/p&gt;</content:encoded></item>
            </channel></rss>
            """)
        let item = try #require(feed.items.first)
        #expect(item.title == "Lomba perahu hias")
        #expect(item.url?.absoluteString == "https://kabar.example/kampung/lomba-perahu")
        #expect(item.content == "<p>Dua puluh perahu hias ikut lomba.</p>")
    }

    @Test func extensionElementsDoNotTakeTheItemsFields() throws {
        let feed = try parse("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
            <item><atom:link rel="related" href="https://lain.example/x"/><media:title>Foto: perahu</media:title>
            <title>Perahu Nelayan Baru</title><link>https://kabar.example/perahu</link></item>
            </channel></rss>
            """)
        #expect(feed.items.first?.title == "Perahu Nelayan Baru")
        #expect(feed.items.first?.url?.absoluteString == "https://kabar.example/perahu")
    }

    @Test func anRSSGuidIsTheLinkWhenItIsAPermalinkAndNoLinkIsGiven() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>Satu</title><guid>https://kabar.example/satu</guid></item>
            <item><title>Dua</title><guid isPermaLink="false">https://kabar.example/dua</guid></item>
            </channel></rss>
            """)
        #expect(feed.items.map(\.url?.absoluteString) == ["https://kabar.example/satu", nil])
    }

    @Test func readsAnAtomFeed() throws {
        let feed = try parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Catatan Pesisir</title>
              <id>urn:uuid:7d1c6d4e-pesisir</id>
              <entry>
                <title>Nelayan Teluk Biru Kembali Melaut</title>
                <link rel="edit" href="https://pesisir.example/api/entries/12"/>
                <link rel="alternate" type="text/html" href="https://pesisir.example/2026/11/nelayan-melaut"/>
                <id>tag:pesisir.example,2026:12</id>
                <published>2026-11-30T05:30:00+07:00</published>
                <updated>2026-11-30T08:00:00+07:00</updated>
                <author><name>Wulan Sari</name><email>wulan@pesisir.example</email></author>
                <summary type="html">&lt;p&gt;Cuaca membaik setelah sepekan badai.&lt;/p&gt;</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Perahu-perahu kembali ke laut.</p><p>Harga ikan turun.</p></div></content>
              </entry>
            </feed>
            """)
        #expect(feed.format == .atom)
        #expect(feed.title == "Catatan Pesisir")
        let entry = try #require(feed.items.first)
        #expect(entry.title == "Nelayan Teluk Biru Kembali Melaut")
        #expect(entry.url?.absoluteString == "https://pesisir.example/2026/11/nelayan-melaut")
        #expect(entry.id == "tag:pesisir.example,2026:12")
        #expect(entry.author == "Wulan Sari")
        #expect(entry.published.map(FeedDate.iso8601) == "2026-11-29T22:30:00Z")
        #expect(entry.summary == "<p>Cuaca membaik setelah sepekan badai.</p>")
        #expect(entry.content == "<div><p>Perahu-perahu kembali ke laut.</p><p>Harga ikan turun.</p></div>")
    }

    @Test func readsAJSONFeedOfVersionOnePointOne() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Suara Lembah",
             "authors": [{"name": "Redaksi Suara Lembah"}],
             "items": [
               {"id": "901", "url": "https://lembah.example/panen-kopi", "title": "Panen Kopi Dimulai Lebih Awal",
                "content_html": "<p>Petani kopi di lembah mulai memetik buah merah.</p>",
                "summary": "Musim kemarau membuat buah kopi matang lebih cepat.",
                "date_published": "2026-11-28T09:00:00+07:00", "authors": [{"name": "Rudi Hartono"}]},
               {"id": 902, "url": "/festival-panen", "title": "Festival Panen", "content_text": "Warga menggelar festival panen."}
             ]}
            """)
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "Suara Lembah")
        #expect(feed.items.map(\.id) == ["901", "902"])
        #expect(feed.items[0].author == "Rudi Hartono")
        #expect(feed.items[0].content == "<p>Petani kopi di lembah mulai memetik buah merah.</p>")
        #expect(feed.items[0].summary == "Musim kemarau membuat buah kopi matang lebih cepat.")
        #expect(feed.items[0].published.map(FeedDate.iso8601) == "2026-11-28T02:00:00Z")
        #expect(feed.items[1].url?.absoluteString == "https://kabar.example/festival-panen")
        #expect(feed.items[1].content == "Warga menggelar festival panen.")
        #expect(feed.items[1].author == "Redaksi Suara Lembah", "the feed's author stands for an item's")
    }

    @Test func readsAJSONFeedOfVersionOneWithItsSingleAuthor() throws {
        let feed = try parse("""
            {"version": "https://jsonfeed.org/version/1", "title": "Lama",
             "items": [{"id": "a", "url": "https://lama.example/a", "author": {"name": "Ani"}, "content_text": "Teks."}]}
            """)
        #expect(feed.items.first?.author == "Ani")
    }

    @Test func brokenXMLIsAMalformedFeedNamingTheURLAndTheLine() throws {
        let error = try #require(failure("<rss version=\"2.0\"><channel>\n<title>Rusak</title>\n<item><title>Tanpa akhir</item></channel></rss>"))
        guard case let .malformedFeed(url, reason) = error else {
            Issue.record("expected a malformed feed, got \(error)")
            return
        }
        #expect(url == feedURL.absoluteString)
        #expect(reason.contains("line 3"))
        #expect(reason.contains("end tag does not match"))
        #expect(error.description.contains(feedURL.absoluteString))
    }

    @Test func aFeedCutOffHalfwayIsMalformed() throws {
        let error = try #require(failure("<rss version=\"2.0\"><channel><title>Putus</title><item><title>Setengah"))
        #expect(error.description.contains("cut off"))
    }

    @Test func anHTMLPageIsNotTakenForAFeed() throws {
        let error = try #require(failure("<html><head><title>Beranda</title></head><body><p>Halo</p></body></html>"))
        #expect(error.description.contains("HTML page"))
    }

    @Test func anXMLDocumentOfAnotherKindIsRefused() throws {
        let error = try #require(failure("<?xml version=\"1.0\"?><catatan><isi>bukan feed</isi></catatan>"))
        #expect(error.description.contains("<catatan>"))
    }

    @Test func JSONWithoutAJSONFeedVersionIsRefused() throws {
        let error = try #require(failure(#"{"title": "Bukan feed", "items": []}"#))
        #expect(error.description.contains("version"))
    }

    @Test func brokenJSONAndPlainTextAreRefused() throws {
        #expect(failure(#"{"version": "https://jsonfeed.org/version/1.1", "items": [ "#) != nil)
        #expect(failure("halo, ini bukan feed") != nil)
        #expect(failure("   \n") != nil)
    }
}
