/// A map from short lowercase words (up to 16 UTF-8 bytes) to small integers, keyed by
/// the word's bytes packed into two machine words.
///
/// Written by hand because looking words up in a `[String: Int]` (SipHash over each
/// word) was the summarizer's largest cost in profiles; packing the bytes and probing
/// an open-addressing table with a multiplicative hash does the same in a fraction.
struct ShortWordTable {
    /// A word packed for the table: its bytes in two 64-bit halves, and its length.
    struct Key: Equatable {
        var low: UInt64
        var high: UInt64
        var length: Int

        /// The packed form of `bytes`, or nil when they are longer than 16 bytes.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            var low: UInt64 = 0
            var high: UInt64 = 0
            for (index, byte) in bytes.enumerated() {
                if index < 8 {
                    low |= UInt64(byte) << (8 * UInt64(index))
                } else {
                    high |= UInt64(byte) << (8 * UInt64(index - 8))
                }
            }
            self.low = low
            self.high = high
            self.length = bytes.count
        }

        var hash: UInt64 {
            var value = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) &* 0xFF51_AFD7_ED55_8CCD
            value ^= value >> 33
            return value
        }
    }

    private var keys: [Key?]
    private var values: [Int]
    private var occupied = 0

    /// An empty table sized for about `capacity` words.
    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// The value stored for `key`, if any.
    func value(for key: Key) -> Int? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key`, replacing what was there.
    mutating func set(_ value: Int, for key: Key) {
        if (occupied + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while let stored = keys[slot] {
            if stored == key {
                values[slot] = value
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        occupied += 1
    }

    private mutating func grow() {
        let old = zip(keys, values).compactMap { key, value in key.map { ($0, value) } }
        keys = Array(repeating: nil, count: keys.count * 2)
        values = Array(repeating: 0, count: keys.count)
        occupied = 0
        for (key, value) in old { set(value, for: key) }
    }
}
