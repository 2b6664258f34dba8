import IndonesianText

/// Maps the words of one article to content-term IDs: stop words are dropped and the
/// rest are stemmed, so "keamanan" and "aman", "menginginkan" and "ingin" meet.
///
/// Each distinct surface form is stemmed once per article; news repeats its words,
/// so the cache saves most of the stemming.
struct TermVocabulary {
    private let stemmer = Stemmer()
    private var termBySurface: [String: Int?] = [:]
    private var termByRoot: [String: Int] = [:]

    /// The content terms of `text`, and how many words it has.
    mutating func terms(in text: String) -> (terms: Set<Int>, wordCount: Int) {
        var terms = Set<Int>()
        var wordCount = 0
        Tokenizer.forEachLowercasedWord(in: text) { bytes in
            wordCount += 1
            let surface = String(decoding: bytes, as: UTF8.self)
            if let known = termBySurface[surface] {
                if let term = known { terms.insert(term) }
                return
            }
            let term = term(forSurface: surface, bytes: bytes)
            termBySurface[surface] = term
            if let term { terms.insert(term) }
        }
        return (terms, wordCount)
    }

    /// The terms of `text` already known to this vocabulary; for a headline, whose words
    /// matter only where the body uses them too.
    func knownTerms(in text: String) -> Set<Int> {
        var terms = Set<Int>()
        Tokenizer.forEachLowercasedWord(in: text) { bytes in
            let surface = String(decoding: bytes, as: UTF8.self)
            if let known = termBySurface[surface] {
                if let term = known { terms.insert(term) }
            } else if surface.utf8.count > 1, !StopWords.contains(surface),
                      let term = termByRoot[stemmer.stem(lowercasedUTF8: bytes)] {
                terms.insert(term)
            }
        }
        return terms
    }

    private mutating func term(forSurface surface: String, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // Single letters and stop words say nothing about what an article is about.
        guard bytes.count > 1, !StopWords.contains(surface) else { return nil }
        let root = stemmer.stem(lowercasedUTF8: bytes)
        if let term = termByRoot[root] { return term }
        let term = termByRoot.count
        termByRoot[root] = term
        return term
    }
}
