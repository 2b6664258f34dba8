/// The Markdown of the run digest: a heading and summary, then one section per article.
enum DigestMarkdown {
    /// The top of `digest.md`.
    static func head(runName: String, summary: String, notes: [String], empty: Bool) -> String {
        var out = "# Warta digest: \(MarkdownText.escape(runName))\n\n\(MarkdownText.escape(summary))\n"
        for note in notes { out += "\n\(MarkdownText.escape(note))\n" }
        if empty { out += "\n_No articles in this run._\n" }
        return out
    }

    /// The section of one article: the Indonesian title linked to its page, the English title,
    /// the bullets with their English, and links to the other formats.
    static func entry(_ entry: DigestEntry) -> String {
        let page = DigestLinks.page(in: entry.files, preferring: "md")
        let title = MarkdownText.escape(entry.titleIndonesian ?? entry.id)
        var out = "\n## "
        out += page.map { "[\(title)](\(DigestLinks.encode($0)))" } ?? title
        if entry.status != .translated { out += " _(\(entry.status.displayName))_" }
        out += "\n\n"
        if let english = entry.titleEnglish {
            out += "**EN:** \(MarkdownText.escape(english))\n\n"
        } else if entry.titleIndonesian != nil {
            out += "**EN:** _(no English)_\n\n"
        }
        for (index, bullet) in entry.bulletsIndonesian.enumerated() {
            out += "- \(MarkdownText.escape(bullet))\n"
            let english = index < entry.bulletsEnglish.count ? entry.bulletsEnglish[index] : nil
            out += "  - EN: " + (english.map(MarkdownText.escape) ?? "_(no English)_") + "\n"
        }
        if !entry.bulletsIndonesian.isEmpty { out += "\n" }
        if let failure = entry.failure {
            out += "**\(entry.status == .failed ? "Failed" : "Problem"):** \(MarkdownText.escape(failure))\n\n"
        }
        if !entry.files.isEmpty {
            out += "Files: " + entry.files.map { "[\(MarkdownText.escape(DigestLinks.label($0)))](\(DigestLinks.encode($0)))" }
                .joined(separator: " · ") + "\n"
        }
        return out
    }
}

/// Choosing and writing the links from the digest to article pages.
enum DigestLinks {
    /// The page to link an article's title to: the file with `preferred` extension, else HTML,
    /// else the first file.
    static func page(in files: [String], preferring preferred: String) -> String? {
        files.first { $0.hasSuffix("." + preferred) } ?? files.first { $0.hasSuffix(".html") } ?? files.first
    }

    /// The link text of a file: its format, "Markdown", "JSON" or "HTML".
    static func label(_ path: String) -> String {
        if path.hasSuffix(".md") { return "Markdown" }
        if path.hasSuffix(".json") { return "JSON" }
        if path.hasSuffix(".html") { return "HTML" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `path` percent-encoded for use as a link target: anything but unreserved ASCII and `/`
    /// is encoded, so spaces, parentheses or quotes in a path cannot break the link.
    static func encode(_ path: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        // A path starting with "//" would be read as a host; "./" keeps it a path.
        if out.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) { out.insert(contentsOf: [UInt8(ascii: ".")], at: 0) }
        return String(decoding: out, as: UTF8.self)
    }
}
