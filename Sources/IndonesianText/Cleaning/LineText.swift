/// One trimmed line of a scraped article as UTF-8 bytes, with its words located once
/// so that every cleaning rule can look at shape and markers without allocating.
struct LineText {
    /// The line's bytes, without leading and trailing whitespace.
    let bytes: [UInt8]
    /// The byte ranges of the space-separated tokens, in order.
    let tokens: [Range<Int>]
    /// How many tokens hold at least one letter or digit.
    let wordCount: Int
    /// How many words start with a letter (ASCII or Latin with a diacritic): zero for
    /// lines of numbers and symbols.
    let letterCount: Int
    /// Whether "juga" or "pula" follows a capitalized "Baca", "Simak", "Lihat"…: the
    /// opener of a related link may sit in the line.
    let mayHoldRelatedLink: Bool

    init<Bytes: Collection>(_ source: Bytes) where Bytes.Element == UInt8 {
        self.init(bytes: Array(source))
    }

    init(_ source: [UInt8]) {
        self.init(bytes: source)
    }

    init(bytes all: [UInt8]) {
        var start = 0
        var end = all.count
        while start < end, ByteClass.isSpace(all, at: start) { start += ByteClass.spaceWidth(all, at: start) }
        while end > start, ByteClass.isSpaceEnding(all, at: end) { end -= ByteClass.spaceWidthEnding(all, at: end) }
        let bytes = start == 0 && end == all.count ? all : Array(all[start..<end])
        // Counted in locals inside the closure: captured variables would cost an
        // exclusivity check on every access.
        let scan = bytes.withUnsafeBufferPointer { buffer -> (tokens: [Range<Int>], words: Int, letters: Int, hasLinkWord: Bool) in
            var words = 0
            var letters = 0
            var hasLinkWord = false
            let count = buffer.count
            let tokens = [Range<Int>](unsafeUninitializedCapacity: count / 2 + 1) { tokens, initialized in
                var tokenCount = 0
                var index = 0
                while index < count {
                    // Skip blanks, then take the token up to the next blank.
                    var byte = buffer[index]
                    if byte == 0x20 || byte == 0x09 {
                        index += 1
                        continue
                    }
                    let start = index
                    var isWord = false
                    repeat {
                        if !isWord {
                            // ASCII letters and digits, and lead bytes of Latin letters with diacritics ("é").
                            let folded = byte | 0x20
                            if (folded >= 0x61 && folded <= 0x7A) || (byte >= 0xC3 && byte <= 0xDF) {
                                isWord = true
                                letters += 1
                            } else if byte >= 0x30 && byte <= 0x39 {
                                isWord = true
                            }
                        }
                        index += 1
                        if index == count { break }
                        byte = buffer[index]
                    } while byte != 0x20 && byte != 0x09
                    tokens.initializeElement(at: tokenCount, to: start..<index)
                    tokenCount += 1
                    if isWord { words += 1 }
                    // "juga" or "pula" after a capitalized "Baca", "Simak", "Lihat", "Tonton" or
                    // "Saksikan": the opener of a related link.
                    if index - start >= 4, tokenCount >= 2 {
                        let first = buffer[start] | 0x20
                        if (first == 0x6A || first == 0x70) && buffer[start + 1] | 0x20 == 0x75 && buffer[start + 3] | 0x20 == 0x61 {
                            let third = buffer[start + 2] | 0x20
                            let previous = tokens[tokenCount - 2]
                            var letter = previous.lowerBound
                            while letter < previous.upperBound - 1, buffer[letter] == 0x28 || buffer[letter] == 0x5B { letter += 1 }
                            let opener = buffer[letter]
                            if (third == 0x67 || third == 0x6C) && (opener == 0x42 || opener == 0x53 || opener == 0x4C || opener == 0x54) {
                                hasLinkWord = true
                            }
                        }
                    }
                }
                initialized = tokenCount
            }
            return (tokens, words, letters, hasLinkWord)
        }
        self.bytes = bytes
        tokens = scan.tokens
        wordCount = scan.words
        letterCount = scan.letters
        mayHoldRelatedLink = scan.hasLinkWord
    }

    /// The line as a String.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether the line ends like a finished sentence: `.`, `!`, `?`, an ellipsis, or a
    /// closing quote (speech ending in a quote closes its own sentence).
    var endsLikeSentence: Bool {
        guard let last = bytes.last else { return false }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        case UInt8(ascii: ")"), UInt8(ascii: "]"):
            // "... tertinggi (2,5%)." ends before the bracket; "(22/12)" alone does not close a sentence.
            return bytes.count >= 2 && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[bytes.count - 2])
        case 0x9D, 0x99, 0xA6:
            // ” (E2 80 9D), ’ (E2 80 99) and … (E2 80 A6).
            return bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80
        default:
            return false
        }
    }

    /// Whether the line holds a comma anywhere.
    var containsComma: Bool { bytes.contains(UInt8(ascii: ",")) }

    /// How many commas the line holds.
    var commaCount: Int { count(of: UInt8(ascii: ",")) }

    /// How many periods the line holds.
    var periodCount: Int { count(of: UInt8(ascii: ".")) }

    private func count(of mark: UInt8) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte == mark { count += 1 }
            return count
        }
    }

    /// Whether the line starts with `marker` (lowercase ASCII), compared case-insensitively.
    func hasPrefix(_ marker: [UInt8]) -> Bool {
        ByteClass.hasPrefix(bytes, from: 0, marker)
    }

    /// Whether the line starts with `marker` followed by a word boundary (end, space,
    /// punctuation) rather than more letters.
    func hasWordPrefix(_ marker: [UInt8]) -> Bool {
        guard hasPrefix(marker) else { return false }
        if marker.count == bytes.count { return true }
        let next = bytes[marker.count]
        return !ByteClass.isASCIILetter(next) && !ByteClass.isDigit(next)
    }

    /// Whether the line ends with `marker` (lowercase ASCII), compared case-insensitively.
    func hasSuffix(_ marker: [UInt8]) -> Bool {
        guard bytes.count >= marker.count else { return false }
        return ByteClass.hasPrefix(bytes, from: bytes.count - marker.count, marker)
    }

    /// Whether `marker` (lowercase ASCII) occurs anywhere in the line, case-insensitively.
    func contains(_ marker: [UInt8]) -> Bool {
        ByteClass.firstIndex(of: marker, in: bytes, from: 0) != nil
    }


    /// The line lowercased (ASCII only), without surrounding spaces and without the
    /// trailing colons, periods and spaces that widgets carry ("Bagikan :", "Berita Terkait:").
    var bareLowercased: [UInt8] {
        var end = bytes.count
        while end > 0, [UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "|")].contains(bytes[end - 1]) { end -= 1 }
        var start = 0
        while start < end {
            if [UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "|")].contains(bytes[start]) {
                start += 1
            } else if bytes[start] == 0xE2, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2 {
                start += 3  // a bullet
            } else {
                break
            }
        }
        return bytes[start..<end].map(ByteClass.lowercased)
    }

    /// The capitalization of token `index`.
    func tokenCase(_ index: Int) -> TokenCase {
        TokenCase(of: bytes, in: tokens[index])
    }

    /// Whether the line opens with a list marker: "- ", "• ", "* ", "1. ", "2) ".
    var startsWithListMarker: Bool { listMarkerLength > 0 }

    /// The byte length of a leading list marker and its space, or 0.
    var listMarkerLength: Int {
        guard let first = tokens.first else { return 0 }
        let token = bytes[first]
        if token.count == 1, [UInt8(ascii: "-"), UInt8(ascii: "*")].contains(token.first!) { return first.upperBound }
        if token.elementsEqual([0xE2, 0x80, 0xA2]) || token.elementsEqual([0xE2, 0x80, 0x93]) { return first.upperBound }  // • and –
        if token.count >= 2, token.count <= 3, let last = token.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ")"),
           token.dropLast().allSatisfy(ByteClass.isDigit) {
            return first.upperBound
        }
        return 0
    }

    /// Whether the line opens with a number followed by "." or ")" ("1. Resmi, ..."), or
    /// is a short item led by a number ("7 Ronaldo").
    var startsWithNumberedMarker: Bool {
        guard let first = tokens.first else { return false }
        if listMarkerLength > 0 { return ByteClass.isDigit(bytes[first.lowerBound]) }
        guard wordCount <= 4, tokens.count >= 2, bytes[first].allSatisfy(ByteClass.isDigit) else { return false }
        return tokenCase(1) == .capitalized
    }

    /// Whether the line reads like a table row or an enumeration rather than a headline:
    /// a score or formation ("122-114", "4-4-2"), semicolons, or three commas or more.
    var looksLikeEnumeration: Bool {
        if bytes.contains(UInt8(ascii: ";")) { return true }
        if commaCount >= 3 { return true }
        var index = 1
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "-"), ByteClass.isDigit(bytes[index - 1]), ByteClass.isDigit(bytes[index + 1]) { return true }
            index += 1
        }
        return false
    }

    /// Counts of capitalized and lowercase words, leaving out function words, numbers
    /// and punctuation, from token `from` on.
    func caseCounts(from: Int = 0, limit: Int = Int.max) -> (capitalized: Int, lowercase: Int) {
        var capitalized = 0
        var lowercase = 0
        var index = from
        while index < tokens.count, index - from < limit {
            switch tokenCase(index) {
            case .capitalized: capitalized += 1
            case .lowercase: lowercase += 1
            case .function, .neutral: break
            }
            index += 1
        }
        return (capitalized, lowercase)
    }

    /// Whether the line reads like a headline: a handful of words, mostly capitalized,
    /// with no sentence ending.
    var looksLikeTitleCaseHeadline: Bool {
        guard wordCount >= 4, wordCount <= 22, !endsLikeSentence, !looksLikeEnumeration else { return false }
        if let last = bytes.last, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":")].contains(last) { return false }
        let counts = caseCounts(from: listMarkerLength > 0 ? 1 : 0)
        let total = counts.capitalized + counts.lowercase
        return total >= 3 && counts.capitalized * 4 >= total * 3
    }

    /// Whether the line holds several finished sentences and many words: text that no
    /// widget, caption or related link looks like.
    var isStrongBody: Bool {
        guard wordCount >= 15, endsLikeSentence else { return false }
        return sentenceBreakCount >= 1
    }

    /// How many sentence breaks (". X", "? X", "! X" with X capitalized) the line holds.
    var sentenceBreakCount: Int {
        var count = 0
        for index in 1..<max(1, tokens.count) {
            let previous = tokens[index - 1]
            guard let last = bytes[previous].last,
                  last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!") || last == UInt8(ascii: "\"") || last == 0x9D
            else { continue }
            if case .capitalized = tokenCase(index), previous.count > 3 { count += 1 }
        }
        return count
    }
}
