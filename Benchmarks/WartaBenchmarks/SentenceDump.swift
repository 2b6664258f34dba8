import Foundation
import IndonesianText

/// Writes Warta's sentence splits as JSON Lines, so that a peer summarizer can be
/// timed on exactly the same sentences.
enum SentenceDump {
    /// One article's splits.
    private struct Line: Encodable {
        var id: String
        var paragraphs: [[String]]
    }

    /// Writes `{"id", "paragraphs": [[sentence, …], …]}` for each document to `path`.
    static func write(ids: [String], documents: [Document], to path: String) throws(BenchmarkError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        do {
            for (id, document) in zip(ids, documents) {
                output.append(try encoder.encode(Line(id: id, paragraphs: document.paragraphs.map(\.sentences))))
                output.append(UInt8(ascii: "\n"))
            }
            try output.write(to: URL(fileURLWithPath: path))
        } catch {
            throw .unwritableOutput(path: path, reason: error.localizedDescription)
        }
    }
}
