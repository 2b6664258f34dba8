import Translation

/// Articles written for these tests (never copied from the shared data).
enum SampleArticles {
    /// A complete article: title, two bullets, three paragraphs, every block translated.
    static func translated(id: String = "banjir-jakarta") -> BilingualArticle {
        BilingualArticle(
            id: id,
            metadata: ArticleMetadata(publisher: "Kabar Kota", place: "Jakarta", date: "2026-11-30", url: "https://kabar.example/banjir"),
            blocks: [
                block(.title, .title, "Banjir melanda Jakarta Utara", "Floods hit North Jakarta"),
                block(.bullet(1), .bullet, "Hujan deras turun sejak Minggu malam.", "Heavy rain has fallen since Sunday night."),
                block(.bullet(2), .bullet, "Ratusan warga mengungsi ke masjid.", "Hundreds of residents took shelter in a mosque."),
                block(.paragraph(1), .paragraph, "Air setinggi satu meter menggenangi permukiman warga.", "Water a metre deep flooded the homes."),
                block(.paragraph(2), .paragraph, "Petugas membuka dapur umum di kantor kelurahan.", "Officials opened a public kitchen at the ward office."),
                block(.paragraph(3), .paragraph, "Hujan diperkirakan berlanjut hingga Rabu.", "Rain is expected to continue until Wednesday."),
            ],
            summaryEngine: "extractive"
        )
    }

    /// An article whose second paragraph failed, third is in another language, and first bullet
    /// came from the local translator.
    static func mixed() -> BilingualArticle {
        var article = translated(id: "campuran")
        article.blocks[1].provider = "local"
        article.blocks[1].model = nil
        article.blocks[4] = BlockTranslation(
            source: article.blocks[4].source, status: .failed, provider: "deepl", failure: "HTTP 503 after 3 attempts"
        )
        article.blocks[5] = BlockTranslation(source: article.blocks[5].source, status: .otherLanguage, failure: "Javanese")
        article.blocks[3].glossaryMisses = [GlossaryMiss(indonesian: "permukiman", english: "settlement")]
        return article
    }

    /// An article whose every text (and metadata) is hostile markup.
    static func hostile() -> BilingualArticle {
        let attack = "<script>alert(1)</script> \"onmouseover=alert(2) x='y' &amp; <img src=x onerror=alert(3)>"
        return BilingualArticle(
            id: "<b>jahat</b>",
            metadata: ArticleMetadata(publisher: "<i>Pers</i>", author: "\"><script>alert(4)</script>", url: "javascript:alert(5)"),
            blocks: [
                block(.title, .title, "Judul \(attack)", "Title \(attack)"),
                block(.bullet(1), .bullet, "Poin \(attack)", "Point \(attack)"),
                block(.paragraph(1), .paragraph, "Paragraf \(attack)", "Paragraph \(attack)"),
                BlockTranslation(source: SourceBlock(id: .paragraph(2), kind: .paragraph, text: "Gagal"), status: .failed, failure: attack),
            ]
        )
    }

    /// A translated block.
    static func block(_ id: BlockID, _ kind: BlockKind, _ indonesian: String, _ english: String) -> BlockTranslation {
        BlockTranslation(
            source: SourceBlock(id: id, kind: kind, text: indonesian), english: english, status: .translated,
            provider: "deepl", model: "default"
        )
    }

    /// An article left in Indonesian (`provider: none`).
    static func untranslated(id: String = "hanya-indonesia") -> BilingualArticle {
        var article = translated(id: id)
        article.blocks = article.blocks.map { .untranslated($0.source) }
        return article
    }
}
