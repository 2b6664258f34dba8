/// Tells whether a block is Indonesian, already English, or another language, from the function
/// words it uses and the shape of its other words; too little language (names, numbers, a word or
/// two) is `undetermined`.
///
/// Callers should translate `undetermined` blocks with the Indonesian ones rather than pass them
/// through: they are mostly short Indonesian headlines without function words, or names and
/// numbers that a provider returns unchanged at the cost of a few tokens, whereas passing them
/// through would leave Indonesian untranslated. (A reply equal to the source is then expected for
/// such blocks and must not count as "left untranslated".)
public struct LanguageDetector: Sendable {
    /// Creates a detector.
    public init() {}

    /// The language `text` is written in.
    public func detect(_ text: String) -> DetectedLanguage {
        evidence(in: text).language
    }

    /// The counts the decision is made from, for tests and diagnostics.
    func evidence(in text: String) -> LanguageEvidence {
        var evidence = LanguageEvidence()
        let words = scanWords(text, into: &evidence)
        let capitalized = words.filter { $0.isCapitalized }.count
        // In a title-case headline every word is capitalized; elsewhere a capitalized run is a
        // name or a title ("Bank of America", "The Lord of the Rings").
        let titleCase = words.count >= 3 && capitalized * 10 >= words.count * 8
        for (position, word) in words.enumerated() where !word.isAcronym {
            let insideName = !titleCase
                && (word.isCapitalized && !word.startsSentence || LanguageDetector.isBetweenNames(words, position))
            evidence.count(word.text, insideName: insideName, shapeCounts: !word.isCapitalized || titleCase || word.startsSentence)
        }
        return evidence
    }

    /// Whether the word at `position` is one of the English function words joining two
    /// capitalized words, as in "Lord of the Rings" or "Bank of America". (Not other languages':
    /// German capitalizes every noun, so its function words always sit between capitals.)
    private static func isBetweenNames(_ words: [ScannedWord], _ position: Int) -> Bool {
        func isJoiner(_ word: ScannedWord) -> Bool { LanguageWords.english.contains(word.text) }
        guard isJoiner(words[position]) else { return false }
        var before = position - 1
        while before >= 0 && !words[before].isCapitalized && isJoiner(words[before]) { before -= 1 }
        var after = position + 1
        while after < words.count && !words[after].isCapitalized && isJoiner(words[after]) { after += 1 }
        return before >= 0 && after < words.count
            && words[before].isCapitalized && !words[before].startsSentence && words[after].isCapitalized
    }

    /// One word of a text and how it is written.
    struct ScannedWord {
        /// The word in lowercase.
        var text: String
        /// Whether its first letter is a capital.
        var isCapitalized: Bool
        /// Whether it is all capitals and longer than one letter (an acronym: "AS", "DPR", "IMF").
        var isAcronym: Bool
        /// Whether it opens the text or follows a sentence's end.
        var startsSentence: Bool
    }

    /// The words of `text` (letters, with inner apostrophes and hyphens), counting letters by script.
    private func scanWords(_ text: String, into evidence: inout LanguageEvidence) -> [ScannedWord] {
        var words: [ScannedWord] = []
        var word = String.UnicodeScalarView()
        var firstIsUppercase = false
        var hasUppercase = false
        var hasLowercase = false
        var atSentenceStart = true
        var nextStartsSentence = true

        func finishWord() {
            // Trailing apostrophes and hyphens ("students'") are quotes or dashes, not the word's.
            while let last = word.last, last == "'" || last == "-" { word.removeLast() }
            if !word.isEmpty {
                words.append(ScannedWord(
                    text: String(word), isCapitalized: firstIsUppercase,
                    isAcronym: hasUppercase && !hasLowercase && word.count > 1, startsSentence: atSentenceStart
                ))
                atSentenceStart = false
            }
            word = String.UnicodeScalarView()
            firstIsUppercase = false
            hasUppercase = false
            hasLowercase = false
        }

        for scalar in text.unicodeScalars {
            // ASCII first: looking up Unicode properties for every scalar made the detector the
            // largest cost of translating an article (it checks every block and every reply).
            if scalar.isASCII {
                let value = scalar.value
                let isUpper = value >= 65 && value <= 90
                if isUpper || (value >= 97 && value <= 122) {
                    evidence.latinLetters += 1
                    if word.isEmpty {
                        firstIsUppercase = isUpper
                        atSentenceStart = nextStartsSentence
                        nextStartsSentence = false
                    }
                    if isUpper { hasUppercase = true } else { hasLowercase = true }
                    word.append(isUpper ? Unicode.Scalar(value + 32)! : scalar)
                } else if (scalar == "'" || scalar == "-"), !word.isEmpty {
                    // An apostrophe inside a word ("don't") or a hyphen ("anak-anak", "1990-an") belongs to it.
                    word.append(scalar)
                } else {
                    finishWord()
                    if value >= 48 && value <= 57 {
                        evidence.digits += 1
                    } else if scalar == "." || scalar == "!" || scalar == "?" || scalar == ":" || scalar == "\n" {
                        nextStartsSentence = true
                    } else if value != 32 && value != 9 && value != 13 && value != 11 && value != 12 && scalar != "\"" && scalar != "(" {
                        nextStartsSentence = false
                    }
                }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic {
                if LanguageDetector.isLatin(scalar) {
                    evidence.latinLetters += 1
                } else {
                    evidence.otherLetters += 1
                }
                if word.isEmpty {
                    firstIsUppercase = properties.isUppercase
                    atSentenceStart = nextStartsSentence
                    nextStartsSentence = false
                }
                if properties.isUppercase { hasUppercase = true }
                if properties.isLowercase { hasLowercase = true }
                word.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "\u{2019}", !word.isEmpty {
                word.append("'")
            } else {
                finishWord()
                if properties.numericType != nil {
                    evidence.digits += 1
                } else if !properties.isWhitespace && scalar != "\u{201C}" {
                    nextStartsSentence = false
                }
            }
        }
        finishWord()
        evidence.words = words.count
        return words
    }

    /// Whether a letter belongs to the Latin script (ASCII, Latin-1, Latin Extended, and the
    /// Vietnamese-style additional block).
    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xBA, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF:
            true
        default:
            false
        }
    }
}
