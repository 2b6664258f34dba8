import IndonesianText

/// Glossary terms as lowercase word sequences, indexed by their first word, for finding every
/// term in a text in one pass over its words.
struct GlossaryIndex: Sendable {
    /// A term's words and the position of its entry.
    private struct Term: Sendable {
        var words: [String]
        var entry: Int
    }

    /// Terms by first word, longest first.
    private var termsByFirstWord: [String: [Term]] = [:]

    init(entries: [GlossaryEntry]) {
        var seen = Set<[String]>()
        for (position, entry) in entries.enumerated() {
            let words = GlossaryIndex.words(in: entry.indonesian)
            guard let first = words.first, seen.insert(words).inserted else { continue }
            termsByFirstWord[first, default: []].append(Term(words: words, entry: position))
        }
        for key in termsByFirstWord.keys {
            termsByFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
    }

    /// Adds to `found` the entry positions of the terms in `text`, taking the longest term at each
    /// position and continuing after it.
    func matches(in text: String, into found: inout Set<Int>) {
        if termsByFirstWord.isEmpty { return }
        let words = GlossaryIndex.words(in: text)
        var position = 0
        while position < words.count {
            var advance = 1
            if let candidates = termsByFirstWord[words[position]] {
                for term in candidates where GlossaryIndex.wordsMatch(words, at: position, term.words) {
                    found.insert(term.entry)
                    advance = term.words.count
                    break
                }
            }
            position += advance
        }
    }

    /// Whether `words` contains the English term's words in a row, the last one possibly plural.
    static func contains(_ words: [String], englishTerm: [String]) -> Bool {
        guard let last = englishTerm.last, words.count >= englishTerm.count else { return englishTerm.isEmpty }
        let head = englishTerm.dropLast()
        for start in 0...(words.count - englishTerm.count) {
            var matches = true
            for (offset, word) in head.enumerated() where words[start + offset] != word {
                matches = false
                break
            }
            if matches && isForm(words[start + head.count], of: last) { return true }
        }
        return false
    }

    /// Whether `word` is `base` or its regular English plural.
    private static func isForm(_ word: String, of base: String) -> Bool {
        if word == base { return true }
        if word == base + "s" || word == base + "es" { return true }
        if base.hasSuffix("y"), word == base.dropLast() + "ies" { return true }
        return false
    }

    private static func wordsMatch(_ words: [String], at position: Int, _ term: [String]) -> Bool {
        guard position + term.count <= words.count else { return false }
        for offset in 0..<term.count where words[position + offset] != term[offset] { return false }
        return true
    }

    /// The lowercase words of `text`: runs of letters and digits; everything else separates.
    static func words(in text: String) -> [String] {
        Tokenizer.alphanumericRuns(in: text)
    }
}
