/// A dateline found at the start of a line, with where the body text begins after it.
struct ParsedDateline {
    /// The place and outlet, with the dateline's text as printed.
    let dateline: Dateline
    /// The byte offset in the line where the body starts (the line's length when the
    /// line holds nothing but the dateline).
    let bodyStart: Int
    /// Whether the dateline names an outlet or a place in capitals, rather than a lone
    /// word in title case that an ordinary sentence might also start with.
    let isStrong: Bool
}

/// Reads the datelines Indonesian outlets open their stories with: "JAKARTA, KOMPAS.com -",
/// "REPUBLIKA.CO.ID, JAKARTA --", "Jakarta (ANTARA) -", "Moskow | EGINDO.co –",
/// "jpnn.com - JAKARTA --", "KONTAN.CO.ID - JAKARTA.", "BOLASPORT.COM -", "Jakarta -".
struct DatelineParser {
    /// How far into a line a dateline's separator may lie.
    private static let maximumHeadLength = 90

    func parse(_ line: LineText) -> ParsedDateline? {
        let bytes = line.bytes
        guard let separator = Self.firstSeparator(in: bytes) else { return nil }
        let head = Self.trimmed(bytes, 0..<separator.lowerBound)
        guard head.count >= 2, Self.isValidHead(bytes, head) else { return nil }
        var (place, outlet, partCount) = Self.placeAndOutlet(String(decoding: bytes[head], as: UTF8.self))
        var end = separator.upperBound
        var isExtended = false
        // "jpnn.com - JAKARTA -- …": the place follows the outlet behind a second separator.
        if place == nil, let extended = Self.extendedPlace(bytes, from: Self.skipSpaces(bytes, from: end)) {
            place = String(decoding: bytes[extended.place], as: UTF8.self)
            end = extended.end
            isExtended = true
        }
        let bodyStart = Self.skipSpaces(bytes, from: end)
        if bodyStart < bytes.count, !Self.canStartBody(bytes, at: bodyStart) { return nil }
        let placeIsCapitals = place.map { $0.contains(where: \.isLetter) && $0 == $0.uppercased() } ?? false
        if outlet == nil, partCount == 1, let place, place.filter(\.isLetter).count < 3 { return nil }
        let isStrong = outlet != nil || placeIsCapitals || isExtended || partCount >= 2
        let text = String(decoding: bytes[0..<end], as: UTF8.self)
        return ParsedDateline(dateline: Dateline(place: place, outlet: outlet, text: text), bodyStart: bodyStart, isStrong: isStrong)
    }

    // MARK: Separators

    /// The first dash that separates rather than joins: spaced on at least one side
    /// ("Jakarta -", "Gaza- ", "(Pos Kota) –Presiden"), never "Covid-19".
    private static func firstSeparator(in bytes: [UInt8]) -> Range<Int>? {
        var index = 0
        let limit = min(bytes.count, maximumHeadLength)
        while index < limit {
            let byte = bytes[index]
            var width = 0
            if byte == UInt8(ascii: "-") {
                width = 1
                while index + width < bytes.count, width < 3, bytes[index + width] == UInt8(ascii: "-") { width += 1 }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                width = 3
            } else if byte == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " ") {
                return nil  // a sentence ended before any separator
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ";") {
                return nil
            }
            if width > 0 {
                let spacedBefore = index > 0 && bytes[index - 1] == UInt8(ascii: " ")
                let spacedAfter = index + width == bytes.count || bytes[index + width] == UInt8(ascii: " ")
                if spacedBefore || spacedAfter { return index..<(index + width) }
                index += width
                continue
            }
            index += 1
        }
        return nil
    }

    // MARK: Head

    /// Whether the text before the separator can be a place and an outlet: capitalized
    /// words, domains, bracketed agencies and dates, at most eight words.
    private static func isValidHead(_ bytes: [UInt8], _ head: Range<Int>) -> Bool {
        guard head.count <= 70 else { return false }
        var words = 0
        var tokenStart = head.lowerBound
        var index = head.lowerBound
        while index <= head.upperBound {
            if index == head.upperBound || bytes[index] == UInt8(ascii: " ") {
                if index > tokenStart {
                    let token = LineClassifier.strippedToken(bytes, tokenStart..<index)
                    if !token.isEmpty {
                        guard isHeadToken(bytes, token, isFirst: words == 0) else { return false }
                        words += 1
                    }
                }
                tokenStart = index + 1
            } else if bytes[index] >= 0x80 {
                // Letters with diacritics pass; curly quotes and other symbols do not.
                if bytes[index] == 0xE2 { return false }
            }
            index += 1
        }
        return words >= 1 && words <= 8
    }

    private static func isHeadToken(_ bytes: [UInt8], _ token: Range<Int>, isFirst: Bool) -> Bool {
        let first = bytes[token.lowerBound]
        if ByteClass.isUppercase(first) { return true }
        let text = bytes[token]
        // "14/11": the date some agencies print after the place.
        if text.allSatisfy({ ByteClass.isDigit($0) || $0 == UInt8(ascii: "/") }) { return !isFirst }
        // "jpnn.com", "kumparan.com".
        if text.contains(UInt8(ascii: ".")), text.contains(where: ByteClass.isASCIILetter), text.last != UInt8(ascii: ".") {
            return true
        }
        // "Rio de Janeiro": short particles inside a place name.
        if !isFirst, text.count <= 3, text.allSatisfy(ByteClass.isLowercase) { return true }
        return false
    }

    /// Splits a head into place and outlet. Returns how many parts it had.
    private static func placeAndOutlet(_ head: String) -> (place: String?, outlet: String?, parts: Int) {
        var outlet: String?
        var remaining = head
        if let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") {
            outlet = head[head.index(after: open)..<close].trimmingSpaces()
            remaining = String(head[..<open]) + " " + String(head[head.index(after: close)...])
        }
        var parts = remaining.split(whereSeparator: { $0 == "," || $0 == "|" })
            .map { $0.trimmingSpaces() }
            .filter { part in !part.isEmpty && part.contains(where: \.isLetter) }
        let count = parts.count + (outlet == nil ? 0 : 1)
        if outlet == nil {
            if let index = parts.firstIndex(where: looksLikeOutlet) {
                outlet = parts.remove(at: index)
            } else if parts.count >= 2 {
                outlet = parts.removeLast()
            }
        }
        if outlet?.isEmpty == true { outlet = nil }
        let place = parts.isEmpty ? nil : parts.joined(separator: ", ")
        return (place, outlet, count)
    }

    private static func looksLikeOutlet(_ part: String) -> Bool {
        if part.contains(".") { return true }
        let lowercased = part.lowercased()
        return lowercased.contains("news") || lowercased.hasSuffix("tv") || lowercased.hasPrefix("cnn")
    }

    /// "JAKARTA --" or "JAKARTA." after an outlet: one to three words in capitals and a separator.
    private static func extendedPlace(_ bytes: [UInt8], from start: Int) -> (place: Range<Int>, end: Int)? {
        var index = start
        var words = 0
        var placeEnd = start
        while index < bytes.count, words < 3 {
            var wordEnd = index
            while wordEnd < bytes.count, ByteClass.isUppercase(bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd - index >= 2 else { return nil }
            words += 1
            placeEnd = wordEnd
            if wordEnd < bytes.count, bytes[wordEnd] == UInt8(ascii: "."), wordEnd + 1 < bytes.count, bytes[wordEnd + 1] == UInt8(ascii: " ") {
                return (start..<placeEnd, wordEnd + 1)
            }
            guard wordEnd < bytes.count, bytes[wordEnd] == UInt8(ascii: " ") else { return nil }
            let next = wordEnd + 1
            if let separator = firstSeparator(in: Array(bytes[next..<min(bytes.count, next + 4)])), separator.lowerBound == 0 {
                return (start..<placeEnd, next + separator.upperBound)
            }
            index = next
        }
        return nil
    }

    // MARK: Helpers

    private static func canStartBody(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if ByteClass.isUppercase(byte) || ByteClass.isDigit(byte) { return true }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") { return true }
        // “ and ‘.
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98)
    }

    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
