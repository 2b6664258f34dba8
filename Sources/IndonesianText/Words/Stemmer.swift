/// Reduces an Indonesian word to its root by removing particles, possessives,
/// suffixes and prefixes in the order the morphology allows ("mengabulkan" → "kabul").
///
/// Candidate roots are checked against a dictionary of common roots (`RootWords`), so
/// words whose root is unknown — names, loanwords, rare words — come back unchanged
/// (lowercased) rather than cut to a wrong stem. Reduplicated words give their base
/// ("negara-negara" → "negara", "menyebut-nyebut" → "sebut"); text with several words
/// gives the stems joined by single spaces.
public struct Stemmer: Sendable {
    private let roots: RootDictionary

    /// Creates a stemmer using the built-in root dictionary.
    public init() {
        roots = RootDictionary.standard
    }

    /// The root of `word`, lowercased.
    public func stem(_ word: String) -> String {
        stem(Substring(word))
    }

    /// The root of `word`, lowercased.
    public func stem(_ word: Substring) -> String {
        let utf8 = word.utf8
        let count = utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { buffer in
            var hasHyphen = false
            var index = 0
            for byte in utf8 {
                switch byte {
                case 0x80...:
                    return word.lowercased()  // not plain ASCII: left alone
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    return word.split(whereSeparator: \.isWhitespace).map { stem($0) }.joined(separator: " ")
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    buffer[index] = byte | 0x20
                case UInt8(ascii: "-"):
                    hasHyphen = true
                    buffer[index] = byte
                default:
                    buffer[index] = byte
                }
                index += 1
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<count])
            return hasHyphen ? stemHyphenated(Array(bytes)) : stemLetters(bytes)
        }
    }

    /// The root of a word given as lowercased UTF-8 bytes, as
    /// `Tokenizer.forEachLowercasedWord(in:_:)` hands them out.
    public func stem(lowercasedUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        for byte in bytes where byte >= 0x80 || byte == UInt8(ascii: "-") || byte <= UInt8(ascii: " ") {
            return stem(String(decoding: bytes, as: UTF8.self))
        }
        return stemLetters(bytes)
    }

    /// The root of a lowercase ASCII word without hyphens.
    private func stemLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 3 else { return String(decoding: bytes, as: UTF8.self) }
        let stripper = AffixStripper(bytes: bytes, roots: roots)
        guard let root = stripper.root() ?? stripper.guessedRoot() else {
            return String(decoding: bytes, as: UTF8.self)
        }
        return Stemmer.text(of: root, in: bytes)
    }

    private func stemLetters(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { stemLetters($0) }
    }

    /// The root of a word written with hyphens: clitics after a hyphen ("kuasa-Mu",
    /// "allah-lah") are dropped, and a reduplication gives the root both halves share.
    private func stemHyphenated(_ bytes: [UInt8]) -> String {
        var parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).map(Array.init)
        while parts.count > 1, let last = parts.last, Stemmer.isClitic(last) {
            parts.removeLast()
        }
        if parts.contains(where: \.isEmpty) { return String(decoding: bytes, as: UTF8.self) }
        if parts.count == 1 { return stemLetters(parts[0]) }
        guard parts.count == 2 else {
            // "malaikat-malaikat-nya" is handled above; longer chains are kept whole.
            return String(decoding: bytes, as: UTF8.self)
        }
        let first = parts[0], second = parts[1]
        if first == second { return stemLetters(first) }
        // The second half repeats the end of the first and may carry the suffix of the
        // whole: "meniru-nirukan" → "menirukan", "berbalas-balasan" → "berbalasan".
        for suffix in Stemmer.reduplicationSuffixes where second.count > suffix.count + 2 && second.ends(with: suffix) {
            let core = second.dropLast(suffix.count)
            if first.ends(with: core) { return stemLetters(first + suffix) }
        }
        if first.ends(with: second) { return stemLetters(first) }
        let firstStem = stemLetters(first)
        if firstStem == stemLetters(second) { return firstStem }
        // Different halves ("bolak-balik", "sayur-mayur") form a compound of their own.
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let reduplicationSuffixes: [[UInt8]] = ["kan", "an", "i", "nya", "lah"].map { Array($0.utf8) }

    private static func isClitic(_ part: [UInt8]) -> Bool {
        switch String(decoding: part, as: UTF8.self) {
        case "nya", "ku", "mu", "lah", "kah", "pun", "tah": true
        default: false
        }
    }

    private static func text(of view: WordView, in buffer: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: view.count) { output in
            var position = 0
            if view.lead != 0 {
                output[0] = view.lead
                position = 1
            }
            for index in view.start..<view.end {
                output[position] = buffer[index]
                position += 1
            }
            return position
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends<C: Collection>(with suffix: C) -> Bool where C.Element == UInt8 {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
