/// The HTML of the run digest: one self-contained page, each article's title and bullets with
/// the Indonesian beside the English (stacked on a phone), titles linking to the pages.
enum DigestHTML {
    /// The top of `digest.html`, up to where the entries begin.
    static func head(runName: String, summary: String, notes: [String], empty: Bool) -> String {
        var out = HTMLPage.head(title: "Warta digest: \(runName)")
        out += "<main>\n<header>\n<h1>Warta digest: \(HTMLText.escape(runName))</h1>\n"
        out += "<p class=\"summary\" lang=\"en\">\(HTMLText.escape(summary))</p>\n"
        for note in notes { out += "<p class=\"summary\" lang=\"en\">\(HTMLText.escape(note))</p>\n" }
        out += "</header>\n"
        if empty { out += "<p class=\"notice missing\" lang=\"en\">No articles in this run.</p>\n" }
        out += "<h2><span lang=\"id\">Artikel</span> / <span lang=\"en\">Articles</span></h2>\n"
        out += HTMLPage.columnHeadings
        return out
    }

    /// The end of `digest.html`.
    static let tail = "<footer>Written by Warta.</footer>\n</main>\n" + HTMLPage.tail

    /// One article: title pair (the Indonesian linked to the page), bullet pairs, file links.
    static func entry(_ entry: DigestEntry, number: Int) -> String {
        let page = DigestLinks.page(in: entry.files, preferring: "html").map { HTMLText.escape(DigestLinks.encode($0)) }
        func heading(_ text: String) -> String {
            let escaped = HTMLText.escape(text)
            return page.map { "<a href=\"\($0)\">\(escaped)</a>" } ?? escaped
        }
        var out = "<article class=\"entry\" id=\"article-\(number)\" data-status=\"\(entry.status.rawValue)\">\n"
        out += "<div class=\"pair title\"><div class=\"id\" lang=\"id\"><span class=\"tag\">ID</span><h3>"
        out += heading(entry.titleIndonesian ?? entry.id)
        if entry.status != .translated {
            out += "<span class=\"status \(entry.status.rawValue)\" lang=\"en\">\(HTMLText.escape(entry.status.displayName))</span>"
        }
        out += "</h3></div><div class=\"en\" lang=\"en\"><span class=\"tag\">EN</span>"
        if let english = entry.titleEnglish {
            out += "<h3>\(heading(english))</h3>"
        } else if entry.titleIndonesian != nil {
            out += "<p class=\"notice missing\">No English title</p>"
        }
        out += "</div></div>\n"
        if !entry.bulletsIndonesian.isEmpty {
            out += "<ul class=\"bullets\">\n"
            for (index, bullet) in entry.bulletsIndonesian.enumerated() {
                let english = index < entry.bulletsEnglish.count ? entry.bulletsEnglish[index] : nil
                out += "<li><div class=\"pair bullet\"><div class=\"id\" lang=\"id\"><span class=\"tag\">ID</span><p>"
                out += HTMLText.escape(bullet)
                out += "</p></div><div class=\"en\" lang=\"en\"><span class=\"tag\">EN</span>"
                out += english.map { "<p>\(HTMLText.escape($0))</p>" } ?? "<p class=\"notice missing\">No English</p>"
                out += "</div></div></li>\n"
            }
            out += "</ul>\n"
        }
        if let failure = entry.failure {
            let severity = entry.status == .failed ? "failure" : "caution"
            out += "<p class=\"notice \(severity)\" lang=\"en\"><strong>\(entry.status == .failed ? "Failed" : "Problem")</strong>: "
            out += "\(HTMLText.escape(failure))</p>\n"
        }
        if !entry.files.isEmpty {
            out += "<p class=\"files\" lang=\"en\">"
            out += entry.files.map { "<a href=\"\(HTMLText.escape(DigestLinks.encode($0)))\">\(HTMLText.escape(DigestLinks.label($0)))</a>" }
                .joined(separator: " · ")
            out += "</p>\n"
        }
        out += "</article>\n"
        return out
    }
}
