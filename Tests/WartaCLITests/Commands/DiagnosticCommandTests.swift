import Foundation
import Testing

/// The commands that expose one step each, in the shapes the project's scorers read.
@Suite struct DiagnosticCommandTests {
    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test func cleanWritesTheFieldsTheCleaningScorerReads() throws {
        let line = try JSONSerialization.data(withJSONObject: ["id": "c1", "text": SummarizeTests.article])
        let outcome = try WartaProcess.run(["clean", "--jsonl", "-"], input: line)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let result = try #require(try jsonLines(outcome.standardOutput).first)
        #expect(result["id"] as? String == "c1")
        let text = try #require(result["text"] as? String)
        #expect(!text.contains("Baca Juga"))
        #expect(text.split(separator: "\n").count >= 3)
    }

    @Test func sentencesSplitsEachTextOfABatch() throws {
        let input = """
            {"id": "s1", "text": "Dr. Sari tiba pukul 12.30 WIB. Ia langsung rapat."}
            {"id": "s2", "text": "Harga naik 2,5 persen."}
            """
        let outcome = try WartaProcess.run(["sentences", "--jsonl", "-"], input: Data(input.utf8))
        #expect(outcome.status == 0)
        let results = try jsonLines(outcome.standardOutput)
        #expect(results.map { $0["id"] as? String } == ["s1", "s2"])
        #expect(results[0]["sentences"] as? [String] == ["Dr. Sari tiba pukul 12.30 WIB.", "Ia langsung rapat."])
        #expect(results[1]["sentences"] as? [String] == ["Harga naik 2,5 persen."])
    }

    @Test func stemPrintsWordAndRootPerLine() throws {
        let outcome = try WartaProcess.run(["stem"], input: Data("mengabulkan\n\nkebijakan\n".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "mengabulkan\tkabul\nkebijakan\tbijak\n")
    }

    @Test func stemTakesWordsAsArguments() throws {
        let outcome = try WartaProcess.run(["stem", "pemerintah"])
        #expect(outcome.standardOutput == "pemerintah\tperintah\n")
    }
}
