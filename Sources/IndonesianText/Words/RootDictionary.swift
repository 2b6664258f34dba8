/// The set of Indonesian root words that candidate stems are checked against.
///
/// Roots are stored packed, five bits a letter, so that a candidate is looked up from the
/// bytes of the word being stemmed without building a `String`.
struct RootDictionary: Sendable {
    /// Up to 24 lowercase ASCII letters packed five bits each (letters are 1...26, so the
    /// zero padding cannot be confused with a letter).
    struct Key: Hashable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// Open-addressing table of the keys (a power of two long, at most half full); an
    /// all-zero key marks an empty slot. Cheaper than `Set`, whose seeded hashing costs
    /// more than the rest of a lookup.
    private let slots: [Key]
    private let mask: Int
    /// The number of roots.
    let count: Int

    /// The roots written in `RootWords`.
    static let standard = RootDictionary(text: RootWords.text)

    /// A dictionary of the words of `text`, separated by whitespace; `#` starts a comment
    /// running to the end of the line.
    init(text: String) {
        var keys = Set<Key>()
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            for word in content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }) {
                let bytes = Array(word.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    if let key = RootDictionary.key(WordView(wholeWordOf: buffer.count), in: buffer) {
                        keys.insert(key)
                    }
                }
            }
        }
        var capacity = 16
        while capacity < keys.count * 2 { capacity *= 2 }
        var slots = [Key](repeating: Key(), count: capacity)
        for key in keys {
            var index = RootDictionary.slot(of: key, mask: capacity - 1)
            while slots[index] != Key() { index = (index + 1) & (capacity - 1) }
            slots[index] = key
        }
        self.slots = slots
        self.mask = capacity - 1
        self.count = keys.count
    }

    @inline(__always)
    private static func slot(of key: Key, mask: Int) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: mixed >> 29) & mask
    }

    /// Whether the candidate `view` of `bytes` is a known root.
    func contains(_ view: WordView, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = RootDictionary.key(view, in: bytes) else { return false }
        return slots.withUnsafeBufferPointer { slots in
            var index = RootDictionary.slot(of: key, mask: mask)
            while true {
                let slot = slots[index]
                if slot == key { return true }
                if slot.low == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }

    /// The packed form of a candidate, or nil when it is longer than 24 letters or holds
    /// anything but the lowercase letters a–z.
    static func key(_ view: WordView, in bytes: UnsafeBufferPointer<UInt8>) -> Key? {
        let count = view.count
        guard count > 0, count <= 24 else { return nil }
        var key = Key()
        var index = 0
        if view.lead != 0 {
            let letter = UInt64(view.lead &- 96)
            guard letter >= 1, letter <= 26 else { return nil }
            key.low = letter
            index = 1
        }
        var position = view.start
        while position < view.end {
            let letter = UInt64(bytes[position] &- 96)
            guard letter >= 1, letter <= 26 else { return nil }
            if index < 12 {
                key.low |= letter << (5 * UInt64(index))
            } else {
                key.high |= letter << (5 * UInt64(index - 12))
            }
            index += 1
            position += 1
        }
        return key
    }
}
