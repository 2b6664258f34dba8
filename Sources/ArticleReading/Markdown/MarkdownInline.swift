/// Turns the inline Markdown of one paragraph into plain text: `[text](url)` and
/// `[text][ref]` keep their text, images `![alt](url)` are dropped, `` `code` `` keeps
/// its content, `<https://...>` autolinks keep their address, inline HTML tags are
/// dropped, backslash escapes and common entities are resolved, and emphasis markers
/// (`*`, `**`, `_`, `__`, `~~`) are removed when they pair up as in CommonMark; a lone
/// `*` or an `_` inside a word (`nama_file`) stays.
enum MarkdownInline {
    /// The plain text of `markup`, on one line.
    static func plainText(_ markup: String) -> String {
        let bytes = Array(markup.utf8)
        var output = Output()
        // Every look-ahead scan draws on one budget proportional to the text, so that
        // thousands of unclosed "[" or "`" cost linear time, not quadratic.
        var budget = 16 * bytes.count + 65_536
        render(bytes[...], into: &output, depth: 0, budget: &budget)
        return PlainTextLayout.singleLine(output.resolvingEmphasis())
    }

    /// How far ahead a closing bracket, backtick run or `>` is looked for, and how many
    /// open emphasis markers are remembered: real markup closes within a few hundred bytes.
    private static let lookahead = 2000
    private static let openerMemory = 64
    /// How deeply links nested in link text are followed.
    private static let maximumNesting = 8

    /// Text produced so far; `literal` marks bytes that came from escapes, code spans
    /// or entities, which can never be emphasis markers.
    private struct Output {
        var bytes: [UInt8] = []
        var literal: [Bool] = []

        mutating func append(_ byte: UInt8, literal isLiteral: Bool = false) {
            bytes.append(byte)
            literal.append(isLiteral)
        }

        mutating func append(literal text: some Sequence<UInt8>) {
            for byte in text { append(byte, literal: true) }
        }

        /// The text with paired emphasis delimiter runs removed.
        func resolvingEmphasis() -> String {
            struct Run {
                var start: Int, length: Int, marker: UInt8
                var canOpen: Bool, canClose: Bool
                var removed = false
            }
            var runs: [Run] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                guard !literal[index], byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") else {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, bytes[end] == byte, !literal[end] { end += 1 }
                let before: UInt8 = index > 0 ? bytes[index - 1] : 0x20
                let after: UInt8 = end < bytes.count ? bytes[end] : 0x20
                let leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
                let rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
                var run = Run(start: index, length: end - index, marker: byte, canOpen: leftFlanking, canClose: rightFlanking)
                if byte == UInt8(ascii: "_") {
                    run.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before))
                    run.canClose = rightFlanking && (!leftFlanking || isPunctuation(after))
                }
                // "~" alone means "about" ("~5 km"); only "~~" strikes through.
                if byte == UInt8(ascii: "~"), run.length != 2 { run.canOpen = false; run.canClose = false }
                runs.append(run)
                index = end
            }
            var openers: [Int] = []
            for position in runs.indices {
                let run = runs[position]
                if run.canClose,
                   let match = openers.suffix(MarkdownInline.openerMemory).lastIndex(where: { runs[$0].marker == run.marker && (run.marker != UInt8(ascii: "~") || runs[$0].length == 2) }) {
                    runs[openers[match]].removed = true
                    runs[position].removed = true
                    openers.removeSubrange(match...)
                    continue
                }
                if run.canOpen { openers.append(position) }
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var next = 0
            for run in runs where run.removed {
                result.append(contentsOf: bytes[next..<run.start])
                next = run.start + run.length
            }
            result.append(contentsOf: bytes[next...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func render(_ input: ArraySlice<UInt8>, into output: inout Output, depth: Int, budget: inout Int) {
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < input.endIndex, isPunctuation(input[index + 1]) {
                    output.append(input[index + 1], literal: true)
                    index += 2
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: "`"):
                let length = input[index...].prefix(while: { $0 == byte }).count
                if let (content, end) = codeSpan(input, at: index, length: length, budget: &budget) {
                    output.append(literal: content)
                    index = end
                } else {
                    output.append(literal: input[index..<(index + length)])
                    index += length
                }
            case UInt8(ascii: "!") where index + 1 < input.endIndex && input[index + 1] == UInt8(ascii: "["):
                if let (_, end) = link(input, at: index + 1, budget: &budget) {
                    index = end
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: "["):
                if depth < maximumNesting, let (text, end) = link(input, at: index, budget: &budget) {
                    render(text, into: &output, depth: depth + 1, budget: &budget)
                    index = end
                } else {
                    output.append(byte)
                    index += 1
                }
            case UInt8(ascii: "<"):
                index = angleBracket(input, at: index, into: &output, budget: &budget)
            case UInt8(ascii: "&"):
                index = entity(input, at: index, into: &output)
            default:
                output.append(byte)
                index += 1
            }
        }
    }

    /// The content of a code span opened by `length` backticks at `start`, and the
    /// index after its closing run, or nil when it is never closed.
    private static func codeSpan(_ input: ArraySlice<UInt8>, at start: Int, length: Int, budget: inout Int) -> (ArraySlice<UInt8>, Int)? {
        var index = start + length
        let limit = min(input.endIndex, start + min(lookahead, budget))
        defer { budget -= index - start }
        while index < limit {
            guard input[index] == UInt8(ascii: "`") else { index += 1; continue }
            let runLength = input[index...].prefix(while: { $0 == UInt8(ascii: "`") }).count
            if runLength == length {
                var content = input[(start + length)..<index]
                if content.count >= 2, content.first == 0x20, content.last == 0x20 { content = content.dropFirst().dropLast() }
                return (content, index + runLength)
            }
            index += runLength
        }
        return nil
    }

    /// The text of a link whose `[` is at `start`, and the index after the whole link:
    /// `[text](destination)`, `[text][label]` or `[text][]`. Nil when the brackets are
    /// not followed by a destination or a label, since "[Foto: Antara]" is just text.
    private static func link(_ input: ArraySlice<UInt8>, at start: Int, budget: inout Int) -> (ArraySlice<UInt8>, Int)? {
        guard let close = matching(input, from: start, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), budget: &budget) else { return nil }
        let text = input[(start + 1)..<close]
        let next = close + 1
        guard next < input.endIndex else { return nil }
        if input[next] == UInt8(ascii: "("),
           let end = matching(input, from: next, open: UInt8(ascii: "("), close: UInt8(ascii: ")"), budget: &budget) {
            return (text, end + 1)
        }
        if input[next] == UInt8(ascii: "["),
           let end = matching(input, from: next, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), budget: &budget) {
            return (text, end + 1)
        }
        return nil
    }

    /// The index of the bracket closing the one at `start`, counting nesting and
    /// skipping escaped brackets.
    private static func matching(_ input: ArraySlice<UInt8>, from start: Int, open: UInt8, close: UInt8, budget: inout Int) -> Int? {
        var depth = 0
        var index = start
        let limit = min(input.endIndex, start + min(lookahead, budget))
        defer { budget -= index - start }
        while index < limit {
            let byte = input[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == open { depth += 1 }
            if byte == close {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Handles `<` at `start`: an autolink keeps its address, an HTML tag is dropped,
    /// anything else is a plain "<". Returns the index to continue at.
    private static func angleBracket(_ input: ArraySlice<UInt8>, at start: Int, into output: inout Output, budget: inout Int) -> Int {
        let limit = min(input.endIndex, start + max(0, min(lookahead, budget)))
        let close = input[start..<limit].firstIndex(of: UInt8(ascii: ">"))
        budget -= (close ?? limit) - start
        guard let close else {
            output.append(UInt8(ascii: "<"))
            return start + 1
        }
        let inner = input[(start + 1)..<close]
        let text = String(decoding: inner, as: UTF8.self)
        if !inner.contains(0x20), text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("mailto:")
            || (inner.contains(UInt8(ascii: "@")) && inner.contains(UInt8(ascii: "."))) {
            output.append(literal: inner)
            return close + 1
        }
        var name = inner[...]
        if name.first == UInt8(ascii: "/") { name = name.dropFirst() }
        let tagName = name.prefix(while: { isLetter($0) || (0x30...0x39).contains($0) })
        if let first = tagName.first, isLetter(first) {
            let rest = name.dropFirst(tagName.count)
            if rest.isEmpty || rest.first == 0x20 || rest.first == UInt8(ascii: "/") {
                return close + 1
            }
        }
        output.append(UInt8(ascii: "<"))
        return start + 1
    }

    /// Named entities that turn up in Markdown written by hand or converted from HTML.
    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}", "deg": "\u{B0}", "times": "\u{D7}",
    ]

    /// Decodes an entity at `start` ("&amp;", "&#8212;", "&#x2014;"), or writes a plain
    /// "&". Returns the index to continue at.
    private static func entity(_ input: ArraySlice<UInt8>, at start: Int, into output: inout Output) -> Int {
        let body = input[(start + 1)...].prefix(while: { $0 != UInt8(ascii: ";") && $0 != 0x20 }).prefix(10)
        let end = start + 1 + body.count
        guard end < input.endIndex, input[end] == UInt8(ascii: ";"), !body.isEmpty else {
            output.append(UInt8(ascii: "&"))
            return start + 1
        }
        let name = String(decoding: body, as: UTF8.self)
        var decoded: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        } else if name.hasPrefix("#") {
            decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        } else {
            decoded = namedEntities[name]
        }
        guard let decoded, !decoded.unicodeScalars.contains(where: { $0.value == 0 }) else {
            output.append(UInt8(ascii: "&"))
            return start + 1
        }
        output.append(literal: decoded.utf8)
        return end + 1
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// ASCII punctuation, as CommonMark defines it.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
