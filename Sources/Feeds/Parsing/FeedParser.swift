import Foundation

/// Reads a feed document in any supported format, told apart by its content: JSON Feed when
/// it starts with `{`, else RSS or Atom by the XML's root element.
public enum FeedParser {
    /// The feed in `data`, fetched from `url` (which names it in errors and resolves relative
    /// links). Throws `FeedError.malformedFeed` saying what is wrong, with the line for XML.
    public static func parse(_ data: Data, url: URL) throws(FeedError) -> Feed {
        var start = data.startIndex
        // A UTF-8 byte-order mark and leading whitespace say nothing about the format.
        if data.count >= 3, data[start] == 0xEF, data[start + 1] == 0xBB, data[start + 2] == 0xBF { start += 3 }
        while start < data.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(data[start]) { start += 1 }
        guard start < data.endIndex else {
            throw .malformedFeed(url: url.absoluteString, reason: "the document is empty")
        }
        switch data[start] {
        case UInt8(ascii: "{"):
            return try JSONFeedParser.parse(data, url: url)
        case UInt8(ascii: "<"):
            return try XMLFeedParser.parse(data, url: url)
        default:
            throw .malformedFeed(url: url.absoluteString, reason: "the document is neither XML nor JSON")
        }
    }

    /// `text` resolved against `base` when it is an http(s) URL or a relative reference.
    static func link(_ text: String?, base: URL) -> URL? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
              let url = URL(string: text, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return url
    }

    /// `text` on one line with runs of whitespace collapsed; nil when nothing is left.
    static func singleLine(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// `text` trimmed; nil when nothing is left.
    static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
