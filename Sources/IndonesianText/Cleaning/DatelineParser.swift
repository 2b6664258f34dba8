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
        let parts = Self.placeAndOutlet(bytes, head)
        var place = parts.place
        var placeIsCapitals = parts.placeIsCapitals
        let outlet = parts.outlet
        let partCount = parts.parts
        var end = separator.upperBound
        var isExtended = false
        // "jpnn.com - JAKARTA -- …": the place follows the outlet behind a second separator.
        if place == nil, let extended = Self.extendedPlace(bytes, from: Self.skipSpaces(bytes, from: end)) {
            place = String(decoding: bytes[extended.place], as: UTF8.self)
            placeIsCapitals = true
            end = extended.end
            isExtended = true
        }
        let bodyStart = Self.skipSpaces(bytes, from: end)
        if bodyStart < bytes.count, !Self.canStartBody(bytes, at: bodyStart) { return nil }
        if outlet == nil, partCount == 1, let place, place.utf8.filter(ByteClass.isASCIILetter).count < 3 { return nil }
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

    /// Splits a head into place and outlet, working on its bytes. Returns how many parts
    /// it had and whether the place is written in capitals.
    private static func placeAndOutlet(_ bytes: [UInt8], _ head: Range<Int>) -> (place: String?, outlet: String?, parts: Int, placeIsCapitals: Bool) {
        var outletRange: Range<Int>?
        var open = -1
        var close = -1
        if let opening = bytes[head].firstIndex(of: UInt8(ascii: "(")), let closing = bytes[opening..<head.upperBound].firstIndex(of: UInt8(ascii: ")")) {
            open = opening
            close = closing
            outletRange = trimmed(bytes, (opening + 1)..<closing)
        }
        // The parts between commas and bars, outside the brackets, that hold a letter.
        var parts: [Range<Int>] = []
        var partStart = head.lowerBound
        var index = head.lowerBound
        while index <= head.upperBound {
            let isEnd = index == head.upperBound
            let byte = isEnd ? 0 : bytes[index]
            if isEnd || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "|") || index == open {
                let part = trimmed(bytes, partStart..<index)
                if bytes[part].contains(where: ByteClass.isASCIILetter) { parts.append(part) }
                if index == open {
                    index = close + 1
                    partStart = index
                    continue
                }
                partStart = index + 1
            }
            index += 1
        }
        let count = parts.count + (outletRange == nil ? 0 : 1)
        if outletRange == nil {
            if let index = parts.firstIndex(where: { looksLikeOutlet(bytes, $0) }) {
                outletRange = parts.remove(at: index)
            } else if parts.count >= 2 {
                outletRange = parts.removeLast()
            }
        }
        let outlet = outletRange.flatMap { $0.isEmpty ? nil : String(decoding: bytes[$0], as: UTF8.self) }
        let place = parts.isEmpty ? nil : parts.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: ", ")
        let placeIsCapitals = !parts.isEmpty && parts.allSatisfy { !bytes[$0].contains(where: ByteClass.isLowercase) }
        return (place, outlet, count, placeIsCapitals)
    }

    /// Whether a part names an outlet: a domain ("KOMPAS.com"), or "news", "tv", "CNN" in it.
    private static func looksLikeOutlet(_ bytes: [UInt8], _ part: Range<Int>) -> Bool {
        let text = bytes[part]
        if text.contains(UInt8(ascii: ".")) { return true }
        let lowercased = text.map(ByteClass.lowercased)
        if ByteClass.firstIndex(of: Self.news, in: lowercased, from: 0) != nil { return true }
        return lowercased.starts(with: Self.cnn) || (lowercased.count > 2 && lowercased.suffix(2).elementsEqual(Self.tv))
    }

    private static let news = Array("news".utf8)
    private static let cnn = Array("cnn".utf8)
    private static let tv = Array("tv".utf8)

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
