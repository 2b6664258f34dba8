/// Text handling the way Python 3 does it, on Unicode scalars (Python's code points), so that
/// scores computed here equal those of sacrebleu, which is written in Python: no canonical
/// equivalence (Swift's `String` would equate "é" and "e" + combining accent; Python does not).
enum PythonText {
    /// Whether Python's `str.isspace()` is true for the scalar: what `str.split()` and
    /// `str.rstrip()` treat as whitespace.
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// The scalars of `text`.
    static func scalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    /// Python's `s.rstrip()`.
    static func rightStripped(_ scalars: [UInt32]) -> [UInt32] {
        var end = scalars.count
        while end > 0 && isSpace(scalars[end - 1]) { end -= 1 }
        return Array(scalars[..<end])
    }

    /// Python's `s.split()`: the runs between whitespace.
    static func split(_ scalars: [UInt32]) -> [ArraySlice<UInt32>] {
        var parts: [ArraySlice<UInt32>] = []
        var start: Int?
        for index in scalars.indices {
            if isSpace(scalars[index]) {
                if let begin = start { parts.append(scalars[begin..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { parts.append(scalars[begin...]) }
        return parts
    }

    /// Python's `s.replace(old, new)`: every non-overlapping occurrence, left to right.
    static func replacing(_ old: String, with new: String, in scalars: [UInt32]) -> [UInt32] {
        let pattern = PythonText.scalars(old)
        let replacement = PythonText.scalars(new)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return scalars }
        var result: [UInt32] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count && scalars[index] == pattern[0]
                && scalars[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: replacement)
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return result
    }

    /// Whether `value` is an ASCII digit (Python's `[0-9]`).
    static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }
}
