import IndonesianText
import Summarization
import Translation

/// Turns a cleaned, summarized article into the blocks translation and the writers work on:
/// the title, the bullets, then the body paragraphs, each with a stable ID.
public enum ArticleBlocks {
    /// The blocks of `article`, in reading order.
    public static func blocks(of article: SummarizedArticle) -> [SourceBlock] {
        blocks(title: article.document.title, bullets: article.summary.bullets.map(\.text), paragraphs: article.document.paragraphs.map { $0.sentences.joined(separator: " ") })
    }

    /// Blocks from a title, bullets and paragraphs; empty ones are left out, numbering stays dense.
    public static func blocks(title: String?, bullets: [String], paragraphs: [String]) -> [SourceBlock] {
        var blocks: [SourceBlock] = []
        if let title, !title.isEmpty { blocks.append(SourceBlock(id: .title, kind: .title, text: title)) }
        for (index, bullet) in bullets.filter({ !$0.isEmpty }).enumerated() {
            blocks.append(SourceBlock(id: .bullet(index + 1), kind: .bullet, text: bullet))
        }
        for (index, paragraph) in paragraphs.filter({ !$0.isEmpty }).enumerated() {
            blocks.append(SourceBlock(id: .paragraph(index + 1), kind: .paragraph, text: paragraph))
        }
        return blocks
    }
}
