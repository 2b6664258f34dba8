/// The layout every reader hands on: lines trimmed, runs of spaces collapsed to one,
/// at most one blank line in a row, no blank lines at either end. Works on normalized
/// text, where the only whitespace left is the space and the line feed.
enum PlainTextLayout {
    /// `text` with each line trimmed and its spaces collapsed, and runs of blank lines
    /// reduced to one. Line breaks are kept where they are: in plain text a line may be
    /// a paragraph, a byline or a caption, which the cleaner tells apart.
    static func tidy(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        let tidied = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            isTidy(bytes) ? nil : tidy(bytes)
        }
        return (tidied ?? nil) ?? text
    }

    /// Whether `bytes` already have the layout `tidy` gives, the usual case for text
    /// that was written well.
    private static func isTidy(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if isWhitespace(first) || isWhitespace(last) { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte > 0x20 { continue }
            // The last byte is not whitespace, so a whitespace byte always has a
            // successor, and two whitespace bytes in a row have a third.
            switch byte {
            case 0x20:
                let next = bytes[index]
                if next == 0x20 || next == 0x0A { return false }
            case 0x0A:
                let next = bytes[index]
                if next == 0x20 { return false }
                if next == 0x0A {
                    let third = bytes[index + 1]
                    if third == 0x0A || third == 0x20 { return false }
                    index += 1
                }
            case 0x09, 0x0D:
                return false
            default:
                continue
            }
        }
        return true
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func tidy(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var pendingSpace = false
            var pendingLineBreaks = 0
            for byte in bytes {
                switch byte {
                case 0x20, 0x09, 0x0D:
                    pendingSpace = true
                case 0x0A:
                    pendingSpace = false
                    pendingLineBreaks += 1
                default:
                    if written > 0 {
                        if pendingLineBreaks > 0 {
                            output[written] = 0x0A
                            written += 1
                            if pendingLineBreaks > 1 {
                                output[written] = 0x0A
                                written += 1
                            }
                        } else if pendingSpace {
                            output[written] = 0x20
                            written += 1
                        }
                    }
                    pendingSpace = false
                    pendingLineBreaks = 0
                    output[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// `text` on one line: every run of whitespace, line breaks included, becomes one
    /// space, and the ends are trimmed.
    static func singleLine(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `paragraphs`, each on one line, separated by blank lines; empty ones are dropped.
    static func joinParagraphs(_ paragraphs: [String]) -> String {
        paragraphs.lazy.map(singleLine).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
