/// Splits Indonesian text into word tokens: runs of letters and digits, with inner hyphens
/// kept (reduplication such as "negara-negara", "kupu-kupu", and forms like "covid-19",
/// but not ranges such as "2019-2020"),
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
        withBytes(of: text) { bytes in
            scan(bytes) { start, end, isASCII, _ in
                guard isASCII else {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    words.append(word.lowercased())
                    return
                }
                // Most words are already lowercase: build them straight from the text.
                words.append(String(unsafeUninitializedCapacity: end - start) { output in
                    var position = 0
                    for index in start..<end {
                        let byte = bytes[index]
                        output[position] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                        position += 1
                    }
                    return position
                })
            }
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
        try withBytes(of: text) { bytes in
            // One output buffer for every word: a lowercased ASCII word is never longer
            // than the text.
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { output in
                try scan(bytes) { start, end, isASCII, _ in
                    if isASCII {
                        var position = 0
                        for index in start..<end {
                            let byte = bytes[index]
                            output[position] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                            position += 1
                        }
                        try body(UnsafeBufferPointer(rebasing: output[0..<position]))
                    } else {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                        var lowercased = word.lowercased()
                        try lowercased.withUTF8(body)
                    }
                }
            }
        }
    }

    // MARK: Scanning

    private static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(text.utf8)
        return try copy.withUnsafeBufferPointer(body)
    }

    /// What a character is, as far as tokens are concerned.
    private enum Kind: UInt8 {
        case other = 0, letter, digit, nonASCII, hyphen, numberSeparator, apostrophe
    }

    /// The kind of every byte; bytes of 0x80 and above start or continue a multi-byte
    /// character and are looked at more closely.
    private static let byteKinds: [Kind] = (0...255).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "-"): .hyphen
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"): .numberSeparator
        case UInt8(ascii: "'"): .apostrophe
        case 0x80...0xFF: .nonASCII
        default: .other
        }
    }

    /// The kind of the character starting at `index` and its length in bytes, the
    /// right single quotation mark counting as an apostrophe ("Jum’at").
    @inline(__always)
    private static func kind(at index: Int, in bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<Kind>) -> (Kind, Int) {
        let kind = table[Int(bytes[index])]
        return kind == .nonASCII ? nonASCIIKind(at: index, in: bytes) : (kind, 1)
    }

    private static func nonASCIIKind(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Kind, Int) {
        guard let (scalar, length) = decodeScalar(at: index, in: bytes) else { return (.other, 1) }
        if scalar == "\u{2019}" { return (.apostrophe, length) }
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

    /// Finds the tokens of `bytes` and calls `body` with each one's byte range, whether it
    /// is plain ASCII, and whether it is a number.
    @inline(__always)
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (_ start: Int, _ end: Int, _ isASCII: Bool, _ isNumber: Bool) throws -> Void
    ) rethrows {
        try byteKinds.withUnsafeBufferPointer { table in
            let count = bytes.count
            var index = 0
            while index < count {
                let plain = table[Int(bytes[index])]
                if plain != .letter && plain != .digit && plain != .nonASCII {
                    index &+= 1
                    continue
                }
                let (first, firstLength) = plain == .nonASCII ? nonASCIIKind(at: index, in: bytes) : (plain, 1)
                guard first == .letter || first == .digit else {
                    index += firstLength
                    continue
                }
                let start = index
                var isASCII = firstLength == 1
                var hasLetter = first == .letter
                var previous = first
                index += firstLength
                while index < count {
                    // Fast path: plain ASCII letters and digits.
                    let plain = table[Int(bytes[index])]
                    if plain == .letter {
                        hasLetter = true
                        previous = .letter
                        index &+= 1
                        continue
                    }
                    if plain == .digit {
                        previous = .digit
                        index &+= 1
                        continue
                    }
                    let (next, nextLength) = plain == .nonASCII ? nonASCIIKind(at: index, in: bytes) : (plain, 1)
                    if next == .letter || next == .digit {
                        isASCII = false
                        hasLetter = hasLetter || next == .letter
                        previous = next
                        index += nextLength
                        continue
                    }
                    // A joiner stays inside the token only between two word characters:
                    // hyphens unless between digits, apostrophes between letters, dots,
                    // commas and colons between digits.
                    guard next == .hyphen || next == .numberSeparator || next == .apostrophe,
                          index + nextLength < count else { break }
                    let (after, afterLength) = kind(at: index + nextLength, in: bytes, table: table)
                    let joins: Bool
                    switch next {
                    // Between two digits a hyphen marks a range ("2019-2020"), not a word.
                    case .hyphen: joins = after == .letter || (after == .digit && previous == .letter)
                    case .numberSeparator: joins = previous == .digit && after == .digit
                    default: joins = previous == .letter && after == .letter
                    }
                    guard joins else { break }
                    isASCII = isASCII && nextLength == 1 && afterLength == 1
                    hasLetter = hasLetter || after == .letter
                    previous = after
                    index += nextLength + afterLength
                }
                try body(start, index, isASCII, !hasLetter)
            }
        }
    }
}
