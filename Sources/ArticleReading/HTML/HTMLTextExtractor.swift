#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibXML2
import IndonesianText

/// Extracts an article's headline and paragraphs from an HTML page with libxml2's
/// forgiving HTML parser.
///
/// The body comes from the most specific article container present
/// (`[itemprop=articleBody]`, else the largest `<article>`, else `<main>`, else the block
/// holding most of the page's `<p>` text, else `<body>`);
/// block elements (`p`, `div`, `h1`–`h6`, `li`, `br`, `blockquote`, `figcaption`, `tr`, ...)
/// end paragraphs; scripts, styles, forms, embedded media, navigation and hidden elements
/// are skipped, and so are `header`, `footer` and `aside` when the page has an
/// `<article>` or `<main>`. Inside the chosen container, small blocks whose class or id
/// names a widget (share buttons, related links, ads, comments) are skipped too.
///
/// The headline is `og:title` (or `twitter:title`), else the first `<h1>`, else `<title>`,
/// without an obvious " - Site Name" suffix. A first paragraph repeating the headline is
/// dropped from the body, since the headline is handed on separately.
enum HTMLTextExtractor {
    /// What a page yields: its headline, if any, and its paragraphs in reading order,
    /// each on one line with whitespace collapsed (not yet normalized).
    struct Extraction: Equatable {
        var title: String?
        var paragraphs: [String]
    }

    private typealias Node = HTMLTree.Node

    /// Elements that end a paragraph where they open and where they close.
    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
        "thead", "tr", "ul",
    ]

    /// Elements whose content is never article text.
    private static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "nav", "form", "button",
        "select", "option", "textarea", "input", "object", "embed", "canvas", "audio", "video",
        "map", "math", "head", "frameset", "frame", "applet", "dialog",
    ]

    /// Page furniture skipped once the page marks its article with `<article>` or `<main>`.
    private static let furnitureElements: Set<String> = ["header", "footer", "aside"]

    /// Elements in which a table cell boundary becomes a space.
    private static let cellElements: Set<String> = ["td", "th"]

    /// Words that, as a part of a class or id ("share-buttons", "related_posts",
    /// "ad-slot", "baca-juga"), mark a widget rather than article text.
    private static let widgetWords: Set<String> = [
        "share", "sharing", "social", "sosmed", "related", "terkait", "comment", "comments",
        "komentar", "advertisement", "advert", "ads", "ad", "iklan", "banner", "breadcrumb",
        "breadcrumbs", "newsletter", "subscribe", "sidebar", "popup", "modal", "cookie", "cookies",
        "promo", "sponsored", "recommended", "rekomendasi", "populer", "popular", "trending",
        "widget", "tags", "baca", "menu", "nav", "navbar", "navigation", "footer", "copyright",
        "pagination", "login", "signup",
    ]

    /// An article container smaller than this many bytes of text is taken for a teaser.
    private static let minimumContainerText = 140

    /// The headline and paragraphs of `html`.
    static func extract(_ html: String) -> Extraction {
        HTMLTree.withRoot(of: html) { root in extract(root: root) } ?? Extraction(title: nil, paragraphs: [])
    }

    /// The headline and paragraphs of the page whose root element is `root`.
    private static func extract(root: Node) -> Extraction {
        let survey = Survey(root: root)
        let container = chooseContainer(survey)
        var extractor = ParagraphCollector(skipFurniture: survey.hasArticleOrMain)
        extractor.containerTextLength = textLength(of: container, skipFurniture: survey.hasArticleOrMain)
        extractor.collect(from: container)
        var paragraphs = extractor.paragraphs

        let firstHeading = survey.firstHeading(in: container).map { text(of: $0) }
        let title = chooseTitle(survey, firstHeading: firstHeading)
        if let first = paragraphs.first,
           [title, firstHeading].contains(where: { $0.map { sameText($0, first) } ?? false }) {
            paragraphs.removeFirst()
        }
        return Extraction(title: title, paragraphs: paragraphs)
    }

    // MARK: - Choosing the container and the title

    private static func chooseContainer(_ survey: Survey) -> Node {
        for candidates in [survey.articleBodies, survey.articles, survey.mains] {
            let measured = candidates.map { ($0, textLength(of: $0, skipFurniture: true)) }
            if let best = measured.max(by: { $0.1 < $1.1 }), best.1 >= minimumContainerText {
                return best.0
            }
        }
        return densestBlock(survey) ?? survey.body ?? survey.root
    }

    /// For pages that mark no article: the element whose `<p>` children hold the most
    /// text, widened to its ancestors until it holds most of the page's paragraph text
    /// (four fifths: an ad or a "read also" box may split the body in two). Menus, sidebars and
    /// footers around it are left out. Nil when the page has too few paragraphs to judge.
    private static func densestBlock(_ survey: Survey) -> Node? {
        var measured: [(paragraph: Node, length: Int)] = []
        var total = 0
        var scores: [Node: Int] = [:]
        for paragraph in survey.paragraphs {
            let length = textLength(of: paragraph, skipFurniture: false)
            guard length > 0, let parent = paragraph.pointee.parent else { continue }
            measured.append((paragraph, length))
            total += length
            scores[parent, default: 0] += length
        }
        guard total >= minimumContainerText, var candidate = scores.max(by: { $0.value < $1.value })?.key else { return nil }
        while candidate != survey.body, candidate != survey.root {
            let held = measured.reduce(0) { $0 + (isDescendant($1.paragraph, of: candidate) ? $1.length : 0) }
            if held * 10 >= total * 8 { return candidate }
            guard let parent = candidate.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { break }
            candidate = parent
        }
        return nil
    }

    private static func isDescendant(_ node: Node, of ancestor: Node) -> Bool {
        var current: Node? = node
        while let candidate = current {
            if candidate == ancestor { return true }
            current = candidate.pointee.parent
        }
        return false
    }

    private static func chooseTitle(_ survey: Survey, firstHeading: String?) -> String? {
        let siteName = survey.siteName.map(clean)
        if let meta = survey.metaTitle.map(clean), !meta.isEmpty {
            return HeadlineSuffix.strip(meta, siteName: siteName)
        }
        if let firstHeading = firstHeading.map(clean), !firstHeading.isEmpty { return firstHeading }
        if let titleElement = survey.titleElement.map({ clean(text(of: $0)) }), !titleElement.isEmpty {
            return HeadlineSuffix.strip(titleElement, siteName: siteName)
        }
        return nil
    }

    /// `text` normalized and on one line, so that a non-breaking space cannot hide a
    /// separator or a difference.
    private static func clean(_ text: String) -> String {
        PlainTextLayout.singleLine(TextNormalizer.normalize(text))
    }

    private static func sameText(_ first: String, _ second: String) -> Bool {
        clean(first).lowercased() == clean(second).lowercased()
    }

    /// The text of `node` on one line, skipping what the body would skip.
    private static func text(of node: Node) -> String {
        var collector = ParagraphCollector(skipFurniture: false)
        collector.breaksParagraphs = false
        collector.collect(from: node)
        return collector.paragraphs.joined(separator: " ")
    }

    /// How many bytes of text `node` holds, leaving out skipped elements.
    private static func textLength(of node: Node, skipFurniture: Bool) -> Int {
        var length = 0
        walk(from: node, enter: { node in
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { length += Int(strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))) }
                return false
            case XML_ELEMENT_NODE:
                return !isSkipped(node, name: name(of: node), skipFurniture: skipFurniture)
            default:
                return false
            }
        }, leave: { _ in })
        return length
    }

    // MARK: - Tree access

    private static func walk(from root: Node, enter: (Node) -> Bool, leave: (Node) -> Void) {
        HTMLTree.walk(from: root, enter: enter, leave: leave)
    }

    private static func name(of node: Node) -> String { HTMLTree.name(of: node) }

    private static func attribute(_ name: String, of node: Node) -> String? { HTMLTree.attribute(name, of: node) }

    private static func isSkipped(_ node: Node, name: String, skipFurniture: Bool) -> Bool {
        if skippedElements.contains(name) { return true }
        if skipFurniture && furnitureElements.contains(name) { return true }
        return isHidden(node)
    }

    private static func isHidden(_ node: Node) -> Bool {
        guard node.pointee.properties != nil else { return false }
        if attribute("hidden", of: node) != nil { return true }
        if attribute("aria-hidden", of: node)?.lowercased() == "true" { return true }
        if let style = attribute("style", of: node) {
            let compact = style.lowercased().filter { $0 != " " }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    /// Whether the class or id of `node` names a widget.
    private static func looksLikeWidget(_ node: Node) -> Bool {
        guard node.pointee.properties != nil else { return false }
        for attributeName in ["class", "id"] {
            guard let value = attribute(attributeName, of: node) else { continue }
            let parts = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" })
            if parts.contains(where: { widgetWords.contains(String($0)) }) { return true }
        }
        return false
    }

    // MARK: - Survey

    /// What one pass over the whole page finds: metadata, headings and candidate
    /// article containers.
    private struct Survey {
        var root: Node
        var body: Node?
        var metaTitle: String?
        var siteName: String?
        var titleElement: Node?
        var headings: [Node] = []
        var articleBodies: [Node] = []
        var articles: [Node] = []
        var mains: [Node] = []
        var paragraphs: [Node] = []

        var hasArticleOrMain: Bool { !articles.isEmpty || !mains.isEmpty }

        init(root: Node) {
            self.root = root
            var openGraphTitle: String?, twitterTitle: String?
            var survey = self
            walk(from: root, enter: { node in
                guard node.pointee.type == XML_ELEMENT_NODE else { return false }
                let name = name(of: node)
                switch name {
                case "body": if survey.body == nil { survey.body = node }
                case "title": if survey.titleElement == nil { survey.titleElement = node }
                case "h1": survey.headings.append(node)
                case "p": survey.paragraphs.append(node)
                case "article": survey.articles.append(node)
                case "main": survey.mains.append(node)
                case "meta":
                    let key = (attribute("property", of: node) ?? attribute("name", of: node))?.lowercased()
                    let content = attribute("content", of: node)
                    switch key {
                    case "og:title": if openGraphTitle == nil { openGraphTitle = content }
                    case "twitter:title": if twitterTitle == nil { twitterTitle = content }
                    case "og:site_name", "application-name": if survey.siteName == nil { survey.siteName = content }
                    default: break
                    }
                    return false
                case "script", "style", "template", "svg": return false
                default: break
                }
                if node.pointee.properties != nil {
                    if attribute("itemprop", of: node)?.split(separator: " ").contains("articleBody") == true {
                        survey.articleBodies.append(node)
                    }
                    if name != "main", attribute("role", of: node) == "main" { survey.mains.append(node) }
                }
                return true
            }, leave: { _ in })
            survey.metaTitle = [openGraphTitle, twitterTitle].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) }
            self = survey
        }

        /// The first `<h1>` inside `container`, else the first on the page.
        func firstHeading(in container: Node) -> Node? {
            headings.first { HTMLTextExtractor.isDescendant($0, of: container) } ?? headings.first
        }
    }

    // MARK: - Collecting paragraphs

    /// Gathers the text under a node into paragraphs, collapsing whitespace as a
    /// browser would.
    private struct ParagraphCollector {
        var skipFurniture: Bool
        /// Whether block elements end paragraphs; off when reading a heading's text.
        var breaksParagraphs = true
        /// How much text the whole container holds, to keep widget skipping to small blocks.
        var containerTextLength = Int.max
        private(set) var paragraphs: [String] = []
        private var current: [UInt8] = []
        private var pendingSpace = false

        init(skipFurniture: Bool) { self.skipFurniture = skipFurniture }

        mutating func collect(from container: Node) {
            walk(from: container, enter: { node in
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { append(content) }
                    return false
                case XML_ELEMENT_NODE:
                    let name = name(of: node)
                    if node != container {
                        if isSkipped(node, name: name, skipFurniture: skipFurniture) { return false }
                        if breaksParagraphs, looksLikeWidget(node),
                           textLength(of: node, skipFurniture: skipFurniture) * 3 <= containerTextLength {
                            return false
                        }
                    }
                    if blockElements.contains(name) { endParagraph() }
                    if cellElements.contains(name) { pendingSpace = !current.isEmpty }
                    return true
                default:
                    return false
                }
            }, leave: { node in
                if node.pointee.type == XML_ELEMENT_NODE, blockElements.contains(name(of: node)) { endParagraph() }
            })
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll()
        }

        private mutating func append(_ content: UnsafePointer<UInt8>) {
            var pointer = content
            while pointer.pointee != 0 {
                let byte = pointer.pointee
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = !current.isEmpty
                } else {
                    if pendingSpace { current.append(0x20); pendingSpace = false }
                    current.append(byte)
                }
                pointer += 1
            }
        }

        private mutating func endParagraph() {
            guard breaksParagraphs else { pendingSpace = !current.isEmpty; return }
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
    }
}
