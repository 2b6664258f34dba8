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
        let normalized = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            if isAlreadyCanonical(bytes) { return nil }
            return normalize(utf8: bytes)
        }
        // nil: nothing to change.
        return (normalized ?? nil) ?? text
    }

    /// Whether every byte is printable ASCII or a line feed, the common case that
    /// needs no work at all.
    private static func isAlreadyCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte > 0x7E || (byte < 0x20 && byte != 0x0A) {
            return false
        }
        return true
    }

    /// The general path: one pass over the scalars that copies unchanged runs of bytes
    /// and replaces or drops the others, then NFC only when a scalar could change it.
    /// Nothing is copied until the first change, so text that only needs the NFC check
    /// (curly quotes, dashes, accented letters) comes back as it was.
    private static func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var output: [UInt8] = []
        var changed = false
        var runStart = 0
        var needsComposition = false
        var previous: UInt32 = 0
        var index = 0
        let count = bytes.count

        /// Ends the unchanged run before `end` and starts writing `replacement` bytes.
        @inline(__always)
        func replace(runEnd: Int, resumeAt: Int, with replacement: UInt8?) {
            if !changed {
                changed = true
                output.reserveCapacity(count)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<runEnd]))
            if let replacement { output.append(replacement) }
            runStart = resumeAt
        }

        while index < count {
            let lead = bytes[index]
            if lead >= 0x20 && lead < 0x7F {
                index += 1
                previous = UInt32(lead)
                continue
            }
            // The input is a valid Swift string, so sequences are well formed.
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            let scalar = decodeScalar(bytes, at: index, length: length)
            let start = index
            index += length
            switch scalar {
            case 0x0A:
                break
            case 0x0D:
                // "\r\n" is one line ending.
                if index < count, bytes[index] == 0x0A { index += 1 }
                replace(runEnd: start, resumeAt: index, with: 0x0A)
            case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                replace(runEnd: start, resumeAt: index, with: 0x0A)
            case 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                replace(runEnd: start, resumeAt: index, with: 0x20)
            case 0x200D where isEmojiJoinerContext(previous):
                // A zero-width joiner inside an emoji sequence is part of the symbol.
                break
            case 0x00...0x1F, 0x7F...0x9F,
                 0xAD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
                 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
                // Control characters, soft hyphens, zero-width and bidi marks are dropped.
                replace(runEnd: start, resumeAt: index, with: nil)
            default:
                if !needsComposition && mayChangeUnderNFC(scalar) { needsComposition = true }
            }
            previous = scalar
        }
        var result: String?
        if changed {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
            result = String(decoding: output, as: UTF8.self)
        }
        guard needsComposition else { return result }
        // Swift compares strings canonically but stores what it was given; the
        // precomposed form is what the scorers and the rest of the pipeline expect.
        return (result ?? String(decoding: bytes, as: UTF8.self)).precomposedStringWithCanonicalMapping
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
