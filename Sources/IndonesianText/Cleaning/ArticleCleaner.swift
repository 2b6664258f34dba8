#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the text of a scraped Indonesian news page into a clean article: finds the
/// headline and dateline, keeps the source line as metadata, and removes boilerplate
/// (related links, share and subscribe prompts, credits, captions, repeats, dates, ads).
public struct ArticleCleaner: Sendable {
    /// How many lines from the top a headline may sit below breadcrumbs and captions.
    fileprivate static let headlineSearchDepth = 8
    /// How many lines below the headline the dateline may sit below bylines and captions.
    fileprivate static let datelineSearchDepth = 10

    /// Creates a cleaner.
    public init() {}

    /// Cleans `text`, whose paragraphs are separated by line breaks. A `title` given by
    /// the caller (from HTML or JSON) is used instead of guessing one from the text.
    public func clean(_ text: String, title: String? = nil) -> CleanArticle {
        let lines = Self.lines(of: text)
        let givenTitle = title.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        var pass = CleaningPass(lines: lines, givenTitle: givenTitle)
        return pass.run()
    }

    /// The non-empty lines of `text`, trimmed.
    private static func lines(of text: String) -> [LineText] {
        var text = text
        return text.withUTF8 { buffer in
            var lines: [LineText] = []
            guard let base = buffer.baseAddress else { return lines }
            var start = 0
            while start < buffer.count {
                // memchr finds line ends many bytes at a time.
                var end = buffer.count
                if let found = memchr(UnsafeRawPointer(base + start), 0x0A, buffer.count - start) {
                    end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                if end > start {
                    let line = LineText(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                    if !line.isEmpty { lines.append(line) }
                }
                start = end + 1
            }
            return lines
        }
    }
}

/// One article's way through the cleaner: the layout of its top (headline, deck,
/// dateline), then each line judged in reading order.
private struct CleaningPass {
    let lines: [LineText]
    let kinds: [LineKind]
    let keys: [UInt64]
    var title: String?
    var titleKey: UInt64?
    var titleIndex: Int?
    var dateline: ParsedDateline?
    var datelineIndex: Int?
    /// Lines already known to go: repeats and the page header above the lead.
    var dropped: [Bool]

    private let trimmer = ParagraphTrimmer()
    private static let berikut = Array("berikut".utf8)

    init(lines: [LineText], givenTitle: String?) {
        self.lines = lines
        let classifier = LineClassifier()
        kinds = lines.map(classifier.classify)
        keys = lines.map(Self.key)
        dropped = Array(repeating: false, count: lines.count)
        title = givenTitle
        if let givenTitle {
            let key = Self.key(LineText(givenTitle.utf8))
            titleKey = key
            titleIndex = keys.prefix(ArticleCleaner.headlineSearchDepthForGivenTitle).firstIndex(of: key)
            if titleIndex == nil {
                // A page title often carries the outlet: "Headline - Kompas.com".
                let given = Array(givenTitle.utf8).map(ByteClass.lowercased)
                titleIndex = lines.indices.prefix(ArticleCleaner.headlineSearchDepthForGivenTitle).first { index in
                    let line = lines[index]
                    return line.wordCount >= 4 && line.bytes.count < given.count && ByteClass.hasPrefix(given, from: 0, line.bytes.map(ByteClass.lowercased))
                }
            }
        }
    }

    mutating func run() -> CleanArticle {
        if title == nil { findHeadline() }
        markRepeats()
        findDateline()
        markHeader()
        return judgeLines()
    }

    // MARK: Layout of the top

    /// Takes the first line that reads like a headline, above the first body paragraph.
    private mutating func findHeadline() {
        let parser = DatelineParser()
        // The headline sits above the body and above any link to other articles.
        let depth = lines.indices.prefix(ArticleCleaner.headlineSearchDepth).firstIndex {
            kinds[$0] == .relatedLink || kinds[$0] == .relatedLabel || kinds[$0] == .relatedSection
                || (kinds[$0] == .content && lines[$0].wordCount >= 8 && lines[$0].endsLikeSentence)
        } ?? min(lines.count, ArticleCleaner.headlineSearchDepth)
        let candidates = lines.indices.prefix(depth).filter { kinds[$0] == .content }
        for index in candidates {
            let line = lines[index]
            if parser.parse(line) != nil { return }
            if Self.isHeadline(line) {
                // A headline in sentence case must stand out from what follows: a dateline
                // or a much longer paragraph, so that unpunctuated text is not taken for one.
                let counts = line.caseCounts()
                let isTitleCase = counts.capitalized * 5 >= (counts.capitalized + counts.lowercase) * 3
                let next = lines.indices.dropFirst(index + 1).first { kinds[$0] == .content }.map { lines[$0] }
                let standsOut = next.map { parser.parse($0) != nil || $0.wordCount >= line.wordCount * 2 } ?? false
                if isTitleCase || (line.wordCount <= 15 && standsOut) {
                    titleIndex = index
                    title = line.string
                    titleKey = keys[index]
                    return
                }
            }
        }
    }

    private static func isHeadline(_ line: LineText) -> Bool {
        guard line.wordCount >= 4, line.wordCount <= 22, line.bytes.count <= 240, !line.startsWithListMarker else { return false }
        guard let first = line.bytes.first, !ByteClass.isLowercase(first) else { return false }
        guard let last = line.bytes.last, ![UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(last) else { return false }
        if line.bytes.contains(UInt8(ascii: "|")) { return false }
        return line.sentenceBreakCount <= 1
    }

    /// Repeated lines go: a short line printed twice close together is a caption and both
    /// copies go; otherwise the first copy stays. Copies of the headline go.
    private mutating func markRepeats() {
        for index in lines.indices {
            if index != titleIndex, let titleKey, keys[index] == titleKey {
                dropped[index] = true
                continue
            }
            guard lines[index].letterCount > 0 else { continue }
            var earlier = index - 1
            while earlier >= 0 {
                if keys[earlier] == keys[index] { break }
                earlier -= 1
            }
            guard earlier >= 0 else { continue }
            dropped[index] = true
            if lines[index].wordCount <= 20, index - earlier <= 3, earlier != titleIndex {
                dropped[earlier] = true
            }
        }
    }

    /// Finds the dateline that opens the lead, below the headline and whatever bylines,
    /// dates and captions the page printed between them.
    private mutating func findDateline() {
        let parser = DatelineParser()
        let start = (titleIndex ?? -1) + 1
        var contentBefore = 0
        var bodyLikeBefore = 0
        var index = start
        while index < min(lines.count, start + ArticleCleaner.datelineSearchDepth) {
            defer { index += 1 }
            guard !dropped[index], kinds[index] == .content || kinds[index] == .boilerplate else { continue }
            let line = lines[index]
            if let parsed = parser.parse(line) {
                let isAlone = parsed.bodyStart >= line.bytes.count
                if kinds[index] == .boilerplate && !isAlone { continue }
                let weakAllowed = contentBefore == 0 || (contentBefore == 1 && titleIndex != nil)
                if parsed.isStrong || isAlone || weakAllowed {
                    dateline = parsed
                    datelineIndex = index
                    return
                }
            }
            guard kinds[index] == .content else { continue }
            contentBefore += 1
            if line.wordCount >= 15 && line.endsLikeSentence {
                bodyLikeBefore += 1
                if bodyLikeBefore >= 2 { return }
            }
        }
    }

    /// Drops what the page printed above the headline (breadcrumbs, dates, captions) and,
    /// when a dateline opens the lead, what lies between the headline and the lead
    /// (bylines, dates, captions, photo credits) except a deck right below the headline.
    private mutating func markHeader() {
        if let titleIndex {
            for index in 0..<titleIndex { dropped[index] = true }
        }
        guard let datelineIndex else { return }
        let start = (titleIndex ?? -1) + 1
        for index in start..<datelineIndex {
            let isDeck = index == start && titleIndex != nil && kinds[index] == .content && lines[index].wordCount >= 8
            // Below a headline, sentences before the lead are captions; with no headline
            // found, a paragraph of sentences may be an editor's introduction.
            let mayBeIntroduction = titleIndex == nil && kinds[index] == .content && lines[index].wordCount >= 15 && lines[index].endsLikeSentence
            if !isDeck && !mayBeIntroduction { dropped[index] = true }
        }
    }

    // MARK: Lines in reading order

    private mutating func judgeLines() -> CleanArticle {
        var paragraphs: [String] = []
        var source: String?
        var bodyStarted = false
        var inRelatedBlock = false
        var articleEnded = false
        var expectName = false
        var expectSource = false
        var linksAfterLabel = 0
        var listIntroduced = false
        var datelineParagraphIndex: Int?
        // The last line that reads like a paragraph of the article: ten words or more
        // ending a sentence.
        let lastBodyIndex = lines.indices.last {
            !dropped[$0] && kinds[$0] == .content && lines[$0].wordCount >= 10 && lines[$0].endsLikeSentence
        } ?? -1

        for index in lines.indices {
            let line = lines[index]
            let kind = kinds[index]
            let nameExpected = expectName
            let sourceExpected = expectSource
            let linksExpected = linksAfterLabel
            expectName = false
            expectSource = false
            linksAfterLabel = 0
            if dropped[index] || index == titleIndex { continue }
            if index == datelineIndex {
                datelineParagraphIndex = paragraphs.count
                if let dateline, dateline.bodyStart < line.bytes.count {
                    if let paragraph = bodyParagraph(LineText(line.bytes[dateline.bodyStart...]), listIntroduced: false) {
                        paragraphs.append(paragraph.text)
                        listIntroduced = paragraph.introducesList
                    }
                }
                bodyStarted = true
                continue
            }
            if inRelatedBlock || articleEnded {
                if case .source(let value) = kind, bodyStarted, source == nil { source = value }
                continue
            }
            // Past the last paragraph of the article, a related-articles heading or
            // a credit closes the article; before it, such lines sit inside the article and
            // only they (and the links under a heading) go.
            let closesArticle = index > lastBodyIndex
            switch kind {
            case .boilerplate:
                continue
            case .relatedSection:
                if closesArticle { inRelatedBlock = true } else { linksAfterLabel = 6 }
                continue
            case .relatedLabel:
                linksAfterLabel = 3
                continue
            case .creditLabel:
                expectName = true
                if bodyStarted && closesArticle { articleEnded = true }
                continue
            case .credit, .copyright:
                if bodyStarted && closesArticle { articleEnded = true }
                continue
            case .sourceLabel:
                expectSource = true
                continue
            case .source(let value):
                if bodyStarted {
                    if source == nil { source = value }
                    if closesArticle { articleEnded = true }
                }
                continue
            case .relatedLink:
                let rest = trimmer.removeEmbeddedLinks(line.bytes)
                guard !rest.isEmpty, rest.count < line.bytes.count, let paragraph = bodyParagraph(LineText(rest), listIntroduced: listIntroduced) else { continue }
                paragraphs.append(paragraph.text)
                listIntroduced = paragraph.introducesList
                bodyStarted = true
            case .content:
                if nameExpected, line.wordCount <= 5, !line.endsLikeSentence { continue }
                if sourceExpected, line.wordCount <= 8 {
                    if bodyStarted, source == nil { source = LineClassifier.trimmedValue(line.bytes, from: 0) }
                    continue
                }
                if linksExpected > 0, !line.endsLikeSentence || line.startsWithListMarker, line.wordCount <= 25 {
                    linksAfterLabel = linksExpected - 1
                    continue
                }
                if index != datelineIndex, isCapitalizedCaption(line) { continue }
                if isTeaserOfAnotherLine(index) { continue }
                let isSubheading = bodyStarted && line.wordCount <= 6 && isFollowedByBody(index)
                guard let paragraph = bodyParagraph(line, listIntroduced: listIntroduced, isSubheading: isSubheading) else { continue }
                paragraphs.append(paragraph.text)
                listIntroduced = paragraph.introducesList
                bodyStarted = true
            }
        }
        return CleanArticle(
            title: title, dateline: dateline?.dateline, source: source, paragraphs: paragraphs,
            datelineParagraphIndex: dateline == nil ? nil : datelineParagraphIndex
        )
    }

    /// The paragraph `bytes` holds once inline boilerplate is trimmed, or nil when what
    /// is left is no body text: a fragment or a stray headline. Lines that follow a line
    /// ending in a colon, and subheadings, may be short.
    private func bodyParagraph(_ untrimmed: LineText, listIntroduced: Bool, isSubheading: Bool = false) -> (text: String, introducesList: Bool)? {
        let line = trimmer.trim(untrimmed)
        guard line.letterCount > 0 else { return nil }
        if !listIntroduced && !isSubheading && !line.startsWithNumberedMarker {
            // Widget labels, names and lone words: three words or fewer, no sentence.
            if line.wordCount <= 3, !line.endsLikeSentence, !line.containsComma, !line.looksLikeEnumeration { return nil }
            // Headlines of other articles printed between paragraphs.
            if line.looksLikeTitleCaseHeadline { return nil }
        }
        // "…: " and "Berikut …" ("the following") announce a list.
        let introducesList = line.bytes.last == UInt8(ascii: ":") || line.hasWordPrefix(Self.berikut)
            || (listIntroduced && (line.startsWithListMarker || line.looksLikeEnumeration || line.wordCount <= 12 && !line.endsLikeSentence))
        return (line.string, introducesList)
    }

    /// Whether the next line still in play is a body paragraph, as under a subheading.
    private func isFollowedByBody(_ index: Int) -> Bool {
        var next = index + 1
        while next < lines.count, dropped[next] { next += 1 }
        guard next < lines.count, kinds[next] == .content else { return false }
        return lines[next].wordCount >= 12 && lines[next].endsLikeSentence
    }

    /// A caption that opens with a label in capitals: `PRESIDEN BARU - Presiden … (12/3/2024).`
    private func isCapitalizedCaption(_ line: LineText) -> Bool {
        var capitalWords = 0
        for (position, range) in line.tokens.enumerated() {
            let token = line.bytes[range]
            if token.elementsEqual([UInt8(ascii: "-")]) || token.elementsEqual([0xE2, 0x80, 0x93]) || token.elementsEqual([0xE2, 0x80, 0x94]) {
                return capitalWords >= 2 && position == capitalWords
            }
            let letters = token.filter(ByteClass.isASCIILetter)
            guard letters.count >= 2, letters.allSatisfy(ByteClass.isUppercase),
                  !token.contains(UInt8(ascii: ",")), !token.contains(UInt8(ascii: ".")) else { return false }
            capitalWords += 1
        }
        return false
    }

    /// Whether the line, left unfinished, is printed whole inside another line: a teaser
    /// of the lead or a pull quote.
    private func isTeaserOfAnotherLine(_ index: Int) -> Bool {
        let line = lines[index]
        guard line.wordCount >= 8, !line.endsLikeSentence else { return false }
        let needle = line.bytes
        for other in lines.indices where other != index && lines[other].bytes.count > needle.count {
            if Self.contains(lines[other].bytes, needle) { return true }
        }
        return false
    }

    // MARK: Helpers

    /// Whether `haystack` holds `needle` byte for byte.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        let last = haystack.count - needle.count
        var index = 0
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }

    /// A fingerprint of the line, equal for lines that differ only in case and spacing:
    /// its counts of words and of words with letters, and
    /// its first and last 24 characters lowercased without spaces. Cheap, and different
    /// lines practically never share all of these.
    static func key(_ line: LineText) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        hash = (hash ^ UInt64(truncatingIfNeeded: line.wordCount)) &* 0x100000001b3
        hash = (hash ^ UInt64(truncatingIfNeeded: line.letterCount)) &* 0x100000001b3
        line.bytes.withUnsafeBufferPointer { bytes in
            var taken = 0
            var index = 0
            while index < bytes.count, taken < 24 {
                let byte = bytes[index]
                if byte != 0x20 && byte != 0x09 {
                    hash = (hash ^ UInt64(ByteClass.lowercased(byte))) &* 0x100000001b3
                    taken += 1
                }
                index += 1
            }
            taken = 0
            index = bytes.count - 1
            while index >= 0, taken < 24 {
                let byte = bytes[index]
                if byte != 0x20 && byte != 0x09 {
                    hash = (hash ^ UInt64(ByteClass.lowercased(byte))) &* 0x100000001b3
                    taken += 1
                }
                index -= 1
            }
        }
        return hash
    }
}

extension ArticleCleaner {
    /// How many lines from the top a caller's title is looked for, to drop its copy.
    fileprivate static let headlineSearchDepthForGivenTitle = 12
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
