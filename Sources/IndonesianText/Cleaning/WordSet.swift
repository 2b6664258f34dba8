/// A small set of short words, kept as sorted packed values and searched by halving:
/// no hashing on the way.
struct WordSet {
    private let values: [UInt64]

    init(_ words: [String]) {
        values = Array(Set(words.map { PackedWord($0).value })).sorted()
    }

    func contains(_ word: PackedWord) -> Bool {
        values.withUnsafeBufferPointer { values in
            var lower = 0
            var upper = values.count
            while lower < upper {
                let middle = (lower + upper) / 2
                let value = values[middle]
                if value == word.value { return true }
                if value < word.value { lower = middle + 1 } else { upper = middle }
            }
            return false
        }
    }
}
