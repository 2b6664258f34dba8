import Foundation
import Testing
import WartaTestSupport

/// `warta summarize` as an editor uses it: files, standard input, formats, batches and bad input.
@Suite struct SummarizeTests {
    /// A news story written for these tests, scraped-style.
    static let article = """
        Pemkot Surabaya Buka Posko Banjir di Lima Kecamatan

        SURABAYA, WARTA.test – Pemerintah Kota Surabaya membuka posko banjir di lima kecamatan setelah hujan deras mengguyur kota sejak Minggu (12/1) malam.

        Wali kota mengatakan posko menyediakan dapur umum, layanan kesehatan, dan perahu karet untuk warga yang rumahnya terendam.

        Baca Juga: Harga Beras di Pasar Induk Turun Pekan Ini

        Badan Penanggulangan Bencana Daerah mencatat lebih dari dua ribu rumah terendam air setinggi setengah meter.

        Petugas memperkirakan air surut dalam dua hari jika hujan tidak kembali turun.
        """

    @Test func summarizesAFileAsMarkdown() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("banjir.txt", Self.article)
        let outcome = try WartaProcess.run(["summarize", path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("- "))
        #expect(outcome.standardOutput.contains("Pemerintah Kota Surabaya membuka posko banjir"))
    }

    @Test func readsStandardInput() throws {
        let outcome = try WartaProcess.run(["summarize", "-", "--format", "text"], input: Data(Self.article.utf8))
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.split(separator: "\n").allSatisfy { $0.hasPrefix("- ") })
    }

    @Test func forcesTheBulletCount() throws {
        let outcome = try WartaProcess.run(["summarize", "-", "--format", "text", "--bullets", "3"], input: Data(Self.article.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.split(separator: "\n").count == 3)
    }

    @Test func rejectsABulletCountOutOfRange() throws {
        let outcome = try WartaProcess.run(["summarize", "-", "--bullets", "0"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--bullets"))
    }

    @Test func printsJSONWithSentencesAndBulletProvenance() throws {
        let outcome = try WartaProcess.run(["summarize", "-", "--format", "json"], input: Data(Self.article.utf8))
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let bullets = try #require(json["bullets"] as? [[String: Any]])
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        #expect(!bullets.isEmpty)
        #expect(bullets.allSatisfy { $0["sentence_index"] is Int && $0["score"] is Double && $0["text"] is String })
        #expect(paragraphs.allSatisfy { $0["sentences"] is [String] })
    }

    @Test func writesToAFileWithOutput() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("banjir.txt", Self.article)
        let output = folder.url.appendingPathComponent("ringkasan.md").path
        let outcome = try WartaProcess.run(["summarize", input, "--output", output])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("Surabaya"))
    }

    // MARK: Batches

    @Test func aBatchWritesOneLinePerArticleAndReportsABadLineWithoutStopping() throws {
        var lines: [String] = []
        for number in 1...10 {
            if number == 7 {
                lines.append("{\"id\": \"a7\", \"text\": \"tidak tertutup")
            } else {
                let text = Self.article.replacingOccurrences(of: "lima", with: "\(number)")
                let object = try JSONSerialization.data(withJSONObject: ["id": "a\(number)", "text": text])
                lines.append(String(decoding: object, as: UTF8.self))
            }
        }
        let folder = try TemporaryFolder()
        let batch = try folder.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let outcome = try WartaProcess.run(["summarize", "--jsonl", batch])
        #expect(outcome.status == 0)
        let results = try outcome.standardOutput.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(results.count == 10)
        #expect((results[6]["error"] as? String)?.contains("batch.jsonl:7") == true)
        for (index, result) in results.enumerated() where index != 6 {
            #expect(result["id"] as? String == "a\(index + 1)")
            #expect((result["bullets"] as? [String])?.isEmpty == false)
            #expect(result["error"] == nil)
        }
    }

    // MARK: Bad input

    @Test func aMissingFileIsNamedInTheError() throws {
        let outcome = try WartaProcess.run(["summarize", "/tidak/ada/artikel.txt"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("/tidak/ada/artikel.txt"))
    }

    @Test func anEmptyFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("kosong.txt", "")
        let outcome = try WartaProcess.run(["summarize", path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("kosong.txt"))
        #expect(outcome.standardError.contains("empty"))
    }

    @Test func aBinaryFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("gambar.txt", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }))
        let outcome = try WartaProcess.run(["summarize", path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("gambar.txt"))
        #expect(outcome.standardError.contains("binary"))
    }

    @Test func aFileOfFiftyMegabytesIsRefusedQuickly() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("besar.txt").path
        let sentence = Data("Hujan deras turun di kota sepanjang hari dan warga tetap beraktivitas seperti biasa. ".utf8)
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var block = Data()
        while block.count < 1 << 20 { block.append(sentence) }
        for _ in 0..<50 { handle.write(block) }
        try handle.close()
        let outcome = try WartaProcess.run(["summarize", path])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("besar.txt"))
    }

    @Test func textWithoutSentencePunctuationStillGetsBullets() throws {
        let text = "pemerintah kota membuka posko banjir di lima kecamatan setelah hujan deras mengguyur kota sejak semalam dan warga diminta waspada"
        let outcome = try WartaProcess.run(["summarize", "-", "--format", "text"], input: Data(text.utf8))
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("- pemerintah kota"))
    }

    @Test func anArticleThatIsAllBoilerplateIsAnError() throws {
        let text = "Bagikan :\n\nBaca Juga: Harga Beras Turun\n\nScroll to Top\n\nCopyright © 2025 WARTA.test. All rights reserved."
        let outcome = try WartaProcess.run(["summarize", "-"], input: Data(text.utf8))
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("stdin"))
        #expect(outcome.standardError.contains("boilerplate"))
    }
}
