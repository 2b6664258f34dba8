/// Numbers for words compared scalar by scalar (as Python compares strings), so n-grams can be
/// counted as short integer arrays.
struct WordVocabulary {
    private var numbers: [[UInt32]: Int] = [:]

    /// The number of `word`, given a new one the first time it is seen.
    mutating func number(_ word: ArraySlice<UInt32>) -> Int {
        let key = Array(word)
        if let number = numbers[key] { return number }
        let number = numbers.count
        numbers[key] = number
        return number
    }

    /// The numbers of `words`, in order.
    mutating func numbers(_ words: [ArraySlice<UInt32>]) -> [Int] {
        words.map { number($0) }
    }
}

/// Counts of n-grams of one order in one segment.
struct NGramCounts {
    /// How often each n-gram occurs.
    var counts: [[Int]: Int] = [:]
    /// The number of n-grams (with repeats).
    var total = 0

    /// Counts the `order`-grams of `items`.
    init(_ items: [Int], order: Int) {
        guard items.count >= order else { return }
        for start in 0...(items.count - order) {
            counts[Array(items[start..<start + order]), default: 0] += 1
        }
        total = items.count - order + 1
    }

    /// The n-grams of `hypothesis` also in `self` (the reference), each clipped to its count here.
    func matches(_ hypothesis: NGramCounts) -> Int {
        var matched = 0
        for (ngram, count) in hypothesis.counts {
            if let available = counts[ngram] { matched += min(count, available) }
        }
        return matched
    }
}
