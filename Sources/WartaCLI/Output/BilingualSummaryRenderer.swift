import Foundation
import Translation

/// Renders an article's title and bullets in Indonesian with their English (`summarize --to en`).
struct BilingualSummaryRenderer {
    var format: SummaryFormat

    /// The rendered text of `article`, ending with a newline.
    func render(_ article: BilingualArticle) -> String {
        switch format {
        case .markdown: return markdown(article)
        case .json: return JSONText.encode(BilingualSummaryJSON(article), pretty: true) + "\n"
        case .text:
            return article.bullets.map { "- \($0.source.text)\n  \(Self.english(of: $0))" }.joined(separator: "\n") + "\n"
        }
    }

    private func markdown(_ article: BilingualArticle) -> String {
        var lines: [String] = []
        if let title = article.title { lines += ["# \(title.source.text)", "", "_\(Self.english(of: title))_", ""] }
        lines += ["## Ringkasan · Summary", ""]
        for bullet in article.bullets {
            lines += ["- \(bullet.source.text)", "  - _\(Self.english(of: bullet))_"]
        }
        let providers = article.providers
        if !providers.isEmpty {
            var note = "English by \(providers.joined(separator: ", "))"
            if providers.contains(LocalTranslationBackend.providerName) { note += " (local: a machine gist translation)" }
            lines += ["", note]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The English of a block, or why there is none.
    static func english(of block: BlockTranslation) -> String {
        block.english ?? "[not translated: \(block.failure ?? block.status.rawValue)]"
    }
}

/// The JSON of `summarize --to en`.
struct BilingualSummaryJSON: Encodable, Sendable {
    var id: String
    var title: String?
    var title_en: String?
    var bullets: [String]
    var bullets_en: [String?]
    var providers: [String]
    var error: String?

    init(_ article: BilingualArticle) {
        id = article.id
        title = article.title?.source.text
        title_en = article.title?.english
        bullets = article.bullets.map(\.source.text)
        bullets_en = article.bullets.map(\.english)
        providers = article.providers
    }

    init(id: String, error: String) {
        self.id = id
        bullets = []
        bullets_en = []
        providers = []
        self.error = error
    }
}
