/// Removes boilerplate that sits inside a body paragraph rather than on its own line:
/// "Baca juga: …" links in the middle or at the end, credit tags such as "(boy/jpnn)"
/// closing the paragraph, and a related headline glued to its start.
struct ParagraphTrimmer {
    /// Openers of a link that may sit in the middle of a paragraph, lowercase.
    private static let embeddedLinkOpeners = MarkerSet([
        "baca juga", "baca pula", "simak juga", "lihat juga", "tonton juga", "saksikan juga",
    ])

    /// The paragraph without its embedded links, closing credit tag and glued headline.
    func trim(_ bytes: [UInt8]) -> [UInt8] {
        trim(LineText(bytes)).bytes
    }

    /// The line without its embedded links, closing credit tag and glued headline; the
    /// line itself when there was nothing to take off.
    func trim(_ line: LineText) -> LineText {
        var result = line
        if line.mayHoldRelatedLink {
            let withoutLinks = removeEmbeddedLinks(result.bytes)
            if withoutLinks.count != result.bytes.count { result = LineText(withoutLinks) }
        }
        if let remainder = gluedHeadlineRemainder(result) { result = remainder }
        for _ in 0..<2 {
            guard let last = result.bytes.last, last == UInt8(ascii: ")") || last == UInt8(ascii: "]") else { break }
            let trimmed = removeTrailingCreditTag(result.bytes)
            if trimmed.count == result.bytes.count { break }
            result = LineText(trimmed)
        }
        return result
    }

    // MARK: Embedded links

    /// Removes every "Baca juga: Headline" from the paragraph, keeping body text that
    /// follows the headline on the same line.
    func removeEmbeddedLinks(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var searchFrom = 0
        while let (start, linkStart) = nextLinkOpener(in: result, from: searchFrom) {
            let resume = resumeOffset(in: result, linkStart: linkStart)
            var head = Array(result[0..<start])
            while let last = head.last, last == UInt8(ascii: " ") { head.removeLast() }
            if resume < result.count {
                if !head.isEmpty { head.append(UInt8(ascii: " ")) }
                searchFrom = head.count
                head.append(contentsOf: result[resume...])
            } else {
                searchFrom = head.count
            }
            result = head
        }
        return result
    }

    /// The next link opener at or after `from`, and where the linked headline begins.
    private func nextLinkOpener(in bytes: [UInt8], from: Int) -> (start: Int, linkStart: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            var searchFrom = from
            while let found = Self.embeddedLinkOpeners.firstOccurrence(in: buffer, from: searchFrom, where: { index in
                // Openers are capitalized and start a word: "Baca juga", "BACA JUGA".
                ByteClass.isUppercase(buffer[index]) && (index == 0 || !(ByteClass.isASCIILetter(buffer[index - 1]) || ByteClass.isDigit(buffer[index - 1])))
            }) {
                let index = found.offset
                searchFrom = index + 1
                var after = index + found.length
                if after < buffer.count, ByteClass.isASCIILetter(buffer[after]) { continue }
                after = Self.skipSpaces(bytes, from: after)
                var hasColon = false
                if after < buffer.count, buffer[after] == UInt8(ascii: ":") {
                    hasColon = true
                    after = Self.skipSpaces(bytes, from: after + 1)
                }
                // Mid-paragraph, "juga" must be capitalized or a colon must follow, so that
                // "… yang kita baca juga …" in a sentence is left alone.
                var space = index
                while buffer[space] != UInt8(ascii: " ") { space += 1 }
                let secondWordCapitalized = ByteClass.isUppercase(buffer[space + 1])
                if index == 0 || hasColon || secondWordCapitalized {
                    return (index, after)
                }
            }
            return nil
        }
    }

    /// Where body text resumes after a headline starting at `linkStart`: the paragraph's
    /// length when the link runs to the end.
    private func resumeOffset(in bytes: [UInt8], linkStart: Int) -> Int {
        let line = LineText(bytes[linkStart...])
        // LineText trims leading spaces; linkStart already points past them.
        let tokens = line.tokens
        guard !tokens.isEmpty else { return bytes.count }
        let cases = tokens.indices.map { line.tokenCase($0) }
        var capitalized = 0
        var classified = 0
        for tokenCase in cases where classified < 3 {
            switch tokenCase {
            case .capitalized: capitalized += 1; classified += 1
            case .lowercase: classified += 1
            case .function, .neutral: break
            }
        }
        var resumeToken: Int?
        if capitalized >= 2 || (classified == 1 && capitalized == 1) {
            // A headline in title case ends where lowercase words start; the body's first
            // word is the capitalized one just before them.
            for index in 1..<tokens.count where cases[index] == .lowercase {
                let nextIsLowercase = index + 1 >= tokens.count || cases[index + 1] == .lowercase || cases[index + 1] == .function
                guard nextIsLowercase else { continue }
                resumeToken = index - 1 >= 1 && cases[index - 1] == .capitalized ? index - 1 : index
                break
            }
        } else {
            // A headline in sentence case ends at its own sentence end.
            for index in 0..<(tokens.count - 1) {
                let last = line.bytes[tokens[index].upperBound - 1]
                guard last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!"), tokens[index].count > 2 else { continue }
                if cases[index + 1] == .capitalized {
                    resumeToken = index + 1
                    break
                }
            }
        }
        guard let resumeToken else { return bytes.count }
        let remainder = LineText(line.bytes[tokens[resumeToken].lowerBound...])
        guard remainder.wordCount >= 3, remainder.endsLikeSentence else { return bytes.count }
        return linkStart + tokens[resumeToken].lowerBound
    }

    /// The offset of the first byte at or after `start` that is not a space or a no-break space.
    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, ByteClass.isSpace(bytes, at: index) { index += ByteClass.spaceWidth(bytes, at: index) }
        return index
    }

    // MARK: Credit tags

    /// Removes a closing credit tag: "(boy/jpnn)", "(Ant/OL-14)", "(rhs)", "[sau]", "(*)",
    /// "[]" — never a date such as "(22/12)" or a number such as "(42)".
    func removeTrailingCreditTag(_ bytes: [UInt8]) -> [UInt8] {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end >= 2 else { return bytes }
        let close = bytes[end - 1]
        let openMark: UInt8
        switch close {
        case UInt8(ascii: ")"): openMark = UInt8(ascii: "(")
        case UInt8(ascii: "]"): openMark = UInt8(ascii: "[")
        default: return bytes
        }
        guard let open = bytes[0..<(end - 1)].lastIndex(of: openMark), end - 1 - open <= 26 else { return bytes }
        let inner = bytes[(open + 1)..<(end - 1)]
        let isTag: Bool
        var hasSlashBetweenLetters = false
        if inner.isEmpty || inner.elementsEqual([UInt8(ascii: "*")]) {
            isTag = true
        } else {
            let allowed = inner.allSatisfy { byte in
                ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte)
                    || [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: ",")].contains(byte)
            }
            let words = inner.split(separator: UInt8(ascii: " ")).count
            let hasLetter = inner.contains(where: ByteClass.isASCIILetter)
            isTag = allowed && hasLetter && words <= 2 && inner.last != UInt8(ascii: ".")
            if let slash = inner.firstIndex(of: UInt8(ascii: "/")), slash > inner.startIndex, slash + 1 < inner.endIndex {
                hasSlashBetweenLetters = ByteClass.isASCIILetter(bytes[slash - 1]) && ByteClass.isASCIILetter(bytes[slash + 1])
            }
        }
        guard isTag else { return bytes }
        var before = open
        while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
        if before == 0 { return [] }
        // The tag follows a finished sentence, or reads "initials/outlet" on its own.
        let previous = bytes[before - 1]
        let followsSentence = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains(previous)
            || (before >= 3 && bytes[before - 3] == 0xE2 && bytes[before - 2] == 0x80 && (previous == 0x9D || previous == 0x99 || previous == 0xA6))
        guard followsSentence || hasSlashBetweenLetters else { return bytes }
        return Array(bytes[0..<before])
    }

    // MARK: Glued headlines

    /// The paragraph after a related headline printed in title case and glued, without a
    /// space, to its first word ("Harga Cabai Turun Lagi di PasarMenurut pedagang, …"),
    /// or nil when none is glued on.
    private func gluedHeadlineRemainder(_ line: LineText) -> LineText? {
        let limit = min(line.tokens.count, 20)
        var capitalized = 0
        for index in 0..<limit {
            let range = line.tokens[index]
            if index >= 3, capitalized >= 3, let glued = LineClassifier.gluedCapital(line.bytes, in: range),
               ByteClass.isUppercase(line.bytes[range.lowerBound]) {
                let remainder = LineText(line.bytes[glued...])
                if remainder.wordCount >= 5, remainder.endsLikeSentence { return remainder }
                return nil
            }
            switch line.tokenCase(index) {
            case .capitalized: capitalized += 1
            case .lowercase: return nil
            case .function, .neutral: break
            }
            if let last = line.bytes[range].last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return nil }
        }
        return nil
    }
}
