/// Removes the site name that pages append to their `<title>` ("Harga Beras Naik -
/// Kompas.com", "Banjir di Bekasi | Berita Daerah"), where that is clear.
enum HeadlineSuffix {
    /// Separators between a headline and a site name, the strong ones first.
    private static let strongSeparators = [" | ", " :: ", " · ", " » ", " // "]
    private static let dashSeparators = [" - ", " – ", " — "]

    /// `title` without its site-name suffix. The suffix goes when it is `siteName`
    /// (from `og:site_name`), when it follows a strong separator such as " | " and is
    /// short, or when it follows a dash and looks like a domain ("Detik.com") or is at
    /// most two words after a headline of four or more.
    static func strip(_ title: String, siteName: String?) -> String {
        if let siteName, !siteName.isEmpty {
            for separator in strongSeparators + dashSeparators {
                let suffix = separator + siteName
                if title.count > suffix.count, title.lowercased().hasSuffix(suffix.lowercased()) {
                    return String(title.dropLast(suffix.count))
                }
            }
        }
        if let (head, tail) = split(title, at: strongSeparators), words(in: tail) <= 5, words(in: head) >= 2 {
            return head
        }
        if let (head, tail) = split(title, at: dashSeparators) {
            if looksLikeDomain(tail) && words(in: head) >= 2 { return head }
            if words(in: tail) <= 2 && words(in: head) >= 4 { return head }
        }
        return title
    }

    /// The parts before and after the last occurrence of any of `separators`.
    private static func split(_ title: String, at separators: [String]) -> (String, String)? {
        let bytes = Array(title.utf8)
        var best: (start: Int, end: Int)?
        for separator in separators {
            let pattern = Array(separator.utf8)
            guard bytes.count >= pattern.count else { continue }
            var start = bytes.count - pattern.count
            while start > (best?.start ?? 0) {
                if bytes[start] == pattern[0], bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
                    best = (start, start + pattern.count)
                    break
                }
                start -= 1
            }
        }
        guard let best else { return nil }
        // Separators are ASCII-bounded, so both halves are whole UTF-8 sequences.
        return (String(decoding: bytes[..<best.start], as: UTF8.self), String(decoding: bytes[best.end...], as: UTF8.self))
    }

    private static func words(in text: String) -> Int {
        text.split(separator: " ").count
    }

    /// Whether `text` reads like a site's domain: one or two words, one with a dot
    /// between letters ("Tempo.co", "detikNews.com").
    private static func looksLikeDomain(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count <= 2 else { return false }
        return parts.contains { part in
            guard let dot = part.lastIndex(of: "."), dot != part.startIndex else { return false }
            let ending = part[part.index(after: dot)...]
            return (2...6).contains(ending.count) && ending.allSatisfy(\.isLetter)
        }
    }
}
