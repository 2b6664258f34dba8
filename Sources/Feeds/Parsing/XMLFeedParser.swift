import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads RSS (2.0, and RDF-based 0.9/1.0) and Atom 1.0 documents with Foundation's
/// streaming `XMLParser`, which never resolves external entities.
enum XMLFeedParser {
    static func parse(_ data: Data, url: URL) throws(FeedError) -> Feed {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let reader = Reader(base: url)
        parser.delegate = reader
        let succeeded = parser.parse()
        if let problem = reader.problem {
            throw .malformedFeed(url: url.absoluteString, reason: problem)
        }
        // On Linux `parse()` may report success after a recovered error; `parserError` tells.
        if !succeeded || parser.parserError != nil {
            let code = parser.parserError.map { ($0 as NSError).code } ?? -1
            throw .malformedFeed(url: url.absoluteString, reason: "broken XML at line \(parser.lineNumber), column \(parser.columnNumber): \(explanation(ofXMLError: code))")
        }
        guard let format = reader.format else {
            throw .malformedFeed(url: url.absoluteString, reason: "the document has no root element")
        }
        return Feed(format: format, title: FeedParser.singleLine(reader.feedTitle), items: reader.items)
    }

    /// Words for the libxml2 error codes a broken feed most often shows.
    private static func explanation(ofXMLError code: Int) -> String {
        switch code {
        case 4: return "the document is empty or not XML"
        case 5: return "the document ends before its elements are closed (was it cut off?)"
        case 9: return "a character not allowed in XML"
        case 23, 26: return "an entity (&name;) that XML does not define; HTML entities need escaping as &amp;"
        case 41, 65: return "an attribute is not written as name=\"value\""
        case 68: return "a '&' that starts no entity; write it as &amp;"
        case 73: return "an end tag is not closed with '>'"
        case 76: return "an end tag does not match the element it closes"
        default: return "not well-formed (libxml2 error \(code))"
        }
    }

    /// The delegate collecting items as the parser goes.
    private final class Reader: NSObject, XMLParserDelegate {
        let base: URL
        var format: FeedFormat?
        var problem: String?
        var feedTitle: String?
        var items: [FeedItem] = []

        /// Local names of the open elements, outermost first.
        private var path: [String] = []
        /// How deep the current item's element sits in `path`, while inside one.
        private var itemDepth: Int?
        private var fields = Fields()
        /// The field whose text is being gathered, and how deep its element sits.
        private var capture: (name: String, depth: Int)?
        private var text = ""

        /// The namespaces of the item elements read in RSS (none, RSS 1.0, content, Dublin Core).
        static let rssNamespaces: Set<String> = [
            "", "http://purl.org/rss/1.0/", "http://purl.org/rss/1.0/modules/content/",
            "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
        ]
        /// The namespaces of the entry elements read in Atom (1.0, 0.3, Dublin Core).
        static let atomNamespaces: Set<String> = [
            "", "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#", "http://purl.org/dc/elements/1.1/",
        ]

        init(base: URL) {
            self.base = base
        }

        /// What an item has said so far.
        private struct Fields {
            var values: [String: String] = [:]
            var alternateLink: String?
            var anyLink: String?
            var guidIsPermaLink = true
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let name = elementName
            if path.isEmpty {
                switch name.lowercased() {
                case "rss", "rdf": format = .rss
                case "feed": format = .atom
                case "html":
                    fail(parser, "the document is an HTML page, not a feed; give the URL of the site's RSS, Atom or JSON feed")
                    return
                default:
                    fail(parser, "the root element <\(qualifiedName ?? name)> is not <rss>, <rdf:RDF> or Atom's <feed>")
                    return
                }
            }
            path.append(name)
            let depth = path.count
            if let capture {
                // Markup inside a field (Atom's type="xhtml" content) is kept as markup.
                if depth > capture.depth { text += "<\(name)>" }
                return
            }
            if itemDepth == nil {
                if (format == .rss && name == "item") || (format == .atom && name == "entry") {
                    itemDepth = depth
                    fields = Fields()
                } else if name == "title", depth >= 2, ["channel", "feed"].contains(path[depth - 2]), feedTitle == nil {
                    startCapture("feedTitle", depth: depth)
                }
                return
            }
            guard let itemDepth else { return }
            // Extensions (Media RSS, an atom:link in RSS, iTunes) reuse names such as
            // "title" and "link" for other things.
            let namespaces = format == .atom ? Self.atomNamespaces : Self.rssNamespaces
            guard namespaces.contains(namespaceURI ?? "") else { return }
            if name == "link", format == .atom, depth == itemDepth + 1 {
                let relation = attributes["rel"] ?? "alternate"
                if let href = attributes["href"] {
                    if relation == "alternate", fields.alternateLink == nil { fields.alternateLink = href }
                    if fields.anyLink == nil { fields.anyLink = href }
                }
                return
            }
            if name == "guid", attributes["isPermaLink"]?.lowercased() == "false" { fields.guidIsPermaLink = false }
            // Atom's <author> holds <name>, <email>, <uri>: only the name is gathered.
            if name == "author", format == .atom { return }
            if depth == itemDepth + 1 || (name == "name" && depth == itemDepth + 2 && path[depth - 2] == "author") {
                startCapture(name == "name" ? "authorName" : name, depth: depth)
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let depth = path.count
            if let current = capture {
                if depth > current.depth {
                    text += "</\(elementName)>"
                } else {
                    if current.name == "feedTitle" {
                        feedTitle = text
                    } else if fields.values[current.name] == nil, !text.allSatisfy(\.isWhitespace) {
                        fields.values[current.name] = text
                    }
                    capture = nil
                }
            } else if depth == itemDepth {
                items.append(item(from: fields))
                itemDepth = nil
            }
            if !path.isEmpty { path.removeLast() }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            // The first error is the one to report; later ones follow from it.
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if capture != nil { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            if capture != nil { text += String(decoding: CDATABlock, as: UTF8.self) }
        }

        private func startCapture(_ name: String, depth: Int) {
            capture = (name, depth)
            text = ""
        }

        private func fail(_ parser: XMLParser, _ reason: String) {
            problem = reason
            parser.abortParsing()
        }

        private func item(from fields: Fields) -> FeedItem {
            let values = fields.values
            let id = FeedParser.singleLine(values["guid"] ?? values["id"])
            var link = values["link"] ?? fields.alternateLink ?? fields.anyLink
            // An RSS guid is the story's permanent URL unless it says otherwise.
            if link == nil, fields.guidIsPermaLink, let id, id.hasPrefix("http") { link = id }
            let dateText = values["pubDate"] ?? values["published"] ?? values["date"] ?? values["issued"] ?? values["updated"] ?? values["modified"]
            let summary = format == .atom ? values["summary"] : values["description"]
            let content = format == .atom ? values["content"] : values["encoded"]
            return FeedItem(
                id: id,
                url: FeedParser.link(link, base: base),
                title: FeedParser.singleLine(values["title"]),
                published: dateText.flatMap(FeedDate.parse),
                summary: FeedParser.trimmed(summary),
                content: FeedParser.trimmed(content),
                author: FeedParser.singleLine(values["authorName"] ?? values["creator"] ?? values["author"])
            )
        }
    }
}
