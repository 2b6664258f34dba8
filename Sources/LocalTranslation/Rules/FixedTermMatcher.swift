import IndonesianText

/// Finds the occurrences of fixed terms (a glossary's Indonesian terms) in a paragraph's
/// tokens: ignoring case, as whole words, the longest term at each position.
///
/// Words are runs of letters and digits, as the glossary counts them, so "COVID-19" is the
/// two words "covid 19" whether written as one token or not; an occurrence must still start
/// and end on token edges ("BPBD" is not found inside "BPBD-nya") and never spans punctuation.
struct FixedTermMatcher: Sendable {
    /// One occurrence: the tokens it covers and the English it carries.
    struct Occurrence: Sendable {
        /// The number of tokens covered, from the one it is keyed by.
        var tokenCount: Int
        /// The English the occurrence must be rendered as.
        var english: String
    }

    private struct Term: Sendable {
        var words: [String]
        var english: String
    }

    /// Terms by their first word, longest first; the first of two terms with the same words wins.
    private var termsByFirstWord: [String: [Term]] = [:]

    init(terms: [(indonesian: String, english: String)]) {
        var seen = Set<[String]>()
        for term in terms {
            let words = Self.words(in: term.indonesian)
            guard let first = words.first, !term.english.isEmpty, seen.insert(words).inserted else { continue }
            termsByFirstWord[first, default: []].append(Term(words: words, english: term.english))
        }
        for key in termsByFirstWord.keys {
            termsByFirstWord[key]!.sort { $0.words.count > $1.words.count }
        }
    }

    /// Whether there is no term to find.
    var isEmpty: Bool { termsByFirstWord.isEmpty }

    /// The occurrences in `tokens`, keyed by the index of their first token.
    func occurrences(in tokens: [SourceToken]) -> [Int: Occurrence] {
        guard !isEmpty else { return [:] }
        // The paragraph as words, each knowing its token and whether it starts or ends it.
        // Punctuation leaves an empty word, which no term word equals.
        var words: [String] = []
        var tokenOfWord: [Int] = []
        var startsToken: [Bool] = []
        var endsToken: [Bool] = []
        for (index, token) in tokens.enumerated() {
            let parts = token.kind == .punctuation ? [""] : Self.words(in: token.lower)
            for (position, part) in parts.enumerated() {
                words.append(part)
                tokenOfWord.append(index)
                startsToken.append(position == 0)
                endsToken.append(position == parts.count - 1)
            }
        }
        var found: [Int: Occurrence] = [:]
        var position = 0
        while position < words.count {
            var advance = 1
            if startsToken[position], let candidates = termsByFirstWord[words[position]] {
                for term in candidates where Self.matches(term.words, in: words, at: position) && endsToken[position + term.words.count - 1] {
                    let first = tokenOfWord[position]
                    let last = tokenOfWord[position + term.words.count - 1]
                    found[first] = Occurrence(tokenCount: last - first + 1, english: term.english)
                    advance = term.words.count
                    break
                }
            }
            position += advance
        }
        return found
    }

    private static func matches(_ term: [String], in words: [String], at position: Int) -> Bool {
        guard position + term.count <= words.count else { return false }
        for offset in term.indices where words[position + offset] != term[offset] { return false }
        return true
    }

    /// The lowercase words of `text`: runs of letters and digits; everything else separates.
    static func words(in text: String) -> [String] {
        Tokenizer.alphanumericRuns(in: text)
    }
}
