import Foundation

/// Reads JSON Feed 1.0 and 1.1 documents (https://jsonfeed.org/version/1.1).
enum JSONFeedParser {
    static func parse(_ data: Data, url: URL) throws(FeedError) -> Feed {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw .malformedFeed(url: url.absoluteString, reason: describe(error))
        } catch {
            throw .malformedFeed(url: url.absoluteString, reason: "\(error)")
        }
        guard let version = document.version, version.hasPrefix("https://jsonfeed.org/version/") || version.hasPrefix("http://jsonfeed.org/version/") else {
            throw .malformedFeed(url: url.absoluteString, reason: "the JSON has no JSON Feed \"version\" (https://jsonfeed.org/version/1.1)")
        }
        guard let items = document.items else {
            throw .malformedFeed(url: url.absoluteString, reason: "the JSON Feed has no \"items\" array")
        }
        let feedAuthor = document.authors?.first?.name ?? document.author?.name
        return Feed(format: .jsonFeed, title: FeedParser.singleLine(document.title), items: items.map { item in
            FeedItem(
                id: item.id?.text,
                url: FeedParser.link(item.url ?? item.external_url, base: url),
                title: FeedParser.singleLine(item.title),
                published: (item.date_published ?? item.date_modified).flatMap(FeedDate.parse),
                summary: FeedParser.trimmed(item.summary),
                content: FeedParser.trimmed(item.content_html) ?? FeedParser.trimmed(item.content_text),
                author: FeedParser.singleLine(item.authors?.first?.name ?? item.author?.name ?? feedAuthor)
            )
        })
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .dataCorrupted(context):
            return context.underlyingError.map { "invalid JSON (\($0.localizedDescription))" } ?? "invalid JSON: \(context.debugDescription)"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return "unexpected value at \(path.isEmpty ? "the top level" : path): \(context.debugDescription)"
        case let .keyNotFound(key, _):
            return "missing \"\(key.stringValue)\""
        @unknown default:
            return "\(error)"
        }
    }

    // Field names follow the JSON Feed specification.
    private struct Document: Decodable {
        var version: String?
        var title: String?
        var author: Author?
        var authors: [Author]?
        var items: [Item]?
    }

    private struct Item: Decodable {
        var id: Identifier?
        var url: String?
        var external_url: String?
        var title: String?
        var content_html: String?
        var content_text: String?
        var summary: String?
        var date_published: String?
        var date_modified: String?
        var author: Author?
        var authors: [Author]?
    }

    private struct Author: Decodable {
        var name: String?
    }

    /// The specification asks for a string id, but feeds in the wild also write numbers.
    private struct Identifier: Decodable {
        var text: String

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let integer = try? container.decode(Int64.self) {
                text = String(integer)
            } else {
                text = String(try container.decode(Double.self))
            }
        }
    }
}
