/// A 64-bit FNV-1a hash of the lexicon files read, in the order read: the lexicon's version.
///
/// Written by hand because LocalTranslation depends on nothing but IndonesianText (the
/// Storage module's SHA-256 `ContentHash` would pull in the database and crypto packages),
/// and because Swift's `Hasher` is seeded per process, so it cannot name a version that
/// translation memory keys keep across runs. Collisions only matter between two versions
/// of one lexicon, for which 64 bits are plenty.
struct LexiconFingerprint: Sendable, Hashable {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private(set) var value = LexiconFingerprint.offsetBasis

    /// Adds one file: its name, its length and its bytes, so that moving a line to another
    /// file (which can change which line wins) or splitting a file changes the version too.
    mutating func add(file name: String, contents: some Sequence<UInt8>) {
        add(name.utf8)
        add([0])
        var length: UInt64 = 0
        for byte in contents {
            add(byte)
            length += 1
        }
        withUnsafeBytes(of: length.littleEndian) { add($0) }
    }

    /// 16 lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    private mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }
}
