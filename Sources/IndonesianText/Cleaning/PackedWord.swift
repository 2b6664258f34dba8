/// A short ASCII word packed into an integer, five bits a letter, for allocation-free
/// lookups in sets of words.
struct PackedWord: Hashable {
    let value: UInt64

    /// Packs the leading letters of `bytes[range]`, lowercased, stopping at the first
    /// non-letter; nil when there is no letter or more than twelve.
    init?(_ bytes: [UInt8], _ range: Range<Int>) {
        var value: UInt64 = 0
        var count = 0
        for index in range {
            let byte = bytes[index]
            guard ByteClass.isASCIILetter(byte) else {
                // Trailing punctuation ends the word; anything else inside it spoils it.
                if count > 0, !ByteClass.isASCIILetter(byte) && !ByteClass.isDigit(byte) && byte < 0x80 { break }
                return nil
            }
            count += 1
            if count > 12 { return nil }
            value = value << 5 | UInt64(ByteClass.lowercased(byte) - 0x60)
        }
        guard count > 0 else { return nil }
        self.value = value
    }

    /// Packs a word written by us.
    init(_ word: String) {
        let bytes = Array(word.utf8)
        self.init(bytes, 0..<bytes.count)!
    }
}
