import Foundation

/// One article of the benchmark set, as read from a JSON Lines line.
struct BenchmarkArticle: Decodable {
    /// The article's identifier in the evaluation set.
    var id: String
    /// The headline; empty when the set has none.
    var title: String
    /// The article text, paragraphs separated by blank lines.
    var text: String

    private enum CodingKeys: String, CodingKey { case id, title, text }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        text = try container.decode(String.self, forKey: .text)
    }

    /// Creates an article from its parts.
    init(id: String, title: String, text: String) {
        self.id = id
        self.title = title
        self.text = text
    }

    /// The headline to hand to the summarizer: nil when the set gives none.
    var headline: String? { title.isEmpty ? nil : title }

    /// The input size the throughput is measured in: the UTF-8 bytes of title and text.
    var inputByteCount: Int { title.utf8.count + text.utf8.count }

    /// Every article of the JSON Lines file at `path`, in file order.
    static func load(from path: String) throws(BenchmarkError) -> [BenchmarkArticle] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableData(path: path, reason: error.localizedDescription)
        }
        let decoder = JSONDecoder()
        var articles: [BenchmarkArticle] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            do {
                articles.append(try decoder.decode(BenchmarkArticle.self, from: Data(line)))
            } catch {
                throw .malformedLine(path: path, line: index + 1, reason: String(describing: error))
            }
        }
        guard !articles.isEmpty else { throw .emptyData(path: path) }
        return articles
    }
}
