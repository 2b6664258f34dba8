import Translation

/// The line that says where an article came from: publisher, place and date, author, URL,
/// origin, as far as they are known.
enum SourceLine {
    /// The parts of the source line, in reading order, unescaped; empty when nothing is known.
    static func parts(of metadata: ArticleMetadata) -> [(label: String, value: String)] {
        var parts: [(label: String, value: String)] = []
        func add(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            parts.append((label, value))
        }
        add("Publisher", metadata.publisher)
        add("Place", metadata.place)
        add("Date", metadata.date)
        add("Author", metadata.author)
        add("URL", metadata.url)
        add("Origin", metadata.origin)
        return parts
    }

    /// Whether `url` is a web address that may be linked (http or https), so that a
    /// `javascript:` or `data:` URL in an article's metadata is shown as text, never followed.
    static func isLinkable(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
            && !url.utf8.contains { $0 <= 0x20 || $0 == 0x7F }
    }
}
