import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import WartaTestSupport

/// `warta translate`, `summarize --to en`, `eval translate` and `tm export` through the binary.
@Suite(.serialized) struct TranslateTests {
    static var samples: URL { SharedData.repositoryRoot.appendingPathComponent("Jobs/samples") }

    @Test func translatesAnArticleOfflineIntoBilingualFiles() throws {
        let workspace = try JobWorkspace()
        try workspace.folder.write("providers.yml", "providers: {}\n")
        let article = Self.samples.appendingPathComponent("banjir-sungai-kerinci.txt").path
        let outcome = try workspace.warta(["translate", article, "--provider", "local", "--out", "out", "--format", "md,json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(workspace.outputFiles() == ["banjir-sungai-kerinci.json", "banjir-sungai-kerinci.md"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.outputURL.appendingPathComponent("banjir-sungai-kerinci.json"))) as? [String: Any]
        let blocks = try #require(json?["blocks"] as? [[String: Any]])
        #expect(blocks.contains { $0["id"] as? String == "title" })
        #expect(blocks.allSatisfy { ($0["english"] as? String)?.isEmpty == false })
        #expect(blocks.allSatisfy { $0["provider"] as? String == "local" })
    }

    @Test func aBatchOfLinesIsTranslatedAsItIsAndRemembered() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(1))
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.folder.write("lines.jsonl", """
            {"id": "a", "text": "Harga beras di pasar induk turun pekan ini."}
            {"id": "b", "id_text": "Warga desa membangun jembatan bambu bersama-sama."}
            {"id": "c"}
            """)
        let first = try workspace.warta(["translate", "--jsonl", "lines.jsonl", "--provider", "fake"])
        #expect(first.status == 0, "\(first.standardError)")
        let lines = first.standardOutput.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 2)
        #expect(lines.map { $0?["id"] as? String } == ["a", "b"])
        #expect(lines.allSatisfy { ($0?["en_text"] as? String)?.isEmpty == false })
        #expect(first.standardError.contains("lines.jsonl:3: no \"text\""))
        let requests = server.server.requestCount
        let second = try workspace.warta(["translate", "--jsonl", "lines.jsonl", "--provider", "fake"])
        #expect(second.standardOutput == first.standardOutput)
        #expect(server.server.requestCount == requests)
    }

    @Test func aDryRunCountsCharactersAndSendsNothing() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer()
        try workspace.folder.write("providers.yml", server.providersFile)
        let article = Self.samples.appendingPathComponent("tarif-integrasi-bus-sambara.html").path
        let outcome = try workspace.warta(["translate", article, "--provider", "fake", "--dry-run"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("nothing sent"))
        #expect(outcome.standardOutput.contains("characters"))
        #expect(server.server.requestCount == 0)
    }

    @Test func summarizeToEnglishGivesEachBulletItsTranslation() throws {
        let workspace = try JobWorkspace()
        try workspace.folder.write("providers.yml", "providers: {}\n")
        let article = Self.samples.appendingPathComponent("bulu-tangkis-sambara-masters.md").path
        let outcome = try workspace.warta(["summarize", article, "--to", "en", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let bullets = try #require(json["bullets"] as? [String])
        let english = try #require(json["bullets_en"] as? [String])
        #expect(bullets.count >= 3 && english.count == bullets.count)
        #expect(zip(bullets, english).allSatisfy { $0 != $1 })
        #expect(json["providers"] as? [String] == ["local"])
    }

    @Test func summarizeRefusesALanguageItCannotGive() throws {
        let outcome = try WartaProcess.run(["summarize", "x.txt", "--to", "fr"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("--to only knows en"))
    }

    @Test func evalTranslatePrintsScoresOverallAndPerSource() throws {
        let workspace = try JobWorkspace()
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try workspace.folder.write("set.jsonl", """
            {"id": "1", "id_text": "Presiden meresmikan bendungan baru di Jawa Tengah.", "en_text": "The president inaugurated a new dam in Central Java.", "source": "news"}
            {"id": "2", "id_text": "Makanannya enak dan pelayanannya cepat.", "en_text": "The food is delicious and the service is fast.", "source": "reviews"}
            """)
        let outcome = try workspace.warta(["eval", "translate", "--data", "set.jsonl", "--provider", "local"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("overall") })
        #expect(lines.contains { $0.hasPrefix("news") })
        #expect(lines.contains { $0.hasPrefix("reviews") })
        #expect(outcome.standardOutput.contains("BLEU") && outcome.standardOutput.contains("chrF"))
    }

    @Test func theMemoryExportsAsTMXThatAnXMLParserReads() throws {
        let workspace = try JobWorkspace()
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try workspace.folder.write("lines.jsonl", #"{"id": "a", "text": "Sekolah <baru> & \"ramah\" anak dibuka di desa."}"# + "\n")
        #expect(try workspace.warta(["translate", "--jsonl", "lines.jsonl"]).status == 0)
        let export = try workspace.warta(["tm", "export", "--tmx", "memory.tmx"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardError.contains("1 translation unit"))
        let data = try Data(contentsOf: workspace.url.appendingPathComponent("memory.tmx"))
        let parser = XMLParser(data: data)
        #expect(parser.parse())
        #expect(String(decoding: data, as: UTF8.self).contains("&lt;baru&gt; &amp;"))
    }
}
