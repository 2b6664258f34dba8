/// Turns the bytes of an input into text: UTF-8 (a byte-order mark is dropped),
/// UTF-16 with a byte-order mark or with the zero bytes that betray it, and
/// Windows-1252 for bytes that are not valid UTF-8. Binary data is refused.
enum TextDecoder {
    /// The encodings an input may turn out to be in.
    enum Encoding: Equatable, Sendable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
        case windows1252
    }

    /// How many leading bytes are examined for signs of binary data.
    static let sampleSize = 8192

    /// The text of `bytes` and the encoding it was read in.
    static func decode(_ bytes: [UInt8], origin: String) throws(ArticleReadingError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8OrFallback(bytes[3...], origin: origin)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (decodeUTF16(bytes[2...], bigEndian: false), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (decodeUTF16(bytes[2...], bigEndian: true), .utf16BigEndian)
        }
        if let bigEndian = unmarkedUTF16(bytes) {
            let text = decodeUTF16(bytes[...], bigEndian: bigEndian)
            // Binary data full of small numbers has zero bytes on one side too; text
            // decoded from it is mostly control characters.
            guard isTextLike(text) else { throw .binary(origin: origin) }
            return (text, bigEndian ? .utf16BigEndian : .utf16LittleEndian)
        }
        if looksBinary(bytes) { throw .binary(origin: origin) }
        return decodeUTF8OrFallback(bytes[...], origin: origin)
    }

    private static func decodeUTF8OrFallback(_ bytes: ArraySlice<UInt8>, origin: String) -> (text: String, encoding: Encoding) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return (decodeMixed(bytes), .windows1252)
    }

    /// Text that is not valid UTF-8 as a whole: well-formed UTF-8 sequences are read as
    /// UTF-8 and every other byte as Windows-1252. Pure Windows-1252 text comes out
    /// right (its accented letters and quotes seldom form valid UTF-8 sequences), and
    /// so does UTF-8 text into which an editor pasted a few Windows-1252 quotes.
    static func decodeMixed(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
                continue
            }
            if let (scalar, length) = utf8Sequence(bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(contentsOf: Windows1252.decode(CollectionOfOne(lead)).unicodeScalars)
                index += 1
            }
        }
        return String(scalars)
    }

    /// The scalar of the well-formed, shortest-form UTF-8 sequence starting at `index`
    /// and its length, or nil when the bytes there are not one.
    private static func utf8Sequence(_ bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int, initial: UInt32, minimum: UInt32
        switch lead {
        case 0xC2...0xDF: (length, initial, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, initial, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, initial, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        var value = initial
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Whether decoded text reads as text: few control characters, replacement
    /// characters or private-use code points near the start.
    private static func isTextLike(_ text: String) -> Bool {
        var total = 0, odd = 0
        for scalar in text.unicodeScalars.prefix(sampleSize) {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFD, 0xE000...0xF8FF: odd += 1
            default: continue
            }
        }
        return odd * 20 <= total
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        // A trailing odd byte cannot be part of a character and is dropped.
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        // Lone surrogates become U+FFFD rather than failing the whole input.
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether `bytes` look like UTF-16 without a byte-order mark: mostly ASCII text
    /// leaves a zero byte in every other position. Returns whether it is big-endian,
    /// or nil when it does not look like UTF-16.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(sampleSize)
        guard sample.count >= 4 else { return nil }
        var zerosAtEven = 0, zerosAtOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset.isMultiple(of: 2) { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sample.count / 2
        // At least 40% of the characters are ASCII, and the zeros sit on one side only.
        if zerosAtOdd * 10 >= pairs * 4, zerosAtEven * 20 <= zerosAtOdd { return false }
        if zerosAtEven * 10 >= pairs * 4, zerosAtOdd * 20 <= zerosAtEven { return true }
        return nil
    }

    /// Signatures of common binary formats someone might pass by mistake.
    private static let binarySignatures: [[UInt8]] = [
        Array("%PDF-".utf8),                // PDF
        [0x50, 0x4B, 0x03, 0x04],           // ZIP, and so DOCX, ODT, EPUB
        [0x1F, 0x8B],                       // gzip
        [0x89, 0x50, 0x4E, 0x47],           // PNG
        [0xFF, 0xD8, 0xFF],                 // JPEG
        Array("GIF8".utf8),                 // GIF
        [0x7F, 0x45, 0x4C, 0x46],           // ELF executables
        [0xD0, 0xCF, 0x11, 0xE0],           // old Microsoft Office documents
    ]

    /// Whether `bytes` look like binary data: a known binary signature, a NUL byte, or
    /// more than a few control bytes near the start. Text may hold tabs, line breaks,
    /// form feeds and the odd escape; binary formats are full of other low bytes.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if binarySignatures.contains(where: { bytes.starts(with: $0) }) { return true }
        let sample = bytes.prefix(sampleSize)
        var controls = 0
        for byte in sample {
            switch byte {
            case 0x00: return true
            case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: continue
            case 0x01...0x1F, 0x7F: controls += 1
            default: continue
            }
        }
        return controls >= 32 || controls * 20 > sample.count
    }
}
