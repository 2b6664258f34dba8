import IndonesianText
import Summarization

/// The JSON shape of a summarized article, as `warta summarize --format json` prints it.
struct SummarizedArticleJSON: Encodable {
    struct DatelineJSON: Encodable {
        var place: String?
        var outlet: String?
        var text: String
    }

    struct ParagraphJSON: Encodable {
        var sentences: [String]
    }

    struct BulletJSON: Encodable {
        var text: String
        var sentenceIndex: Int
        var score: Double

        enum CodingKeys: String, CodingKey {
            case text, score
            case sentenceIndex = "sentence_index"
        }
    }

    var id: String
    var title: String?
    var dateline: DatelineJSON?
    var source: String?
    var bullets: [BulletJSON]
    var paragraphs: [ParagraphJSON]

    init(id: String, article: SummarizedArticle) {
        self.id = id
        let document = article.document
        title = document.title
        dateline = document.dateline.map { DatelineJSON(place: $0.place, outlet: $0.outlet, text: $0.text) }
        source = document.source
        // Scores are rounded so that output stays readable and stable across platforms.
        bullets = article.summary.bullets.map {
            BulletJSON(text: $0.text, sentenceIndex: $0.sentenceIndex, score: ($0.score * 10_000).rounded() / 10_000)
        }
        paragraphs = document.paragraphs.map { ParagraphJSON(sentences: $0.sentences) }
    }
}
