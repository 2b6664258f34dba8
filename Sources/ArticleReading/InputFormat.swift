/// The formats Warta reads articles from.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text, paragraphs separated by line breaks.
    case text
    /// Markdown; markup is reduced to text.
    case markdown
    /// An HTML page; its text is extracted keeping paragraphs.
    case html
    /// JSON Lines, one `{"id", "title"?, "text"}` object per line.
    case jsonLines = "jsonl"

    /// The format a file name's extension stands for (`txt`, `text`, `md`, `markdown`,
    /// `html`, `htm`, `xhtml`, `jsonl`, `ndjson`; any case), or nil for other extensions.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }

    /// The format of a file at `path` judged by its extension, or nil when it has none
    /// that Warta knows.
    public init?(path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        self.init(pathExtension: String(name[name.index(after: dot)...]))
    }

    /// The format that `text` looks like, judged from its first few kilobytes:
    /// an HTML doctype, `<html>` or many HTML tags make HTML; every line opening with
    /// `{` makes JSON Lines; headings, links or emphasis in Markdown syntax make Markdown;
    /// anything else is plain text.
    public static func sniffed(from text: String) -> InputFormat {
        var sample = Array(text.utf8.prefix(4096))
        // Skip leading whitespace so that the first character decides.
        let start = sample.firstIndex(where: { !isSpace($0) }) ?? sample.endIndex
        sample.removeSubrange(..<start)
        guard !sample.isEmpty else { return .text }
        if looksLikeHTML(sample) { return .html }
        if looksLikeJSONLines(sample) { return .jsonLines }
        if looksLikeMarkdown(sample) { return .markdown }
        return .text
    }

    /// Whether `text` opens with an HTML doctype or root element, which makes it HTML
    /// whatever its file is called.
    static func startsLikeHTMLDocument(_ text: String) -> Bool {
        let sample = Array(text.utf8.prefix(64).drop(while: isSpace))
        return hasPrefix(sample, at: 0, "<!doctype html") || hasPrefix(sample, at: 0, "<html")
    }

    /// A name for messages: "HTML page", "Markdown file", ...
    var displayName: String {
        switch self {
        case .text: return "text"
        case .markdown: return "Markdown document"
        case .html: return "HTML page"
        case .jsonLines: return "JSON Lines input"
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        var position = index
        for expected in prefix.utf8 {
            guard position < bytes.count, lowercased(bytes[position]) == expected else { return false }
            position += 1
        }
        return true
    }

    /// Tags that plain prose and Markdown seldom contain but article pages always do.
    private static let telltaleTags = ["p", "div", "br", "span", "a", "h1", "h2", "h3", "li", "ul", "td", "img", "meta", "script", "section", "article", "strong", "em", "b", "i"]

    private static func looksLikeHTML(_ sample: [UInt8]) -> Bool {
        for prefix in ["<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<!--"]
        where hasPrefix(sample, at: 0, prefix) {
            // An XML declaration or a comment alone proves nothing: look for HTML after it.
            if prefix == "<?xml" || prefix == "<!--" { break }
            return true
        }
        // Otherwise count tags that are clearly HTML: `<p>`, `</div>`, `<a href=...`.
        var tags = 0
        var index = 0
        while index < sample.count {
            if sample[index] == UInt8(ascii: "<") {
                var nameStart = index + 1
                if nameStart < sample.count, sample[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < sample.count, nameEnd - nameStart < 8,
                      (0x61...0x7A).contains(lowercased(sample[nameEnd])) || (0x30...0x39).contains(sample[nameEnd]) {
                    nameEnd += 1
                }
                if nameEnd > nameStart, nameEnd < sample.count,
                   sample[nameEnd] == UInt8(ascii: ">") || isSpace(sample[nameEnd]) || sample[nameEnd] == UInt8(ascii: "/") {
                    let name = String(decoding: sample[nameStart..<nameEnd].map(lowercased), as: UTF8.self)
                    if telltaleTags.contains(name) {
                        tags += 1
                        if tags >= 4 { return true }
                    }
                }
                index = nameEnd
            } else {
                index += 1
            }
        }
        return false
    }

    private static func looksLikeJSONLines(_ sample: [UInt8]) -> Bool {
        guard sample.first == UInt8(ascii: "{") else { return false }
        var lines = sample.split(separator: 0x0A, omittingEmptySubsequences: true)
        // The sample may cut the last line short; it says nothing either way.
        if sample.count == 4096, lines.count > 1 { lines.removeLast() }
        for line in lines {
            guard let first = line.first(where: { !isSpace($0) }) else { continue }
            if first != UInt8(ascii: "{") { return false }
        }
        return true
    }

    private static func looksLikeMarkdown(_ sample: [UInt8]) -> Bool {
        var signals = 0
        for line in sample.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let bytes = Array(line)
            guard let first = bytes.first else { continue }
            // An ATX heading: "# Judul", "## Subjudul".
            if first == UInt8(ascii: "#") {
                let hashes = bytes.prefix(while: { $0 == UInt8(ascii: "#") }).count
                if hashes <= 6, hashes < bytes.count, bytes[hashes] == 0x20 { signals += 2 }
            }
            // A code fence or a setext underline.
            if hasPrefix(bytes, at: 0, "```") || hasPrefix(bytes, at: 0, "~~~") { signals += 2 }
            if bytes.count >= 3, bytes.allSatisfy({ $0 == UInt8(ascii: "=") }) { signals += 2 }
            // Links "[teks](http...)" and strong emphasis "**teks**".
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "(") { signals += 2 }
                if bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "*") { signals += 1 }
                index += 1
            }
            if signals >= 2 { return true }
        }
        return false
    }
}
