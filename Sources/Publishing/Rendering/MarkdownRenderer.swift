import Translation

/// Renders a bilingual article as Markdown: the title in Indonesian and English, the source
/// line, the summary bullets in both languages, then the article paragraph by paragraph, each
/// Indonesian paragraph followed by its English as a quote.
///
/// Every text is escaped (see `MarkdownText`), so an article cannot inject HTML or markup into
/// the page. A block without English says why, in bold, where the English would be.
public struct MarkdownRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The Markdown page of `article`, ending with a newline.
    public func render(_ article: BilingualArticle) -> String {
        var out = ""
        out.reserveCapacity(article.blocks.reduce(1024) { $0 + $1.source.text.utf8.count * 2 })

        if let title = article.title {
            out += "# \(MarkdownText.escape(title.source.text))\n\n"
            out += englishLine(for: title, prefix: "**English:** ")
            out += "\n"
        } else {
            out += "# \(MarkdownText.escape(article.id))\n\n"
        }

        let source = SourceLine.parts(of: article.metadata)
        if !source.isEmpty {
            out += "_Sumber / Source:_ "
            out += source.map { "\($0.label): \(MarkdownText.escape($0.value))" }.joined(separator: " · ")
            out += "\n\n"
        }
        if article.hasMachineGist {
            out += "> **Note:** English marked _machine gist_ comes from Warta's offline local translator:"
            out += " a rough gist to follow the story, not a finished translation.\n\n"
        }

        let bullets = article.bullets
        if !bullets.isEmpty {
            out += "## Ringkasan / Summary\n\n"
            for bullet in bullets {
                out += "- \(MarkdownText.escape(bullet.source.text))\n"
                out += englishLine(for: bullet, prefix: "  - EN: ")
            }
            out += "\n"
        }

        let paragraphs = article.paragraphs
        if !paragraphs.isEmpty {
            out += "## Artikel / Article\n\n"
            for paragraph in paragraphs {
                out += "\(MarkdownText.escape(paragraph.source.text))\n\n"
                out += englishLine(for: paragraph, prefix: "> ")
                out += "\n"
            }
        }
        if let engine = article.summaryEngine, !bullets.isEmpty {
            out += "---\n\n_\(MarkdownText.escape(SummaryCredit.text(engine: engine)))_\n"
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// One line with the block's English (or why there is none) and its notices.
    private func englishLine(for block: BlockTranslation, prefix: String) -> String {
        var line = prefix
        let notices = BlockNotice.notices(for: block)
        if let english = BlockNotice.english(of: block) {
            line += MarkdownText.escape(english)
            for notice in notices {
                line += " _(\(MarkdownText.escape(notice.plainText)))_"
            }
        } else {
            line += notices.map { "**[\(MarkdownText.escape($0.label))]** \(MarkdownText.escape($0.detail))" }
                .joined(separator: " ")
        }
        return line + "\n"
    }
}
