/// Escaping text for Markdown, so that an article's words stay words: no raw HTML, no links,
/// emphasis, headings or lists made by accident, and one block always stays one line.
public enum MarkdownText {
    /// `text` on one line (line breaks and tabs become spaces) with the characters Markdown
    /// would read as markup escaped by a backslash: `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`,
    /// `|`, `~`, an `&` that could open a character reference, and a `#`, `+`, `-`, `=` or
    /// numbered-list marker (`1.`, `1)`) at the start.
    public static func escape(_ text: String) -> String {
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count + 8)
        // Leading spaces would make an indented code block; they carry no meaning in a block.
        let start = source.firstIndex { !isSpace($0) } ?? source.endIndex
        let markerIndex = lineStartMarker(source, from: start)
        var index = start
        while index < source.endIndex {
            let byte = source[index]
            if index == markerIndex {
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "|"), UInt8(ascii: "~"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case UInt8(ascii: "&"):
                // Only `&name;` or `&#123;` could turn into another character; "A & B" stays as is.
                let next = index + 1 < source.endIndex ? source[index + 1] : 0
                if isLetter(next) || next == UInt8(ascii: "#") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            case 0x09, 0x0A, 0x0D:
                if bytes.last != UInt8(ascii: " ") { bytes.append(UInt8(ascii: " ")) }
            case 0x00..<0x20, 0x7F:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
            index += 1
        }
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index of the byte that would make the line a heading, list item or setext
    /// underline (`#`, `+`, `-`, `=`, or the `.`/`)` after leading digits), or nil.
    private static func lineStartMarker(_ source: [UInt8], from start: Int) -> Int? {
        guard start < source.endIndex else { return nil }
        switch source[start] {
        case UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="):
            return start
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // "2024. Tahun itu ..." would open an ordered list; "2024 ..." would not.
            var end = start
            while end < source.endIndex, isDigit(source[end]) { end += 1 }
            guard end < source.endIndex, source[end] == UInt8(ascii: ".") || source[end] == UInt8(ascii: ")") else { return nil }
            return end + 1 == source.endIndex || isSpace(source[end + 1]) ? end : nil
        default:
            return nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
}
