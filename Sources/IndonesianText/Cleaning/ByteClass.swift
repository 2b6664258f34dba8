/// Classification of single UTF-8 bytes, ASCII only.
enum ByteClass {
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func lowercased(_ byte: UInt8) -> UInt8 { isUppercase(byte) ? byte + 0x20 : byte }

    /// Whether a space starts at `index`: ASCII blanks or a no-break space (C2 A0).
    static func isSpace(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return true }
        return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    static func spaceWidth(_ bytes: [UInt8], at index: Int) -> Int { bytes[index] == 0xC2 ? 2 : 1 }

    /// Whether a space ends just before `end`.
    static func isSpaceEnding(_ bytes: [UInt8], at end: Int) -> Bool {
        let byte = bytes[end - 1]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return true }
        return byte == 0xA0 && end >= 2 && bytes[end - 2] == 0xC2
    }

    static func spaceWidthEnding(_ bytes: [UInt8], at end: Int) -> Int { bytes[end - 1] == 0xA0 ? 2 : 1 }

    /// Whether `bytes` holds `marker` (lowercase ASCII) at `offset`, case-insensitively.
    static func hasPrefix<Bytes: RandomAccessCollection>(_ bytes: Bytes, from offset: Int, _ marker: [UInt8]) -> Bool
    where Bytes.Element == UInt8, Bytes.Index == Int {
        guard offset >= bytes.startIndex, bytes.endIndex - offset >= marker.count else { return false }
        for (position, expected) in marker.enumerated() where lowercased(bytes[offset + position]) != expected {
            return false
        }
        return true
    }

    /// The first offset at or after `start` where `marker` (lowercase ASCII) occurs.
    static func firstIndex(of marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = marker.first, bytes.count >= marker.count, start >= 0 else { return nil }
        let firstUpper = isLowercase(first) ? first - 0x20 : first
        return bytes.withUnsafeBufferPointer { haystack -> Int? in
            marker.withUnsafeBufferPointer { needle -> Int? in
                let last = haystack.count - needle.count
                var index = start
                while index <= last {
                    let byte = haystack[index]
                    if byte == first || byte == firstUpper {
                        var offset = 1
                        while offset < needle.count {
                            let candidate = haystack[index + offset]
                            let folded = candidate >= 0x41 && candidate <= 0x5A ? candidate | 0x20 : candidate
                            if folded != needle[offset] { break }
                            offset += 1
                        }
                        if offset == needle.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
