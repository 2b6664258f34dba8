/// Recognizes, in UTF-8 bytes, the characters that matter around a sentence boundary:
/// spaces, sentence-ending marks, closing and opening quotes and brackets.
///
/// Every function takes the index of a scalar's first byte and returns how many bytes
/// the recognized character takes, or 0 when it is something else.
enum SentencePunctuation {
    /// A mark that can end a sentence.
    enum Terminal {
        case period, exclamation, question, ellipsis
    }

    /// The byte length of the whitespace character at `index` (the characters Python's
    /// `str.isspace` accepts, so that trimming never drops what a scorer would keep).
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F) ? 1 : 0
        }
        let count = bytes.count
        switch byte {
        case 0xC2:  // U+0085 next line, U+00A0 no-break space
            guard index + 1 < count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:  // U+1680 ogham space
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:  // U+2000...U+200A, U+2028, U+2029, U+202F, U+205F
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 {
                return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:  // U+3000 ideographic space
            guard index + 2 < count else { return 0 }
            return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether `index` starts U+2028 line separator or U+2029 paragraph separator.
    @inline(__always)
    static func isLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    }

    /// The sentence-ending mark at `index` and its byte length.
    @inline(__always)
    static func terminal(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Terminal, Int)? {
        switch bytes[index] {
        case UInt8(ascii: "."): return (.period, 1)
        case UInt8(ascii: "!"): return (.exclamation, 1)
        case UInt8(ascii: "?"): return (.question, 1)
        case 0xE2:  // U+2026 horizontal ellipsis
            if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
                return (.ellipsis, 3)
            }
            return nil
        default: return nil
        }
    }

    /// The byte length of a closing quote or bracket at `index`: `" ' ) ] } ” ’ » ›`.
    @inline(__always)
    static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return 1
        case 0xC2:  // » U+00BB
            return index + 1 < bytes.count && bytes[index + 1] == 0xBB ? 2 : 0
        case 0xE2:  // ’ U+2019, ” U+201D, › U+203A
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let third = bytes[index + 2]
            return third == 0x99 || third == 0x9D || third == 0xBA ? 3 : 0
        default:
            return 0
        }
    }

    /// The byte length of a closing quote at `index` that can never open a quotation
    /// (`” ’ » ›`), so that one standing alone after a space still closes the sentence before it.
    @inline(__always)
    static func unambiguousCloserLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        return byte == 0xC2 || byte == 0xE2 ? closerLength(bytes, at: index) : 0
    }

    /// The byte length of an opening quote or bracket at `index`, and whether it is a
    /// bracket: `" ' ` ( [ { “ ‘ „ « ‹ ¿ ¡`.
    @inline(__always)
    static func opener(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, isBracket: Bool) {
        switch bytes[index] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
            return (1, false)
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            return (1, true)
        case 0xC2:  // « U+00AB, ¡ U+00A1, ¿ U+00BF
            guard index + 1 < bytes.count else { return (0, false) }
            let second = bytes[index + 1]
            return second == 0xAB || second == 0xA1 || second == 0xBF ? (2, false) : (0, false)
        case 0xE2:  // ‘ U+2018, “ U+201C, „ U+201E, ‹ U+2039
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return (0, false) }
            let third = bytes[index + 2]
            return third == 0x98 || third == 0x9C || third == 0x9E || third == 0xB9 ? (3, false) : (0, false)
        default:
            return (0, false)
        }
    }

    /// The scalar starting at `index` and its byte length (the replacement character
    /// for a malformed sequence).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The index of the first byte of the scalar that ends just before `index`.
    @inline(__always)
    static func previousScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return start
    }
}
