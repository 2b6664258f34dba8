import Evaluation
import Foundation
import LocalTranslation
import Testing
import WartaTestSupport

@Suite("LocalTranslator")
struct LocalTranslatorTests {
    /// One row of `mt-dev.jsonl`.
    struct TranslationPair: Decodable {
        var id: String
        var id_text: String
        var en_text: String
        var source: String
    }

    @Test("loads the bundled lexicon with thousands of entries")
    func loadsLexicon() throws {
        let translator = try LocalTranslator()
        #expect(translator.lexiconSize > 4_000)
    }

    @Test("translates a whole paragraph sentence by sentence, capitalizing each sentence")
    func translatesParagraph() {
        let english = LocalTranslator.shared.translate("Dia membeli rumah besar. Mereka akan datang besok.")
        #expect(english == "He bought the big house. They will come tomorrow.")
    }

    @Test("returns an empty string for an empty paragraph")
    func emptyParagraph() {
        #expect(LocalTranslator.shared.translate("") == "")
        #expect(LocalTranslator.shared.translate("   ") == "")
    }

    @Test("passes names through unchanged")
    func namesPassThrough() {
        let english = LocalTranslator.shared.translate("Budi Santoso bertemu Siti Rahmawati di Surabaya.")
        #expect(english == "Budi Santoso met Siti Rahmawati in Surabaya.")
    }

    @Test("reports a malformed lexicon line with its file and line")
    func malformedLexicon() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "rumah = house ; n\n# comment\nkucing cat ; n\n".write(to: directory.appendingPathComponent("words.txt"), atomically: true, encoding: .utf8)
        #expect {
            try LocalTranslator(lexiconDirectory: directory)
        } throws: { error in
            let lexiconError = error as? LexiconError
            return lexiconError?.file == "words.txt" && lexiconError?.line == 3
        }
    }

    @Test("reports a missing lexicon folder")
    func missingLexicon() {
        let directory = URL(fileURLWithPath: "/nonexistent/warta-lexicon")
        #expect(throws: LexiconError.self) { try LocalTranslator(lexiconDirectory: directory) }
    }

    @Test("reaches chrF 50 on the shared mt-dev set (copy 24.4, FreeDict gloss 35.2)")
    func chrFOnDevelopmentSet() throws {
        let pairs = try SharedData.jsonLines("eval/mt-dev.jsonl", as: TranslationPair.self)
        #expect(pairs.count == 300)
        let hypotheses = pairs.map { LocalTranslator.shared.translate($0.id_text) }
        let chrF = ChrF.corpusScore(hypotheses: hypotheses, references: pairs.map(\.en_text))
        #expect(chrF >= 50.0, "chrF \(chrF)")
        // Each source keeps a floor, so that no kind of text is sacrificed for another.
        for (source, floor) in [("flores", 52.0), ("ntrex", 51.0), ("nusax", 38.0)] {
            let subset = pairs.indices.filter { pairs[$0].source.hasPrefix(source) }
            let score = ChrF.corpusScore(hypotheses: subset.map { hypotheses[$0] }, references: subset.map { pairs[$0].en_text })
            #expect(score >= floor, "\(source) chrF \(score)")
        }
    }
}
