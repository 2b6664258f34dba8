import Foundation
import IndonesianText

/// Reads articles from files or standard input in any of the `InputFormat`s.
public struct ArticleReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads one article from `path` ("-" for standard input); the format is taken from
    /// `format`, else from the file's extension, else sniffed from its content.
    public func read(path: String, format: InputFormat? = nil) throws(ArticleReadingError) -> RawArticle {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: "no such file or not readable")
        }
        let origin = path == "-" ? "stdin" : path
        let text = TextNormalizer.normalize(String(decoding: data, as: UTF8.self))
        if text.allSatisfy(\.isWhitespace) { throw .empty(origin: origin) }
        let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return RawArticle(id: id, text: text, origin: origin)
    }

    /// Reads a JSON Lines batch from `path` ("-" for standard input): one result per
    /// non-empty line, so that one bad line does not stop the batch.
    public func readJSONLines(path: String) throws(ArticleReadingError) -> [Result<RawArticle, ArticleReadingError>] {
        let data: Data
        do {
            data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: "no such file or not readable")
        }
        struct Line: Decodable { var id: String; var title: String?; var text: String }
        var results: [Result<RawArticle, ArticleReadingError>] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let origin = "\(path == "-" ? "stdin" : path):\(index + 1)"
            if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            do {
                let decoded = try JSONDecoder().decode(Line.self, from: Data(line))
                results.append(.success(RawArticle(id: decoded.id, title: decoded.title, text: TextNormalizer.normalize(decoded.text), origin: origin)))
            } catch {
                results.append(.failure(.invalidJSONLine(origin: origin, reason: "not a JSON article object")))
            }
        }
        return results
    }
}
