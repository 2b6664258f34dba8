import Evaluation
import Foundation
import IndonesianText
import Summarization
import Testing
import WartaTestSupport

/// Holds the summarizer to its quality bar on IndoSum's development articles:
/// ROUGE-1, ROUGE-2 and ROUGE-L all above LEAD-55w, the leading sentences cut at the
/// references' usual length (69.47 / 62.13 / 66.48 with `warta-score`'s definitions).
@Suite struct SummarizationEvaluationTests {
    struct Row: Decodable {
        var id: String
        var title: String
        var text: String
        var summary: String
    }

    @Test func beatsLeadCutAtTheReferenceLengthOnIndoSum() throws {
        let rows = try SharedData.jsonLines("eval/summ-dev.jsonl", as: Row.self)
        #expect(rows.count == 300)
        let summarizer = ArticleSummarizer()
        let splitter = SentenceSplitter()
        var totals = (rouge1: 0.0, rouge2: 0.0, rougeL: 0.0)
        for row in rows {
            let bullets = (try? summarizer.summarize(text: TextNormalizer.normalize(row.text), title: row.title))?
                .summary.bullets.map(\.text) ?? []
            let reference = row.summary.split(separator: "\n").flatMap { splitter.split(String($0)) }
            let scores = ROUGE.score(candidate: bullets, reference: reference)
            totals.rouge1 += scores.rouge1.f1
            totals.rouge2 += scores.rouge2.f1
            totals.rougeL += scores.rougeL.f1
        }
        let count = Double(rows.count)
        let (rouge1, rouge2, rougeL) = (100 * totals.rouge1 / count, 100 * totals.rouge2 / count, 100 * totals.rougeL / count)
        print("IndoSum dev ROUGE-1 \(rouge1) ROUGE-2 \(rouge2) ROUGE-L \(rougeL)")
        #expect(rouge1 > 69.47)
        #expect(rouge2 > 62.13)
        #expect(rougeL > 66.48)
    }
}
