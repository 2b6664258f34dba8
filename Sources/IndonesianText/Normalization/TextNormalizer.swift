import Foundation

/// Brings text from any source to one canonical form before anything else reads it:
/// Unicode NFC, non-breaking and other exotic spaces folded to a plain space,
/// zero-width, bidirectional and soft-hyphen marks removed, stray control characters
/// removed, and line endings unified to `\n`.
///
/// Plain spacing is otherwise left alone: runs of spaces and blank lines are kept, so
/// that readers and cleaners can still see the layout they rely on.
public enum TextNormalizer {
    /// The canonical form of `text`.
    public static func normalize(_ text: String) -> String {
        var text = text
        // Native Swift strings are already contiguous; bridged ones are copied once.
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            if isAlreadyCanonical(bytes) { return text }
            return normalize(utf8: bytes)
        } ?? text
    }

    /// Whether every byte is printable ASCII or a line feed, the common case that
    /// needs no work at all.
    private static func isAlreadyCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte > 0x7E || (byte < 0x20 && byte != 0x0A) {
            return false
        }
        return true
    }

    /// The general path: one pass over the scalars, copying the UTF-8 of those that stay
    /// and replacing or dropping the others, then NFC only when a scalar could change it.
    private static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var needsComposition = false
        var previous: UInt32 = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            // The input is a valid Swift string, so sequences are well formed.
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let scalar = decodeScalar(bytes, at: index, length: length)
            let start = index
            index += length
            switch scalar {
            case 0x0D:
                output.append(0x0A)
                // "\r\n" is one line ending.
                if index < count, bytes[index] == 0x0A { index += 1 }
            case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                output.append(0x0A)
            case 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                output.append(0x20)
            case 0x200D where isEmojiJoinerContext(previous):
                // A zero-width joiner inside an emoji sequence is part of the symbol.
                output.append(contentsOf: bytes[start..<index])
            case 0x00...0x1F, 0x7F...0x9F,
                 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
                 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
                // Control characters, soft hyphens, zero-width and bidi marks are dropped.
                break
            default:
                if !needsComposition && mayChangeUnderNFC(scalar) { needsComposition = true }
                output.append(contentsOf: bytes[start..<index])
            }
            previous = scalar
        }
        let result = String(decoding: output, as: UTF8.self)
        // Swift compares strings canonically but stores what it was given; the
        // precomposed form is what the scorers and the rest of the pipeline expect.
        return needsComposition ? result.precomposedStringWithCanonicalMapping : result
    }

    /// The scalar value of the well-formed UTF-8 sequence of `length` bytes at `index`.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch length {
        case 1: return lead
        case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3:
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
        }
    }

    /// Whether a zero-width joiner after `previous` continues an emoji sequence.
    private static func isEmojiJoinerContext(_ previous: UInt32) -> Bool {
        previous >= 0x1F000 || (0x2600...0x27BF).contains(previous) || previous == 0xFE0F
    }

    /// Whether `scalar` could be altered by NFC or take part in a composition: combining
    /// marks, scripts with canonical compositions, Hangul, compatibility singletons and
    /// most supplementary planes. Everything else (Latin-1, Latin Extended, common
    /// punctuation, currency, emoji) is stable, which spares the Foundation call for
    /// nearly every news article.
    @inline(__always)
    static func mayChangeUnderNFC(_ scalar: UInt32) -> Bool {
        if scalar < 0x300 { return false }
        // U+2000 and U+2001 are singletons (they become U+2002 and U+2003).
        if scalar <= 0x2001 { return true }
        switch scalar {
        case 0x20D0...0x20FF, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A, 0x2ADC,
             0x2CEF...0x2CF1, 0x2D7F, 0x2DE0...0x2DFF, 0x302A...0x302F, 0x3099...0x309A,
             0xA66F...0xABFF, 0xAC00...0xD7FF, 0xF900...0xFB4F, 0xFE20...0xFE2F:
            return true
        case 0x1F000...0x1FBFF:
            return false
        case 0x10000...:
            return true
        default:
            return false
        }
    }
}
