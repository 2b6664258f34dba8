/// Reduces a Markdown article to its headline and paragraphs of plain text.
///
/// Block rules: the first level-one heading (`# Judul` or a `===` underline) that comes
/// before any paragraph becomes the headline, as does a `title:` in YAML front matter;
/// other headings become paragraphs of their own, without their `#` markers. Lines of
/// one paragraph are joined with spaces; each list item, table row and block quote line
/// group is a paragraph of its own, without its marker. Fenced code blocks are dropped:
/// news articles quote no code, and code would only confuse sentence splitting and
/// summaries. Indented lines are read as ordinary text, because hand-written and
/// converted news often indents paragraphs. HTML comments and link reference
/// definitions are dropped.
///
/// Inline rules (see `MarkdownInline`): emphasis markers go, links keep their text,
/// images go entirely, code spans keep their content, escapes are resolved.
enum MarkdownTextExtractor {
    /// What a Markdown article yields: its headline, if any, and its paragraphs.
    struct Extraction: Equatable {
        var title: String?
        var paragraphs: [String]
    }

    /// The headline and paragraphs of `markdown`, whose line endings are `\n`.
    static func extract(_ markdown: String) -> Extraction {
        var state = State()
        var lines = Self.lines(of: markdown)[...]
        state.title = readFrontMatter(&lines)
        for line in lines {
            state.read(line)
        }
        state.endParagraph()
        return Extraction(title: state.title, paragraphs: state.paragraphs)
    }

    /// The lines of `text`, split at each `\n` by bytes rather than by characters,
    /// which is many times faster and the same for normalized text.
    private static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        while let lineBreak = bytes[start...].firstIndex(of: 0x0A) {
            lines.append(text[start..<lineBreak])
            start = bytes.index(after: lineBreak)
        }
        lines.append(text[start...])
        return lines
    }

    /// Drops a leading YAML front-matter block from `lines` and returns its `title:`.
    private static func readFrontMatter(_ lines: inout ArraySlice<Substring>) -> String? {
        guard lines.first?.trimmingTrailingSpaces() == "---" else { return nil }
        let body = lines.dropFirst().prefix(60)
        guard let end = body.firstIndex(where: { $0.trimmingTrailingSpaces() == "---" || $0.trimmingTrailingSpaces() == "..." }),
              body[..<end].allSatisfy({ $0.isEmpty || $0.contains(":" as Character) || $0.first == " " || $0.first == "-" })
        else { return nil }
        var title: String?
        for line in body[..<end] where line.hasPrefix("title:") {
            var value = line.dropFirst("title:".count).trimmingSpaces()
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !value.isEmpty { title = value }
        }
        lines = lines[(end + 1)...]
        return title
    }

    /// The reading state while going through the lines.
    private struct State {
        var title: String?
        var paragraphs: [String] = []
        private var paragraphLines: [Substring] = []
        private var fence: (marker: Character, length: Int)?
        private var inComment = false

        mutating func read(_ rawLine: Substring) {
            var line = rawLine
            if let fence {
                if isFence(line, closing: fence) { self.fence = nil }
                return
            }
            line = removeComments(line)
            if inComment && line.isEmpty { return }
            let content = line.drop(while: { $0 == " " })
            if content.isEmpty { endParagraph(); return }
            let indent = line.utf8.count - content.utf8.count
            if indent <= 3, let opening = fenceOpening(content) {
                endParagraph()
                fence = opening
                return
            }
            if indent <= 3, let (level, text) = atxHeading(content) {
                endParagraph()
                addHeading(String(text), level: level)
                return
            }
            if indent <= 3, isUnderline(content, of: "="), !paragraphLines.isEmpty {
                let text = paragraphLines.joined(separator: " ")
                paragraphLines.removeAll()
                addHeading(text, level: 1)
                return
            }
            if indent <= 3, isThematicBreak(content) {
                if !paragraphLines.isEmpty, isUnderline(content, of: "-") {
                    let text = paragraphLines.joined(separator: " ")
                    paragraphLines.removeAll()
                    addHeading(text, level: 2)
                } else {
                    endParagraph()
                }
                return
            }
            if content.first == ">" {
                // A block quote: its lines are read as if unquoted.
                read(content.drop(while: { $0 == ">" || $0 == " " }))
                return
            }
            if isReferenceDefinition(content) { return }
            if content.first == "|" {
                endParagraph()
                if !isTableDelimiterRow(content) {
                    let cells = content.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                    paragraphLines = [Substring(cells.joined(separator: " "))]
                    endParagraph()
                }
                return
            }
            if let item = listItemContent(content) {
                endParagraph()
                paragraphLines.append(item)
                return
            }
            paragraphLines.append(content)
        }

        mutating func endParagraph() {
            guard !paragraphLines.isEmpty else { return }
            let text = MarkdownInline.plainText(paragraphLines.map { $0.trimmingTrailingSpaces() }.joined(separator: " "))
            paragraphLines.removeAll()
            if !text.isEmpty { paragraphs.append(text) }
        }

        private mutating func addHeading(_ markup: String, level: Int) {
            let text = MarkdownInline.plainText(markup)
            guard !text.isEmpty else { return }
            if level == 1, title == nil, paragraphs.isEmpty {
                title = text
            } else if text != title {
                paragraphs.append(text)
            }
        }

        /// `line` without HTML comments, remembering a comment left open at its end.
        private mutating func removeComments(_ line: Substring) -> Substring {
            guard inComment || line.utf8.contains(UInt8(ascii: "<")) && line.contains("<!--") else { return line }
            var output = ""
            var rest = line
            while !rest.isEmpty {
                if inComment {
                    guard let end = rest.firstRange(of: "-->") else { return Substring(output) }
                    rest = rest[end.upperBound...]
                    inComment = false
                } else if let start = rest.firstRange(of: "<!--") {
                    output += rest[..<start.lowerBound]
                    rest = rest[start.upperBound...]
                    inComment = true
                } else {
                    output += rest
                    break
                }
            }
            return Substring(output)
        }
    }

    // MARK: - Line patterns

    private static func fenceOpening(_ content: Substring) -> (marker: Character, length: Int)? {
        guard let marker = content.first, marker == "`" || marker == "~" else { return nil }
        let length = content.prefix(while: { $0 == marker }).count
        guard length >= 3 else { return nil }
        // A backtick fence's info string cannot hold backticks.
        if marker == "`", content.dropFirst(length).contains("`" as Character) { return nil }
        return (marker, length)
    }

    private static func isFence(_ line: Substring, closing fence: (marker: Character, length: Int)) -> Bool {
        let content = line.drop(while: { $0 == " " })
        let length = content.prefix(while: { $0 == fence.marker }).count
        return length >= fence.length && content.dropFirst(length).allSatisfy { $0 == " " }
    }

    /// The level and text of an ATX heading ("## Ekonomi ##" gives 2, "Ekonomi").
    private static func atxHeading(_ content: Substring) -> (Int, Substring)? {
        let level = content.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        var text = content.dropFirst(level)
        guard text.isEmpty || text.first == " " else { return nil }
        text = text.trimmingSpaces()[...]
        // A closing sequence of #s, if set off by a space, is not part of the text.
        let closing = text.reversed().prefix(while: { $0 == "#" }).count
        if closing > 0 {
            let remainder = text.dropLast(closing)
            if remainder.isEmpty || remainder.last == " " { text = remainder.trimmingSpaces()[...] }
        }
        return (level, text)
    }

    private static func isUnderline(_ content: Substring, of marker: Character) -> Bool {
        let trimmed = content.trimmingTrailingSpaces()
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == marker }
    }

    /// A line of three or more `-`, `*` or `_`, optionally spaced.
    private static func isThematicBreak(_ content: Substring) -> Bool {
        guard let marker = content.first, marker == "-" || marker == "*" || marker == "_" else { return false }
        var count = 0
        for character in content {
            if character == marker { count += 1 } else if character != " " { return false }
        }
        return count >= 3 || (marker == "-" && count >= 2 && !content.contains(" " as Character))
    }

    /// A link reference definition: `[label]: https://...`.
    private static func isReferenceDefinition(_ content: Substring) -> Bool {
        guard content.first == "[", let close = content.firstIndex(of: "]") else { return false }
        let after = content[content.index(after: close)...]
        return after.hasPrefix(":") && close > content.index(after: content.startIndex)
    }

    private static func isTableDelimiterRow(_ content: Substring) -> Bool {
        content.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " } && content.contains("-" as Character)
    }

    /// The text of a list item line without its marker ("- ", "* ", "+ ", "1. ", "2) ")
    /// or task box ("[ ] ", "[x] "), or nil for other lines.
    private static func listItemContent(_ content: Substring) -> Substring? {
        var rest: Substring
        if let first = content.first, first == "-" || first == "*" || first == "+",
           content.dropFirst().first == " " {
            rest = content.dropFirst(2)
        } else {
            let digits = content.prefix(while: { $0.isASCII && $0.isNumber })
            guard (1...9).contains(digits.count) else { return nil }
            let after = content.dropFirst(digits.count)
            guard let delimiter = after.first, delimiter == "." || delimiter == ")", after.dropFirst().first == " " else {
                return nil
            }
            rest = after.dropFirst(2)
        }
        rest = rest.drop(while: { $0 == " " })
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) {
            rest = rest.dropFirst(box.count)
        }
        return rest
    }
}

extension StringProtocol {
    /// The text without trailing spaces.
    func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }

    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        String(trimmingTrailingSpaces().drop(while: { $0 == " " }))
    }
}
