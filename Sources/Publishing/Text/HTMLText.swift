/// Escaping text for HTML, so that anything an article or a provider says shows as text.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe both
    /// between tags and inside a quoted attribute value. Control characters other than tab and
    /// line breaks (which have no business in a page and upset some parsers) become spaces.
    public static func escape(_ text: String) -> String {
        // Most text needs nothing; only copy when some byte must change.
        guard text.utf8.contains(where: { needsEscape($0) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): bytes.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): bytes.append(contentsOf: greaterThan)
            case UInt8(ascii: "\""): bytes.append(contentsOf: quote)
            case UInt8(ascii: "'"): bytes.append(contentsOf: apostrophe)
            case 0x09, 0x0A, 0x0D: bytes.append(byte)
            case 0x00..<0x20, 0x7F: bytes.append(UInt8(ascii: " "))
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0x09, 0x0A, 0x0D: return false
        case 0x00..<0x20, 0x7F: return true
        default: return false
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
