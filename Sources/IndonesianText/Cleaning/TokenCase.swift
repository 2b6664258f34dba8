/// The capitalization class of one token.
enum TokenCase {
    /// Starts with an uppercase letter ("Jokowi", "DPR").
    case capitalized
    /// Starts with a lowercase letter and is not a function word.
    case lowercase
    /// A lowercase function word that headlines leave uncapitalized ("di", "dan", "yang").
    case function
    /// Numbers and punctuation.
    case neutral

    init(of bytes: [UInt8], in range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if ByteClass.isUppercase(byte) { self = .capitalized; return }
            if ByteClass.isLowercase(byte) {
                if let key = PackedWord(bytes, index..<range.upperBound), BoilerplateMarkers.functionWords.contains(key) {
                    self = .function
                } else {
                    self = .lowercase
                }
                return
            }
            if ByteClass.isDigit(byte) { self = .neutral; return }
            if byte >= 0xC3 && byte <= 0xDF {
                // A Latin letter with a diacritic: uppercase ones sit in C3 80–C3 9E.
                self = byte == 0xC3 && index + 1 < range.upperBound && bytes[index + 1] < 0x9F ? .capitalized : .lowercase
                return
            }
            index += byte >= 0xE0 ? 3 : 1  // skip quotes, dashes and other punctuation
        }
        self = .neutral
    }
}
