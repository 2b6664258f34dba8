import Foundation
import IndonesianText
import Summarization

/// Renders a summarized article in one of the `SummaryFormat`s.
struct SummaryRenderer {
    var format: SummaryFormat

    /// The rendered text of `article`, ending with a newline.
    func render(_ article: SummarizedArticle, id: String) -> String {
        switch format {
        case .markdown: return markdown(article)
        case .json: return JSONText.encode(SummarizedArticleJSON(id: id, article: article), pretty: true) + "\n"
        case .text: return article.summary.bullets.map { "- \($0.text)" }.joined(separator: "\n") + "\n"
        }
    }

    private func markdown(_ article: SummarizedArticle) -> String {
        let document = article.document
        var lines: [String] = []
        if let title = document.title { lines += ["# \(title)", ""] }
        var facts: [String] = []
        if let dateline = document.dateline {
            facts.append([dateline.place, dateline.outlet].compactMap { $0 }.joined(separator: " · "))
        }
        if let source = document.source { facts.append("Sumber: \(source)") }
        if !facts.isEmpty { lines += ["_\(facts.joined(separator: " — "))_", ""] }
        lines += ["## Ringkasan", ""]
        lines += article.summary.bullets.map { "- \($0.text)" }
        lines += ["", "## Artikel", ""]
        for paragraph in document.paragraphs { lines += [paragraph.text, ""] }
        return lines.joined(separator: "\n")
    }
}

/// JSON encoding with the settings every Warta output uses.
enum JSONText {
    /// `value` as JSON text: one line, or indented when `pretty`; slashes unescaped.
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
