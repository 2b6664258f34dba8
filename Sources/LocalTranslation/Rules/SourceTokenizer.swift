/// Splits a paragraph into words (with inner hyphens and apostrophes), numbers (with
/// their inner separators: "1.000", "2,5", "12.30", "6-6") and single punctuation marks.
enum SourceTokenizer {
    static func tokens(in text: String) -> [SourceToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [SourceToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var sawSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                var allDigits = isDigit(scalar)
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        if !isDigit(current) { allDigits = false }
                        index += 1
                        continue
                    }
                    guard index + 1 < scalars.count, isWordScalar(scalars[index + 1]) else { break }
                    let next = scalars[index + 1]
                    if current == ".", next.properties.isUppercase, index - start == 1 || (index >= 2 && scalars[index - 2] == "."),
                       scalars[start].properties.isUppercase {
                        // Dotted abbreviations stay one token: "A.S.", "A.I.".
                        index += 1
                    } else if current == "-" || current == "'" || current == "’" {
                        index += 1
                    } else if (current == "." || current == "," || current == ":" || current == "/"), allDigits, isDigit(next) {
                        index += 1
                    } else {
                        break
                    }
                }
                // The final dot of a dotted abbreviation belongs to it.
                if index < scalars.count, scalars[index] == ".", index - start >= 3, scalars[index - 2] == "." {
                    index += 1
                }
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars[start..<index])
                let hasLetter = text.unicodeScalars.contains { $0.properties.isAlphabetic }
                tokens.append(SourceToken(
                    text: text, lower: hasLetter ? text.lowercased() : text,
                    kind: hasLetter ? .word : .number,
                    isCapitalized: scalar.properties.isUppercase,
                    followsSpace: sawSpace))
            } else {
                index += 1
                let text = String(Character(scalar))
                tokens.append(SourceToken(text: text, lower: text, kind: .punctuation, isCapitalized: false, followsSpace: sawSpace))
            }
            sawSpace = false
        }
        return tokens
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
