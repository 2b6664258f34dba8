extension Tokenizer {
    /// The lowercase runs of letters and digits of `text` (with their combining marks); every
    /// other character separates, hyphens and apostrophes included, so "COVID-19" gives
    /// "covid", "19". What glossary terms are matched on, where `words(in:)` would keep
    /// "anak-anak" whole.
    public static func alphanumericRuns(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
