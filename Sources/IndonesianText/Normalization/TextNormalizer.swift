import Foundation

/// Brings text from any source to one canonical form before anything else reads it:
/// Unicode NFC, non-breaking and other exotic spaces folded to a plain space,
/// zero-width and bidirectional marks removed, and line endings unified to `\n`.
public enum TextNormalizer {
    /// The canonical form of `text`.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                previousWasCarriageReturn = true
                continue
            case 0x0A:
                if previousWasCarriageReturn { previousWasCarriageReturn = false; continue }
                scalars.append(scalar)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09:
                scalars.append(" ")
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD:
                break
            case 0x2028, 0x2029, 0x0085:
                scalars.append("\n")
            default:
                scalars.append(scalar)
            }
            previousWasCarriageReturn = false
        }
        // Swift's String compares canonically but stores what it was given; the
        // precomposed form is what the scorers and the rest of the pipeline expect.
        return String(scalars).precomposedStringWithCanonicalMapping
    }
}
