import Testing
import WartaTestSupport
@testable import IndonesianText

/// Boundary F1 of the splitter against the gold splits of the UD Indonesian treebanks
/// (`eval/sentences-id.jsonl`), measured as the shared scorer does: a boundary is the
/// number of non-whitespace characters before a sentence start.
@Suite("Sentence splitting on the UD Indonesian paragraphs")
struct SentenceSplittingEvaluationTests {
    /// One evaluation row: a paragraph and its gold sentences.
    struct Row: Decodable {
        var id: String
        var text: String
        var sentences: [String]
    }

    /// The boundary offsets of a split: non-whitespace characters before each sentence
    /// but the first. Whitespace is what Python's `\s` matches, as in the scorer.
    static func boundaries(_ sentences: [String]) -> Set<Int> {
        var result: Set<Int> = []
        var position = 0
        for sentence in sentences.dropLast() {
            position += sentence.unicodeScalars.count { scalar in
                !(scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value))
            }
            result.insert(position)
        }
        return result
    }

    @Test("reaches boundary F1 of at least 0.99")
    func boundaryF1() throws {
        let rows = try SharedData.jsonLines("eval/sentences-id.jsonl", as: Row.self)
        #expect(rows.count > 500)
        let splitter = SentenceSplitter()
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, exact = 0
        for row in rows {
            let gold = Self.boundaries(row.sentences)
            let predicted = Self.boundaries(splitter.split(row.text))
            truePositives += gold.intersection(predicted).count
            falsePositives += predicted.subtracting(gold).count
            falseNegatives += gold.subtracting(predicted).count
            if gold == predicted { exact += 1 }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print("sentence boundaries: precision \(precision) recall \(recall) F1 \(f1), paragraphs exactly right \(exact)/\(rows.count)")
        #expect(f1 >= 0.99)
        #expect(Double(exact) / Double(rows.count) >= 0.97)
    }

    @Test("keeps every non-space character of every paragraph, in order, in non-empty sentences")
    func preservesText() throws {
        let rows = try SharedData.jsonLines("eval/sentences-id.jsonl", as: Row.self)
        let splitter = SentenceSplitter()
        for row in rows {
            let sentences = splitter.split(row.text)
            #expect(sentences.allSatisfy { !$0.isEmpty }, "empty sentence in \(row.id)")
            let visible = { (text: String) -> [Unicode.Scalar] in text.unicodeScalars.filter { !$0.properties.isWhitespace } }
            #expect(visible(sentences.joined(separator: " ")) == visible(row.text), "characters lost in \(row.id)")
        }
    }
}
