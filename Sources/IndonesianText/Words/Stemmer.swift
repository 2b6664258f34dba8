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
        if word.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }) {
            return word.split(whereSeparator: \.isWhitespace).map { stem($0) }.joined(separator: " ")
        }
        var bytes = Array(word.utf8)
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 { return word.lowercased() }  // not plain ASCII: left alone
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { bytes[index] = byte | 0x20 }
        }
        if bytes.contains(UInt8(ascii: "-")) { return stemHyphenated(bytes) }
        return stemLetters(bytes)
    }

    /// The root of a lowercase ASCII word without hyphens.
    private func stemLetters(_ bytes: [UInt8]) -> String {
        guard bytes.count > 3 else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { buffer in
            let stripper = AffixStripper(bytes: buffer, roots: roots)
            guard let root = stripper.root() ?? stripper.guessedRoot() else {
                return String(decoding: buffer, as: UTF8.self)
            }
            return Stemmer.text(of: root, in: buffer)
        }
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(view.count)
        if view.lead != 0 { bytes.append(view.lead) }
        bytes.append(contentsOf: buffer[view.start..<view.end])
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends<C: Collection>(with suffix: C) -> Bool where C.Element == UInt8 {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
