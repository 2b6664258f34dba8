import IndonesianText

/// Maps the words of one article to content-term IDs: stop words are dropped and the
/// rest are stemmed, so "keamanan" and "aman", "menginginkan" and "ingin" meet.
///
/// Each distinct surface form is stemmed once per article; news repeats its words,
/// so the cache saves most of the stemming. A class, so that the tables are updated in
/// place from inside the tokenizer's closure rather than copied.
final class TermVocabulary {
    private let stemmer = Stemmer()
    /// Each surface form seen so far and its term, -1 for words that are no term.
    private var termByShortSurface = ShortWordTable()
    private var termByLongSurface: [String: Int] = [:]
    private var termByShortRoot = ShortWordTable()
    private var termByLongRoot: [String: Int] = [:]
    private var termCount = 0

    /// The stop words, packed for the table, built once.
    private static let shortStopWords: ShortWordTable = {
        var table = ShortWordTable(capacity: StopWords.indonesian.count)
        for var word in StopWords.indonesian {
            word.withUTF8 { bytes in
                if let key = ShortWordTable.Key(bytes) { table.set(1, for: key) }
            }
        }
        return table
    }()

    private static func isStopWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let key = ShortWordTable.Key(bytes) { return shortStopWords.value(for: key) != nil }
        return StopWords.contains(String(decoding: bytes, as: UTF8.self))
    }

    /// How many distinct terms the vocabulary holds; term IDs run from 0 to this count.
    var count: Int { termCount }

    /// The content terms of `text`, sorted and without repeats, and how many words it has.
    func terms(in text: String) -> (terms: [Int], wordCount: Int) {
        var terms: [Int] = []
        var wordCount = 0
        Tokenizer.forEachLowercasedWord(in: text) { bytes in
            wordCount += 1
            let term: Int
            if let key = ShortWordTable.Key(bytes) {
                if let known = termByShortSurface.value(for: key) {
                    term = known
                } else {
                    term = self.term(forSurface: bytes)
                    termByShortSurface.set(term, for: key)
                }
            } else {
                let surface = String(decoding: bytes, as: UTF8.self)
                if let known = termByLongSurface[surface] {
                    term = known
                } else {
                    term = self.term(forSurface: bytes)
                    termByLongSurface[surface] = term
                }
            }
            if term >= 0 { terms.append(term) }
        }
        return (Self.sortedUnique(terms), wordCount)
    }

    /// The terms of `text` already known to this vocabulary; for a headline, whose words
    /// matter only where the body uses them too.
    func knownTerms(in text: String) -> [Int] {
        var terms: [Int] = []
        Tokenizer.forEachLowercasedWord(in: text) { bytes in
            let known = ShortWordTable.Key(bytes).flatMap { termByShortSurface.value(for: $0) }
                ?? termByLongSurface[String(decoding: bytes, as: UTF8.self)]
            if let known {
                if known >= 0 { terms.append(known) }
            } else if bytes.count > 1, !Self.isStopWord(bytes), let term = knownTerm(forRoot: stemmer.stem(lowercasedUTF8: bytes)) {
                terms.append(term)
            }
        }
        return Self.sortedUnique(terms)
    }

    private func knownTerm(forRoot root: String) -> Int? {
        var packable = root
        return packable.withUTF8 { bytes in
            ShortWordTable.Key(bytes).flatMap { termByShortRoot.value(for: $0) } ?? termByLongRoot[root]
        }
    }

    private static func sortedUnique(_ terms: [Int]) -> [Int] {
        var sorted = terms.sorted()
        var kept = 0
        for index in sorted.indices where index == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// The term for a word not seen before in this article, or -1 when it is no term.
    private func term(forSurface bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // Single letters and stop words say nothing about what an article is about.
        guard bytes.count > 1, !Self.isStopWord(bytes) else { return -1 }
        let root = stemmer.stem(lowercasedUTF8: bytes)
        var packable = root
        return packable.withUTF8 { rootBytes in
            if let key = ShortWordTable.Key(rootBytes) {
                if let term = termByShortRoot.value(for: key) { return term }
                termByShortRoot.set(termCount, for: key)
            } else {
                if let term = termByLongRoot[root] { return term }
                termByLongRoot[root] = termCount
            }
            termCount += 1
            return termCount - 1
        }
    }
}
