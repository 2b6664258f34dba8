import Testing
@testable import ArticleReading

@Suite struct MarkdownInlineTests {
    @Test func removesPairedEmphasisMarkers() {
        #expect(MarkdownInline.plainText("**Tebal**, *miring*, __garis__, _bawah_ dan ~~coret~~.") == "Tebal, miring, garis, bawah dan coret.")
        #expect(MarkdownInline.plainText("***sangat*** penting") == "sangat penting")
    }

    @Test func keepsMarkersThatDoNotPairUp() {
        #expect(MarkdownInline.plainText("5 * 3 = 15 dan nama_file_baru") == "5 * 3 = 15 dan nama_file_baru")
        #expect(MarkdownInline.plainText("Harga naik*") == "Harga naik*")
        #expect(MarkdownInline.plainText("Jaraknya ~5 km") == "Jaraknya ~5 km")
    }

    @Test func keepsTheTextOfLinksAndDropsImages() {
        #expect(MarkdownInline.plainText("Lihat [laporan **BPS**](https://bps.go.id/a_(b)) dan [data][1].") == "Lihat laporan BPS dan data.")
        #expect(MarkdownInline.plainText("Foto ![banjir](a.jpg) di [![ikon](i.png)](https://contoh.id) sini") == "Foto di sini")
        #expect(MarkdownInline.plainText("[Foto: Antara] Warga antre.") == "[Foto: Antara] Warga antre.")
    }

    @Test func keepsCodeSpansAndEscapesLiterally() {
        #expect(MarkdownInline.plainText("Ketik `*salam*` lalu \\*enter\\*") == "Ketik *salam* lalu *enter*")
    }

    @Test func handlesAutolinksTagsAndEntities() {
        #expect(MarkdownInline.plainText("Surel <redaksi@contoh.id> atau <https://contoh.id>.") == "Surel redaksi@contoh.id atau https://contoh.id.")
        #expect(MarkdownInline.plainText("Baris<br/>baru <span class=\"x\">di sini</span> dan 3 < 5") == "Barisbaru di sini dan 3 < 5")
        #expect(MarkdownInline.plainText("Tom &amp; Jerry &#8212; &#x41; &bogus; & dll") == "Tom & Jerry — A &bogus; & dll")
    }
}
