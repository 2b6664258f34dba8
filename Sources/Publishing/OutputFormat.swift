/// The formats an article's bilingual page is written in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// Markdown: titles, source line, bullets and paragraphs, Indonesian then English.
    case markdown = "md"
    /// JSON: every block with its outcome (provider, model, cache, glossary misses, failure).
    case json
    /// HTML: one self-contained page, the two languages side by side (stacked on a phone).
    case html

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The formats named in a comma-separated list such as `md,json,html`, in the order given,
    /// each once. Names are case-insensitive; `markdown` is accepted for `md`; spaces around
    /// names and empty names between commas are ignored.
    ///
    /// - Throws: `PublishingError.unknownFormat` naming the first unknown name, or
    ///   `PublishingError.noFormats` when the list names none.
    public static func parseList(_ list: String) throws(PublishingError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingSpaces().lowercased()
            // A stray comma ("md,,json", "md,") names nothing; the list is still clear.
            if name.isEmpty { continue }
            guard let format = OutputFormat(name: name) else {
                throw .unknownFormat(name: name, known: allCases.map(\.rawValue))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .noFormats(list: list) }
        return formats
    }

    /// The format called `name` (`md`, `markdown`, `json`, `html`), or nil.
    public init?(name: String) {
        switch name.lowercased() {
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}
