/// Splits Indonesian text into word tokens: runs of letters and digits, with inner hyphens
/// kept (reduplication such as "negara-negara", "kupu-kupu", and forms like "covid-19"),
/// inner apostrophes kept ("jum'at"), and numbers kept whole with their separators
/// ("1.000", "2,5", "12.30"). Punctuation never forms a token.
///
/// The scan works on UTF-8 bytes; letters outside ASCII ("café") are recognised by their
/// Unicode properties.
public enum Tokenizer {
    /// The lowercased word tokens of `text`.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        words.reserveCapacity(text.utf8.count / 6)
        forEachLowercasedWord(in: text) { bytes in
            words.append(String(decoding: bytes, as: UTF8.self))
        }
        return words
    }

    /// The word tokens of `text`, with their places in it.
    public static func tokens(in text: String) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(text.utf8.count / 6)
        let utf8 = text.utf8
        withBytes(of: text) { bytes in
            scan(bytes) { start, end, _, isNumber in
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                let upper = utf8.index(lower, offsetBy: end - start)
                tokens.append(WordToken(range: lower..<upper, isNumber: isNumber))
            }
        }
        return tokens
    }

    /// Calls `body` with each word of `text` in its original case, without copying it.
    public static func forEachWord(in text: String, _ body: (Substring) throws -> Void) rethrows {
        let utf8 = text.utf8
        try withBytes(of: text) { bytes in
            try scan(bytes) { start, end, _, _ in
                let lower = utf8.index(utf8.startIndex, offsetBy: start)
                let upper = utf8.index(lower, offsetBy: end - start)
                try body(text[lower..<upper])
            }
        }
    }

    /// Calls `body` with the lowercased UTF-8 bytes of each word of `text`, for callers that
    /// only hash or look words up; the buffer is valid only during the call.
    public static func forEachLowercasedWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        try withBytes(of: text) { bytes in
            try scan(bytes) { start, end, isASCII, _ in
                scratch.removeAll(keepingCapacity: true)
                if isASCII {
                    for index in start..<end {
                        let byte = bytes[index]
                        scratch.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                    }
                } else {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    scratch.append(contentsOf: word.lowercased().utf8)
                }
                try scratch.withUnsafeBufferPointer(body)
            }
        }
    }

    // MARK: Scanning

    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(text.utf8)
        return try copy.withUnsafeBufferPointer(body)
    }

    /// What a byte position holds, as far as tokens are concerned.
    private enum Kind {
        case letter, digit, other
    }

    /// The kind of the character starting at `index`, and its length in bytes.
    @inline(__always)
    private static func kind(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Kind, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return (.letter, 1)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return (.digit, 1)
            default: return (.other, 1)
            }
        }
        guard let (scalar, length) = decodeScalar(at: index, in: bytes) else { return (.other, 1) }
        let properties = scalar.properties
        if properties.isAlphabetic { return (.letter, length) }
        switch properties.generalCategory {
        case .decimalNumber: return (.digit, length)
        case .nonspacingMark, .spacingMark, .enclosingMark: return (.letter, length)
        default: return (.other, length)
        }
    }

    /// The scalar encoded at `index` and its length, or nil for a malformed sequence.
    private static func decodeScalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Whether the bytes at `index` are a right single quotation mark (U+2019), used as an
    /// apostrophe ("Jum’at").
    @inline(__always)
    private static func isCurlyApostrophe(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }

    /// Finds the tokens of `bytes` and calls `body` with each one's byte range, whether it
    /// is plain ASCII, and whether it is a number.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (_ start: Int, _ end: Int, _ isASCII: Bool, _ isNumber: Bool) throws -> Void
    ) rethrows {
        let count = bytes.count
        var index = 0
        while index < count {
            let (kind, length) = kind(at: index, in: bytes)
            guard kind != .other else {
                index += length
                continue
            }
            let start = index
            var isASCII = length == 1
            var hasLetter = kind == .letter
            var previous = kind
            index += length
            while index < count {
                let (next, nextLength) = Tokenizer.kind(at: index, in: bytes)
                if next != .other {
                    isASCII = isASCII && nextLength == 1
                    hasLetter = hasLetter || next == .letter
                    previous = next
                    index += nextLength
                    continue
                }
                // A joiner stays inside the token only between two word characters.
                let byte = bytes[index]
                let joinerLength: Int
                let allowed: (Kind, Kind) -> Bool
                switch byte {
                case UInt8(ascii: "-"):
                    joinerLength = 1
                    allowed = { _, _ in true }
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"):
                    joinerLength = 1
                    allowed = { before, after in before == .digit && after == .digit }
                case UInt8(ascii: "'"):
                    joinerLength = 1
                    allowed = { before, after in before == .letter && after == .letter }
                default:
                    if isCurlyApostrophe(at: index, in: bytes) {
                        joinerLength = 3
                        allowed = { before, after in before == .letter && after == .letter }
                    } else {
                        joinerLength = 0
                        allowed = { _, _ in false }
                    }
                }
                guard joinerLength > 0, index + joinerLength < count else { break }
                let (after, afterLength) = Tokenizer.kind(at: index + joinerLength, in: bytes)
                guard after != .other, allowed(previous, after) else { break }
                isASCII = isASCII && joinerLength == 1 && afterLength == 1
                hasLetter = hasLetter || after == .letter
                previous = after
                index += joinerLength + afterLength
            }
            try body(start, index, isASCII, !hasLetter)
        }
    }
}
