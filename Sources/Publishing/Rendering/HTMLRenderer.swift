import Translation

/// Renders a bilingual article as one self-contained HTML page: every Indonesian block beside
/// its English on a wide screen, above it on a phone.
///
/// The page has its style inline and loads nothing (no scripts, fonts or images; its content
/// security policy forbids them too). Every text from the article, its metadata or a provider
/// is escaped, so `<script>` in an article shows as text. Each pair of blocks is a
/// `<div class="pair" id="BLOCK-ID">` holding a `lang="id"` and a `lang="en"` column; a block
/// without English shows why in its English column.
public struct HTMLRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The HTML page of `article`.
    public func render(_ article: BilingualArticle) -> String {
        var out = ""
        out.reserveCapacity(article.blocks.reduce(8192) { $0 + $1.source.text.utf8.count * 2 + 256 })
        let title = article.title
        out += HTMLPage.head(title: title.map { pageTitle($0) } ?? article.id)
        out += "<main>\n<header>\n"
        out += HTMLPage.columnHeadings
        if let title {
            out += pair(title, indonesian: "<h1>\(HTMLText.escape(title.source.text))</h1>", englishTag: "p class=\"title-en\"")
        } else {
            out += "<h1>\(HTMLText.escape(article.id))</h1>\n"
        }
        let source = SourceLine.parts(of: article.metadata)
        if !source.isEmpty {
            out += "<p class=\"source\">"
            for part in source {
                out += "<span>\(HTMLText.escape(part.label)): \(sourceValue(part))</span>"
            }
            out += "</p>\n"
        }
        if article.hasMachineGist {
            out += "<p class=\"banner\" lang=\"en\">English marked <strong>machine gist</strong> comes from Warta's offline "
            out += "local translator: a rough gist to follow the story, not a finished translation.</p>\n"
        }
        out += "</header>\n"

        let bullets = article.bullets
        if !bullets.isEmpty {
            out += "<section>\n<h2><span lang=\"id\">Ringkasan</span> / <span lang=\"en\">Summary</span></h2>\n<ul class=\"bullets\">\n"
            for bullet in bullets {
                out += "<li>"
                out += pair(bullet, indonesian: "<p>\(HTMLText.escape(bullet.source.text))</p>", englishTag: "p")
                out += "</li>\n"
            }
            out += "</ul>\n</section>\n"
        }

        let paragraphs = article.paragraphs
        if !paragraphs.isEmpty {
            out += "<section>\n<h2><span lang=\"id\">Artikel</span> / <span lang=\"en\">Article</span></h2>\n"
            for paragraph in paragraphs {
                out += pair(paragraph, indonesian: "<p>\(HTMLText.escape(paragraph.source.text))</p>", englishTag: "p")
            }
            out += "</section>\n"
        }

        out += "<footer>"
        if let engine = article.summaryEngine, !bullets.isEmpty {
            out += "\(HTMLText.escape(SummaryCredit.text(engine: engine))) "
        }
        let providers = article.providers
        if !providers.isEmpty {
            out += "English by \(HTMLText.escape(providers.joined(separator: ", "))). "
        }
        out += "Written by Warta.</footer>\n</main>\n"
        out += HTMLPage.tail
        return out
    }

    /// "Indonesian title — English title", or the Indonesian alone when there is no English.
    private func pageTitle(_ title: BlockTranslation) -> String {
        guard let english = BlockNotice.english(of: title) else { return title.source.text }
        return "\(title.source.text) — \(english)"
    }

    /// A publisher, date... escaped; a web URL becomes a link (never a `javascript:` one).
    private func sourceValue(_ part: (label: String, value: String)) -> String {
        let escaped = HTMLText.escape(part.value)
        guard part.label == "URL", SourceLine.isLinkable(part.value) else { return escaped }
        return "<a href=\"\(escaped)\" rel=\"noopener noreferrer\">\(escaped)</a>"
    }

    /// The two columns of one block: the Indonesian as given (already HTML) and the English, or
    /// the notices that say why there is none. `englishTag` is the element (with attributes)
    /// that holds the English text.
    private func pair(_ block: BlockTranslation, indonesian: String, englishTag: String) -> String {
        let id = HTMLText.escape(block.source.id.rawValue)
        var out = "<div class=\"pair \(block.source.kind.rawValue)\" id=\"\(id)\" data-status=\"\(JSONRenderer.statusName(block.status))\">"
        out += "<div class=\"id\" lang=\"id\"><span class=\"tag\">ID</span>\(indonesian)</div>"
        out += "<div class=\"en\" lang=\"en\"><span class=\"tag\">EN</span>"
        let notices = BlockNotice.notices(for: block)
        if let english = BlockNotice.english(of: block) {
            let element = englishTag.prefix { $0 != " " }
            out += "<\(englishTag)>\(HTMLText.escape(english))"
            // A bare label ("Machine gist") fits after the text; a notice with detail gets a line,
            // since a tooltip cannot be read on a phone.
            for notice in notices where notice.detail.isEmpty {
                out += "<span class=\"badge\">\(HTMLText.escape(notice.label))</span>"
            }
            out += "</\(element)>"
            for notice in notices where !notice.detail.isEmpty {
                out += noticeParagraph(notice)
            }
        } else {
            for notice in notices { out += noticeParagraph(notice) }
        }
        out += "</div></div>\n"
        return out
    }

    /// A notice as a paragraph: bold label, then its detail.
    private func noticeParagraph(_ notice: BlockNotice) -> String {
        var out = "<p class=\"notice \(notice.severity.rawValue)\"><strong>\(HTMLText.escape(notice.label))</strong>"
        if !notice.detail.isEmpty { out += ": \(HTMLText.escape(notice.detail))" }
        return out + "</p>"
    }
}
