import ArticleReading
import CLibXML2
import Foundation

/// Reads an HTML page's article metadata from its `<meta>` tags, `<link rel="canonical">`
/// and `<script type="application/ld+json">` blocks (schema.org `NewsArticle` and kin,
/// also inside `@graph` or a top-level array), with libxml2's forgiving HTML parser.
///
/// JSON-LD wins over meta tags where both speak: it is what publishers write for search
/// engines, and it separates the author from the publisher.
public enum PageMetadataReader {
    private typealias Node = HTMLTree.Node

    /// schema.org types whose object describes the article itself.
    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report", "webpage",
    ]

    /// Meta tag names (`property` or `name`, lowercased) giving the publication time, best first.
    private static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created", "date",
    ]

    /// The metadata of the page in `html`.
    public static func read(_ html: String) -> PageMetadata {
        HTMLTree.withRoot(of: html) { root in read(root: root) } ?? PageMetadata()
    }

    /// The metadata of the page whose root element is `root`.
    private static func read(root: Node) -> PageMetadata {
        var meta: [String: String] = [:]
        var canonical: String?
        var scripts: [String] = []
        walk(from: root) { node in
            guard node.pointee.type == XML_ELEMENT_NODE, let rawName = node.pointee.name else { return false }
            switch String(cString: rawName) {
            case "meta":
                if let key = (attribute("property", of: node) ?? attribute("name", of: node) ?? attribute("itemprop", of: node))?.lowercased(),
                   let content = attribute("content", of: node)?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty,
                   meta[key] == nil {
                    meta[key] = content
                }
                return false
            case "link":
                if canonical == nil, attribute("rel", of: node)?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = attribute("href", of: node)
                }
                return false
            case "script":
                if attribute("type", of: node)?.lowercased().hasPrefix("application/ld+json") == true {
                    scripts.append(text(of: node))
                }
                return false
            case "style", "svg", "template":
                return false
            default:
                return true
            }
        }

        var metadata = PageMetadata()
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for object in articleObjects(in: json) {
                metadata.headline = metadata.headline ?? singleLine(object["headline"] as? String ?? object["name"] as? String)
                metadata.published = metadata.published ?? singleLine(object["datePublished"] as? String ?? object["dateCreated"] as? String)
                metadata.author = metadata.author ?? names(object["author"] ?? object["creator"])
                metadata.publisher = metadata.publisher ?? names(object["publisher"] ?? object["sourceOrganization"])
            }
        }
        metadata.headline = metadata.headline ?? singleLine(meta["og:title"] ?? meta["twitter:title"])
        metadata.publisher = metadata.publisher ?? singleLine(meta["og:site_name"] ?? meta["application-name"])
        metadata.published = metadata.published ?? dateKeys.lazy.compactMap { meta[$0] }.first.flatMap(singleLine)
        if metadata.author == nil {
            // Facebook's article:author is often a profile link, not a name.
            metadata.author = [meta["author"], meta["article:author"], meta["dc.creator"], meta["parsely-author"]]
                .compactMap { singleLine($0) }
                .first { !$0.hasPrefix("http://") && !$0.hasPrefix("https://") }
        }
        metadata.canonicalURL = singleLine(canonical) ?? singleLine(meta["og:url"])
        return metadata
    }

    // MARK: - JSON-LD

    /// The objects in a JSON-LD value whose `@type` is an article type, outermost first.
    private static func articleObjects(in json: Any) -> [[String: Any]] {
        var found: [[String: Any]] = []
        var pending: [Any] = [json]
        var visited = 0
        // Bounded, since a page could nest objects without end.
        while !pending.isEmpty, visited < 500 {
            let value = pending.removeFirst()
            visited += 1
            if let array = value as? [Any] {
                pending.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if types(of: object).contains(where: articleTypes.contains) { found.append(object) }
                if let graph = object["@graph"] { pending.append(graph) }
                if let main = object["mainEntity"] ?? object["mainEntityOfPage"], main is [String: Any] { pending.append(main) }
            }
        }
        // A NewsArticle is more specific than the WebPage that may contain it.
        return found.sorted { (types(of: $0).contains("webpage") ? 1 : 0) < (types(of: $1).contains("webpage") ? 1 : 0) }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [String] { return types.map { $0.lowercased() } }
        return []
    }

    /// A person's or organization's name from a string, an object with `name`, or a list of them.
    private static func names(_ value: Any?) -> String? {
        switch value {
        case let text as String:
            return singleLine(text)
        case let object as [String: Any]:
            return names(object["name"])
        case let list as [Any]:
            let all = list.compactMap { names($0) }
            var unique: [String] = []
            for name in all where !unique.contains(name) { unique.append(name) }
            return unique.isEmpty ? nil : unique.joined(separator: ", ")
        default:
            return nil
        }
    }

    private static func singleLine(_ text: String?) -> String? {
        FeedParser.singleLine(text)
    }

    // MARK: - Tree access

    private static func walk(from root: Node, enter: (Node) -> Bool) {
        HTMLTree.walk(from: root, enter: enter)
    }

    private static func attribute(_ name: String, of node: Node) -> String? { HTMLTree.attribute(name, of: node) }

    /// The text directly inside `node` (a script's source).
    private static func text(of node: Node) -> String {
        var value = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { value += String(cString: content) }
            child = current.pointee.next
        }
        return value
    }
}
