import Testing
import Foundation
import Publishing
import Translation

@Suite("JSON pages")
struct JSONRendererTests {
    private func decode(_ article: BilingualArticle) throws -> [String: Any] {
        let text = JSONRenderer().render(article)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("every block carries id, kind, both texts, status, provider, model, cache, glossary misses and failure")
    func blockFields() throws {
        let document = try decode(SampleArticles.mixed())
        let blocks = try #require(document["blocks"] as? [[String: Any]])
        #expect(blocks.count == 6)
        for block in blocks {
            #expect(Set(block.keys) == ["id", "kind", "indonesian", "english", "status", "provider", "model", "cached", "glossary_misses", "failure"])
        }
        #expect(blocks[0]["id"] as? String == "title")
        #expect(blocks[0]["english"] as? String == "Floods hit North Jakarta")
        #expect(blocks[0]["cached"] as? Bool == false)
        #expect(blocks[1]["provider"] as? String == "local")
        #expect(blocks[3]["glossary_misses"] as? [[String: String]] == [["indonesian": "permukiman", "english": "settlement"]])
        #expect(blocks[4]["status"] as? String == "failed")
        #expect(blocks[4]["english"] is NSNull)
        #expect(blocks[4]["failure"] as? String == "HTTP 503 after 3 attempts")
        #expect(blocks[5]["status"] as? String == "other_language")
    }

    @Test("the article's metadata, summary engine and providers are included")
    func articleFields() throws {
        let document = try decode(SampleArticles.translated())
        #expect(document["id"] as? String == "banjir-jakarta")
        let metadata = try #require(document["metadata"] as? [String: Any])
        #expect(metadata["publisher"] as? String == "Kabar Kota")
        #expect(metadata["author"] is NSNull)
        #expect(document["summary_engine"] as? String == "extractive")
        #expect(document["providers"] as? [String] == ["deepl"])
    }

    @Test("keys come in a fixed order, so the same article always gives the same text")
    func stableKeyOrder() {
        let text = JSONRenderer().render(SampleArticles.translated())
        let keys = ["\"id\"", "\"metadata\"", "\"summary_engine\"", "\"providers\"", "\"blocks\""]
        let positions = keys.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(text == JSONRenderer().render(SampleArticles.translated()))
    }

    @Test("hostile text round-trips unchanged")
    func keepsHostileText() throws {
        let article = SampleArticles.hostile()
        let blocks = try #require(try decode(article)["blocks"] as? [[String: Any]])
        #expect(blocks[0]["indonesian"] as? String == article.blocks[0].source.text)
    }
}
