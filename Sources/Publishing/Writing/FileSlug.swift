import Foundation

/// Safe file names for articles: made from the article's id, readable where the id allows,
/// unique for every id, and never a path (no `/`, no `..`, no leading dot).
public enum FileSlug {
    /// The longest readable part kept from an id, in bytes (the hash suffix comes on top).
    public static let readableLimit = 80

    /// Names the run digest uses in the same directory, which an article may never take.
    public static let reservedNames: Set<String> = ["digest", "articles", "index"]

    /// The file name stem (without extension) for the article `id`.
    ///
    /// An id made only of lowercase ASCII letters, digits, `-` and `_` (starting with a letter or
    /// digit, at most `readableLimit` bytes, not reserved) is its own slug. Any other id is
    /// reduced to those characters (accents dropped, other characters becoming `-`), cut to
    /// `readableLimit`, and followed by `-` and 12 hex digits of a hash of the whole id, so two
    /// different ids never share a slug: `Berita/2024 Ekonomi` → `berita-2024-ekonomi-3f0c…`,
    /// `../x` → `x-…`, `日本` → `article-…`.
    public static func make(from id: String) -> String {
        if isSafeAsIs(id) { return id }
        var readable: [UInt8] = []
        readable.reserveCapacity(min(id.utf8.count, readableLimit))
        for scalar in id.unicodeScalars {
            guard readable.count < readableLimit else { break }
            if let ascii = asciiLetterOrDigit(scalar) {
                readable.append(ascii)
            } else if scalar == "_" {
                readable.append(UInt8(ascii: "_"))
            } else if isCombiningMark(scalar) {
                continue
            } else if let last = readable.last, last != UInt8(ascii: "-") {
                readable.append(UInt8(ascii: "-"))
            }
        }
        while let last = readable.last, last == UInt8(ascii: "-") || last == UInt8(ascii: "_") { readable.removeLast() }
        while let first = readable.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "_") { readable.removeFirst() }
        let stem = readable.isEmpty ? "article" : String(decoding: readable, as: UTF8.self)
        return "\(stem)-\(hash(id))"
    }

    /// Whether `id` can be used unchanged.
    private static func isSafeAsIs(_ id: String) -> Bool {
        let bytes = id.utf8
        guard let first = bytes.first, bytes.count <= readableLimit, !reservedNames.contains(id) else { return false }
        guard isLowerOrDigit(first) else { return false }
        // A trailing "-" followed by 12 hex digits could collide with a hashed slug; ids that look
        // like one are hashed themselves.
        if bytes.count > 13, looksHashed(id) { return false }
        return bytes.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func looksHashed(_ id: String) -> Bool {
        let tail = id.utf8.suffix(13)
        return tail.first == UInt8(ascii: "-") && tail.dropFirst().allSatisfy {
            ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f"))
        }
    }

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// The lowercase ASCII letter or digit a scalar stands for: itself, lowercased, or the base
    /// letter of a Latin letter with an accent (é → e); nil for anything else.
    private static func asciiLetterOrDigit(_ scalar: Unicode.Scalar) -> UInt8? {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            if isLowerOrDigit(byte) { return byte }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return byte | 0x20 }
            return nil
        }
        // Canonical decomposition gives the base letter first: "é" is "e" + U+0301.
        guard let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII else { return nil }
        let byte = UInt8(base.value) | 0x20
        return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte : nil
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// 12 hex digits of the 64-bit FNV-1a hash of the id's UTF-8 bytes: stable across runs and
    /// machines (unlike `Hasher`).
    static func hash(_ id: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value >> 16, radix: 16)
        return String(repeating: "0", count: 12 - hex.count) + hex
    }
}
