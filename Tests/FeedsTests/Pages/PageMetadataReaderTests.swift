import Feeds
import Testing

@Suite struct PageMetadataReaderTests {
    @Test func JSONLDInAGraphWinsOverMetaTags() {
        let metadata = PageMetadataReader.read(FeedFixtures.page(FeedFixtures.bridge))
        #expect(metadata.headline == FeedFixtures.bridge.title)
        #expect(metadata.published == "2026-11-30T06:15:00+07:00")
        #expect(metadata.author == "Nur Aini, Bayu Pratama")
        #expect(metadata.publisher == "Kabar Desa Online")
    }

    @Test func metaTagsSpeakWhenThereIsNoJSONLD() {
        let metadata = PageMetadataReader.read(FeedFixtures.page(FeedFixtures.market, jsonLD: false))
        #expect(metadata.headline == FeedFixtures.market.title)
        #expect(metadata.published == "2026-11-30T07:00:00+07:00")
        #expect(metadata.author == "Tim Redaksi")
        #expect(metadata.publisher == "Kabar Desa")
    }

    @Test func readsATopLevelArrayAndAnAuthorGivenAsText() {
        let metadata = PageMetadataReader.read("""
            <html><head>
            <script type="application/ld+json">[{"@type": "BreadcrumbList"},
              {"@type": ["NewsArticle"], "headline": "Sumur Bor Baru untuk Dusun Kering", "author": "Joko Santoso",
               "dateCreated": "2026-11-01T10:00:00+07:00"}]</script>
            </head><body></body></html>
            """)
        #expect(metadata.headline == "Sumur Bor Baru untuk Dusun Kering")
        #expect(metadata.author == "Joko Santoso")
        #expect(metadata.published == "2026-11-01T10:00:00+07:00")
    }

    @Test func anAuthorMetaTagThatIsALinkIsNotAName() {
        let metadata = PageMetadataReader.read("""
            <html><head><meta property="article:author" content="https://sosial.example/kabardesa">
            <link rel="canonical" href="https://kabar.example/berita/a"></head><body></body></html>
            """)
        #expect(metadata.author == nil)
        #expect(metadata.canonicalURL == "https://kabar.example/berita/a")
    }

    @Test func brokenJSONLDIsIgnored() {
        let metadata = PageMetadataReader.read("""
            <html><head><meta property="og:title" content="Judul dari meta">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body></body></html>
            """)
        #expect(metadata.headline == "Judul dari meta")
    }

    @Test func anEmptyPageHasNoMetadata() {
        #expect(PageMetadataReader.read("") == PageMetadata())
    }
}
