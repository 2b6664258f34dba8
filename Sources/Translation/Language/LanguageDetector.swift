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
        var word = String.UnicodeScalarView()
        var wordHasUppercase = false
        var wordHasLowercase = false

        func finishWord() {
            defer {
                word = String.UnicodeScalarView()
                wordHasUppercase = false
                wordHasLowercase = false
            }
            // Trailing apostrophes ("students'") are quotes, not part of the word.
            while let last = word.last, last == "'" { word.removeLast() }
            guard !word.isEmpty else { return }
            evidence.words += 1
            // All-capital words are acronyms ("AS", "DPR", "IMF") in every language.
            if wordHasUppercase && !wordHasLowercase && word.count > 1 { return }
            let lowered = String(word)
            evidence.count(lowered)
        }

        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic {
                if LanguageDetector.isLatin(scalar) {
                    evidence.latinLetters += 1
                } else {
                    evidence.otherLetters += 1
                }
                if properties.isUppercase { wordHasUppercase = true }
                if properties.isLowercase { wordHasLowercase = true }
                word.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else if (scalar == "'" || scalar == "\u{2019}"), !word.isEmpty {
                // An apostrophe inside a word ("don't", "it's") belongs to it.
                word.append("'")
            } else if scalar == "-", !word.isEmpty {
                // Hyphenated words ("anak-anak", "1990-an") are one word.
                word.append("-")
            } else if properties.numericType != nil {
                evidence.digits += 1
                finishWord()
            } else {
                finishWord()
            }
        }
        finishWord()
        return evidence
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
