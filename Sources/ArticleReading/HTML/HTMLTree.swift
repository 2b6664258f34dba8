import CLibXML2

/// A page parsed by libxml2's HTML parser, and the few ways the readers walk it: the article
/// text here, and page metadata (meta tags, JSON-LD) in the feeds module.
public enum HTMLTree {
    /// An element, text or other node of a parsed page.
    public typealias Node = UnsafeMutablePointer<xmlNode>

    /// Parser options: recover from broken markup, stay silent, never touch the
    /// network, and trust the encoding we pass rather than the page's `<meta charset>`.
    private static let options = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// `xmlInitParser` must run once before threads parse concurrently.
    private static let parserInitialization: Void = { xmlInitParser() }()

    /// Parses `html` (UTF-8) and hands its root element to `body`; nil when the text is empty
    /// or has no root element. The tree lives only while `body` runs.
    public static func withRoot<Result>(of html: String, _ body: (Node) -> Result) -> Result? {
        _ = parserInitialization
        warta_libxml2_silence_errors()
        var html = html
        let document = html.withUTF8 { buffer -> htmlDocPtr? in
            guard let base = buffer.baseAddress, !buffer.isEmpty, buffer.count < Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return body(root)
    }

    /// Visits the subtree under `root` depth first without recursion: `enter` says whether to
    /// descend into a node, `leave` runs after a node's subtree.
    public static func walk(from root: Node, enter: (Node) -> Bool, leave: (Node) -> Void = { _ in }) {
        var node = root
        while true {
            if enter(node), let child = node.pointee.children {
                node = child
                continue
            }
            while true {
                leave(node)
                if node == root { return }
                if let next = node.pointee.next {
                    node = next
                    break
                }
                guard let parent = node.pointee.parent else { return }
                node = parent
            }
        }
    }

    /// The element's name, lowercase (libxml2's HTML parser lowercases names); empty for nodes without one.
    public static func name(of node: Node) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The value of the attribute `name` on `node`, if present.
    public static func attribute(_ name: String, of node: Node) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let propertyName = current.pointee.name, String(cString: propertyName) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }
}
