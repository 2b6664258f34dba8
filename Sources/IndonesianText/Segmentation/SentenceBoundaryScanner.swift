/// Finds the sentences of one paragraph in its UTF-8 bytes.
///
/// A sentence can end only at a run of `.`, `!`, `?` or `…` (with any closing quotes and
/// brackets right after it) that is followed by whitespace. Whether it does depends on
/// what follows (a capital, a caseless letter, a digit) and, for a single period, on the
/// word before it: an abbreviation, an initial, a list number or an ordinary word.
struct SentenceBoundaryScanner {
    /// The paragraph's UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>

    /// What the text after a possible boundary begins with, past opening quotes and brackets.
    enum Start {
        /// An upper-case letter, or a lower-case one followed by a capital ("iPhone", "e-KTP").
        case capital
        /// A letter of a script without case (kana, Han, Arabic, Thai...).
        case caseless
        case digit
        case lowercase
        /// Anything else: a dash, a bullet, a symbol.
        case other
    }

    /// The text after a possible boundary.
    struct Follower {
        /// What its first word begins with.
        var start: Start
        /// Whether an opening bracket comes before that word, as in "Tbk. (PTBA)".
        var afterBracket: Bool
        /// Whether an opening quote comes before that word.
        var afterQuote: Bool
        /// The index of the first word's first byte.
        var wordStart: Int
    }

    /// The byte ranges of the sentences, trimmed of whitespace, in order; never empty.
    func sentenceByteRanges() -> [Range<Int>] {
        let count = bytes.count
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(4)
        var sentenceStart = skipWhitespace(from: 0)
        // Straight double quotes seen so far: an odd count means one is open, so a
        // detached `"` after a sentence's end closes it rather than opening the next.
        var straightQuotes = 0
        // Round brackets opened and not yet closed in the current sentence.
        var openBrackets = 0
        var index = sentenceStart
        while index < count {
            // Most bytes are letters, digits and spaces: skip them with a mask test each.
            let byte = bytes[index]
            if byte < 0x40 ? (Self.interestingASCII >> UInt64(byte)) & 1 == 0 : byte != 0xE2 {
                index += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || SentencePunctuation.isLineSeparator(bytes, at: index) {
                // A line break always ends a sentence: headings, list items, "Baca juga:" lines.
                let end = trimmedEnd(before: index)
                if end > sentenceStart {
                    ranges.append(sentenceStart..<end)
                    openBrackets = 0
                }
                sentenceStart = skipWhitespace(from: index)
                index = sentenceStart
                continue
            }
            if byte == UInt8(ascii: "\"") {
                straightQuotes += 1
                index += 1
                continue
            }
            if byte == UInt8(ascii: "(") {
                openBrackets += 1
                index += 1
                continue
            }
            if byte == UInt8(ascii: ")") {
                openBrackets = max(0, openBrackets - 1)
                index += 1
                continue
            }
            guard SentencePunctuation.terminal(bytes, at: index) != nil else {
                index += 1
                continue
            }
            // The run of marks and closers: `?!`, `...`, `.”`, `.)`, `?")`.
            var periods = 0
            var hasEllipsis = false
            var hasQuestionOrExclamation = false
            var hasClosingQuote = false
            var end = index
            while end < count {
                if let (mark, length) = SentencePunctuation.terminal(bytes, at: end) {
                    switch mark {
                    case .period:
                        // Only periods in a row make an ellipsis: ".)." is one period, then another.
                        let afterPeriod = end > index && bytes[end - 1] == UInt8(ascii: ".")
                        periods = afterPeriod ? periods + 1 : max(periods, 1)
                    case .ellipsis: hasEllipsis = true
                    case .exclamation, .question: hasQuestionOrExclamation = true
                    }
                    end += length
                    continue
                }
                let closer = SentencePunctuation.closerLength(bytes, at: end)
                guard closer > 0 else { break }
                if bytes[end] == UInt8(ascii: "\"") { straightQuotes += 1 }
                switch bytes[end] {
                case UInt8(ascii: ")"): openBrackets = max(0, openBrackets - 1)
                case UInt8(ascii: "]"), UInt8(ascii: "}"): break
                default: hasClosingQuote = true
                }
                end += closer
            }
            let runStart = index
            index = end
            // Marks that open the sentence ("... dan") or sit inside a token ("1.000",
            // "Kompas.com", "L.P.") never end one.
            guard runStart > sentenceStart, end < count, SentencePunctuation.whitespaceLength(bytes, at: end) > 0 else {
                continue
            }
            var next = skipWhitespace(from: end)
            guard next < count else { break }
            var boundaryEnd = end
            var consumedQuote = false
            let detached = detachedCloserLength(at: next, openStraightQuote: straightQuotes % 2 == 1)
            if detached > 0 {
                boundaryEnd = next + detached
                consumedQuote = bytes[next] == UInt8(ascii: "\"")
                next = skipWhitespace(from: boundaryEnd)
                guard next < count else { break }
            }
            let follower = self.follower(at: next)
            let isBoundary: Bool
            if openBrackets > 0, bracketClosesSoon(from: next) {
                // "(Uu. G005)", "(lihat hlm. 5. Tabel 2)": a short bracket is one unit.
                isBoundary = false
            } else if hasQuestionOrExclamation {
                isBoundary = follower.start == .capital || follower.start == .caseless || follower.start == .digit
            } else if hasEllipsis || periods > 1 {
                // An ellipsis may only trail off mid-sentence; a capital says a new one starts.
                isBoundary = follower.start == .capital || follower.start == .caseless
            } else {
                isBoundary = hasClosingQuote
                    // A title or an initial never closes a quotation: `kata "tidak." Lalu`.
                    ? ordinaryWordEnds(follower: follower, endsWithDigit: false)
                    : periodEndsSentence(at: runStart, sentenceStart: sentenceStart, follower: follower)
            }
            if isBoundary {
                ranges.append(sentenceStart..<boundaryEnd)
                sentenceStart = next
                index = next
                openBrackets = 0
                if consumedQuote { straightQuotes += 1 }
            }
        }
        let last = trimmedEnd(before: count)
        if last > sentenceStart { ranges.append(sentenceStart..<last) }
        return ranges
    }

    /// The ASCII bytes the main loop stops at, as bits of a mask: `\n \r ! " ( ) . ?`.
    private static var interestingASCII: UInt64 { 0x8000_4306_0000_2400 }

    /// The index just past the last non-whitespace scalar before `index`.
    private func trimmedEnd(before index: Int) -> Int {
        var end = index
        while end > 0 {
            let previous = SentencePunctuation.previousScalarStart(bytes, before: end)
            guard SentencePunctuation.whitespaceLength(bytes, at: previous) > 0 else { break }
            end = previous
        }
        return end
    }

    // MARK: - The period

    /// Whether the single period at `period` ends the sentence that began at `sentenceStart`.
    private func periodEndsSentence(at period: Int, sentenceStart: Int, follower: Follower) -> Bool {
        // The word before the period, from the previous whitespace, past opening quotes and brackets.
        var rawWordStart = period
        while rawWordStart > sentenceStart {
            let previous = SentencePunctuation.previousScalarStart(bytes, before: rawWordStart)
            if SentencePunctuation.whitespaceLength(bytes, at: previous) > 0 { break }
            rawWordStart = previous
        }
        var wordStart = rawWordStart
        while wordStart < period {
            let length = SentencePunctuation.opener(bytes, at: wordStart).length
            if length == 0 { break }
            wordStart += length
        }
        let wordLength = period - wordStart
        guard wordLength > 0 else { return ordinaryWordEnds(follower: follower, endsWithDigit: false) }

        let first = bytes[wordStart]
        // "H. M. Prasetyo", "Muliaman D. Hadad": a lone capital is an initial.
        // After a number it is a unit or a label instead: "suhu naik 2 C.", "Grup 4 B.".
        if wordLength == 1, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") {
            guard let previous = previousNonSpaceByte(before: rawWordStart),
                  previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9") || previous == 0xB0 else {
                return initialEnds(follower: follower)
            }
            return ordinaryWordEnds(follower: follower, endsWithDigit: false)
        }
        // "1. Pertama", "a. Syarat", "II. Metode" opening a sentence or following a colon.
        if wordLength <= 4,
           rawWordStart == sentenceStart || previousNonSpaceByte(before: rawWordStart) == UInt8(ascii: ":"),
           isListMarker(from: wordStart, to: period) {
            return false
        }
        if let analysis = lookUp(from: wordStart, to: period) {
            switch analysis {
            case .prefix:
                return false
            case .numberPrefix:
                return follower.start == .capital || follower.start == .caseless
            case .suffix:
                return suffixEnds(follower: follower)
            case .initialsDegree:
                // "Budi, S.H. Ia ..." is a degree; "Retno L.P. Marsudi" are initials.
                return previousNonSpaceByte(before: rawWordStart) == UInt8(ascii: ",")
                    ? suffixEnds(follower: follower)
                    : initialEnds(follower: follower)
            case .initials:
                return initialEnds(follower: follower)
            }
        }
        let last = bytes[period - 1]
        return ordinaryWordEnds(
            follower: follower,
            endsWithDigit: last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")
        )
    }

    /// Whether a person's initial ("A.", "L.P.") ends the sentence: only before a quotation
    /// or a function word that opens sentences and is never a name ("Grup A. Namun ...").
    private func initialEnds(follower: Follower) -> Bool {
        guard follower.start == .capital else { return false }
        if follower.afterQuote { return true }
        var end = follower.wordStart
        while end < bytes.count, end - follower.wordStart <= SentenceStarters.maximumLength {
            let lowered = bytes[end] | 0x20
            guard lowered >= UInt8(ascii: "a"), lowered <= UInt8(ascii: "z") else { break }
            end += 1
        }
        let length = end - follower.wordStart
        guard length > 0, length <= SentenceStarters.maximumLength else { return false }
        let word = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: SentenceStarters.maximumLength) { buffer in
            for offset in 0..<length { buffer[offset] = bytes[follower.wordStart + offset] | 0x20 }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
        return SentenceStarters.words.contains(word)
    }

    /// Whether an ordinary word ending in a period ends the sentence. A digit after it
    /// does, except after a number: "v9. 1" is a broken decimal more often than two
    /// sentences, and Indonesian spells out a number that opens a sentence.
    private func ordinaryWordEnds(follower: Follower, endsWithDigit: Bool) -> Bool {
        switch follower.start {
        case .capital, .caseless: return true
        case .digit: return !endsWithDigit
        case .lowercase, .other: return false
        }
    }

    /// Whether an abbreviation that follows what it qualifies ("dll.", "Tbk.", "M.Si.")
    /// ends the sentence: only before a capitalised word that is not itself such an
    /// abbreviation and is not in brackets.
    private func suffixEnds(follower: Follower) -> Bool {
        follower.start == .capital && !follower.afterBracket && !isAbbreviationWord(at: follower.wordStart)
    }

    /// How the word in `start..<end` behaves as an abbreviation, or nil for an ordinary word.
    /// Unknown dotted words count too: lone letters are initials ("L.P.", lower-case ones
    /// shorthand like "r.a."), short mixed parts are degrees ("S.Kom.", "Sp.THT.").
    private func lookUp(from start: Int, to end: Int) -> AbbreviationKind? {
        let length = end - start
        guard length <= Abbreviations.maximumKeyLength else { return nil }
        var hasDot = false
        var segmentLength = 0
        var longestSegment = 0
        var segments = 0
        for offset in start..<end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: ".") {
                guard segmentLength > 0 else { return nil }
                hasDot = true
                segments += 1
                longestSegment = max(longestSegment, segmentLength)
                segmentLength = 0
                continue
            }
            let lowered = byte | 0x20
            guard lowered >= UInt8(ascii: "a"), lowered <= UInt8(ascii: "z") else { return nil }
            segmentLength += 1
        }
        guard segmentLength > 0 else { return nil }
        segments += 1
        longestSegment = max(longestSegment, segmentLength)
        // The key is short enough to live inline in the String: no allocation.
        let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Abbreviations.maximumKeyLength) { buffer in
            for offset in 0..<length {
                let byte = bytes[start + offset]
                buffer[offset] = byte == UInt8(ascii: ".") ? byte : byte | 0x20
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
        if let kind = Abbreviations.kind(of: key) { return kind }
        guard hasDot else { return nil }
        let firstIsCapital = bytes[start] >= UInt8(ascii: "A") && bytes[start] <= UInt8(ascii: "Z")
        if longestSegment == 1 { return firstIsCapital ? .initials : .suffix }
        // "Kompas.com", "EGINDO.co", "detik.com" are names, not abbreviations.
        if firstIsCapital, longestSegment <= 4, segments >= 2 { return .suffix }
        return nil
    }

    /// Whether the word at `start` is itself an abbreviation ending in a period or a dotted
    /// one, as the "Ltd." of "Pte. Ltd." or the "M.Si." of "S.Kom. M.Si.".
    private func isAbbreviationWord(at start: Int) -> Bool {
        var end = start
        while end < bytes.count, SentencePunctuation.whitespaceLength(bytes, at: end) == 0 { end += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ";")
            || bytes[end - 1] == UInt8(ascii: ":") {
            end -= 1
        }
        guard end - start >= 2, bytes[end - 1] == UInt8(ascii: ".") else { return false }
        guard let kind = lookUp(from: start, to: end - 1) else { return false }
        return kind == .suffix || kind == .initialsDegree || kind == .initials
    }

    /// Whether `start..<end` is a list number or letter: up to three digits, one letter, or
    /// a short Roman numeral.
    private func isListMarker(from start: Int, to end: Int) -> Bool {
        let length = end - start
        var allDigits = true
        var allRoman = true
        for offset in start..<end {
            let byte = bytes[offset]
            if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") { allDigits = false }
            if byte != UInt8(ascii: "I"), byte != UInt8(ascii: "V"), byte != UInt8(ascii: "X") { allRoman = false }
        }
        if allDigits { return length <= 3 }
        if allRoman { return length <= 4 }
        let byte = bytes[start] | 0x20
        return length == 1 && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    // MARK: - Around the boundary

    /// The text that starts at `start`: what its first word begins with, past opening
    /// quotes and brackets.
    private func follower(at start: Int) -> Follower {
        let count = bytes.count
        var index = start
        var afterBracket = false
        var afterQuote = false
        while index < count {
            let (length, isBracket) = SentencePunctuation.opener(bytes, at: index)
            if length == 0 { break }
            if isBracket { afterBracket = true } else { afterQuote = true }
            index = skipWhitespace(from: index + length)
        }
        guard index < count else {
            return Follower(start: .other, afterBracket: afterBracket, afterQuote: afterQuote, wordStart: index)
        }
        let byte = bytes[index]
        let start: Start
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): start = .capital
            case UInt8(ascii: "0")...UInt8(ascii: "9"): start = .digit
            case UInt8(ascii: "a")...UInt8(ascii: "z"): start = isCamelCase(at: index) ? .capital : .lowercase
            default: start = .other
            }
        } else {
            let (scalar, _) = SentencePunctuation.scalar(bytes, at: index)
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .titlecaseLetter: start = .capital
            case .lowercaseLetter: start = .lowercase
            case .otherLetter, .modifierLetter: start = .caseless
            case .decimalNumber: start = .digit
            default: start = .other
            }
        }
        return Follower(start: start, afterBracket: afterBracket, afterQuote: afterQuote, wordStart: index)
    }

    /// Whether the lower-case letter at `index` starts a name with a capital inside it:
    /// "iPhone", "eKTP", "e-KTP".
    private func isCamelCase(at index: Int) -> Bool {
        var next = index + 1
        if next < bytes.count, bytes[next] == UInt8(ascii: "-") { next += 1 }
        return next < bytes.count && bytes[next] >= UInt8(ascii: "A") && bytes[next] <= UInt8(ascii: "Z")
    }

    /// The length of a closing quote standing alone at `index` (space before and after),
    /// which belongs to the sentence before it: `” ’ »` always, `"` when one is open.
    private func detachedCloserLength(at index: Int, openStraightQuote: Bool) -> Int {
        var length = SentencePunctuation.unambiguousCloserLength(bytes, at: index)
        if length == 0, openStraightQuote, bytes[index] == UInt8(ascii: "\"") { length = 1 }
        guard length > 0 else { return 0 }
        let after = index + length
        return after == bytes.count || SentencePunctuation.whitespaceLength(bytes, at: after) > 0 ? length : 0
    }

    /// Whether a `)` comes within a few words of `start`, before any sentence-ending mark.
    private func bracketClosesSoon(from start: Int) -> Bool {
        let limit = min(bytes.count, start + 40)
        var index = start
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: ")"): return true
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "("): return false
            default: index += 1
            }
        }
        return false
    }

    /// The first index at or after `start` that is not whitespace.
    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let length = SentencePunctuation.whitespaceLength(bytes, at: index)
            if length == 0 { break }
            index += length
        }
        return index
    }

    /// The last byte before `index` that is not whitespace, or nil at the paragraph's start.
    private func previousNonSpaceByte(before index: Int) -> UInt8? {
        var position = index
        while position > 0 {
            let previous = SentencePunctuation.previousScalarStart(bytes, before: position)
            if SentencePunctuation.whitespaceLength(bytes, at: previous) == 0 { return bytes[position - 1] }
            position = previous
        }
        return nil
    }
}
