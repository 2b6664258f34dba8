/// The layout every reader hands on: lines trimmed, runs of spaces collapsed to one,
/// at most one blank line in a row, no blank lines at either end. Works on normalized
/// text, where the only whitespace left is the space and the line feed.
enum PlainTextLayout {
    /// `text` with each line trimmed and its spaces collapsed, and runs of blank lines
    /// reduced to one. Line breaks are kept where they are: in plain text a line may be
    /// a paragraph, a byline or a caption, which the cleaner tells apart.
    static func tidy(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var pendingLineBreaks = 0
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09:
                pendingSpace = true
            case 0x0A, 0x0D:
                pendingSpace = false
                pendingLineBreaks += 1
            default:
                if !output.isEmpty {
                    if pendingLineBreaks > 0 {
                        output.append(0x0A)
                        if pendingLineBreaks > 1 { output.append(0x0A) }
                    } else if pendingSpace {
                        output.append(0x20)
                    }
                }
                pendingSpace = false
                pendingLineBreaks = 0
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
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
