@testable import ArticleReading
import Foundation
import Testing

/// Reading a JSON Lines batch a slice at a time gives what reading it whole gives.
@Suite struct JSONLinesReaderTests {
    /// A batch of `count` articles with a bad line at `badLine`, large enough to be streamed.
    static func largeBatch(count: Int, badLine: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warta-lines-\(UUID().uuidString).jsonl").path
        let filler = String(repeating: "Warga desa bergotong royong memperbaiki saluran air. ", count: 40)
        var text = "\u{FEFF}"
        for index in 1...count {
            text += index == badLine ? "{\"id\": \"rusak\"\n" : "{\"id\": \"berita-\(index)\", \"text\": \"Berita \(index). \(filler)\"}\n"
            if index == 10 { text += "   \n" }
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aLargeFileIsReadInSlicesWithTheSameLinesAndFailures() throws {
        let path = try Self.largeBatch(count: 2_500, badLine: 1_234)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size > JSONLinesReader.wholeFileLimit, "the file must be large enough to be streamed")

        var reader = try JSONLinesReader(path: path)
        var slices = 0
        var streamed: [Result<RawArticle, ArticleReadingError>] = []
        while let slice = try reader.next(100) {
            #expect(slice.count <= 100)
            slices += 1
            streamed += slice
        }
        let whole = try ArticleReader(sizeLimit: 64 << 20, batchSizeLimit: 64 << 20).readJSONLines(path: path)
        #expect(slices >= 25)
        #expect(streamed.count == 2_500)
        #expect(streamed.map { (try? $0.get())?.id } == whole.map { (try? $0.get())?.id })
        let failures = streamed.compactMap { result -> String? in
            if case let .failure(error) = result { return error.description }
            return nil
        }
        // Line 1,234 is one line further down, past the blank line after article 10.
        #expect(failures.count == 1)
        #expect(failures.first?.contains(":1235") == true, "\(failures)")
    }

    @Test func aSmallFileIsReadWholeWithItsChecks() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("warta-lines-\(UUID().uuidString).jsonl").path
        try "   \n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: ArticleReadingError.self) { _ = try JSONLinesReader(path: path) }
    }
}
