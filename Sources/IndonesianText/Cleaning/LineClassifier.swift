/// What one line of a scraped page is, judged from the line alone.
enum LineKind: Equatable {
    /// Possibly body text; the cleaner still judges it in context.
    case content
    /// Page furniture to drop: widgets, ads, dates, captions, embeds.
    case boilerplate
    /// A heading or teaser that opens a block of links to other articles.
    case relatedSection
    /// "Baca juga:" alone on its line: the next lines are links.
    case relatedLabel
    /// "Baca juga: …": a link, possibly followed by body text on the same line.
    case relatedLink
    /// "Reporter" alone on its line: the next line is a name.
    case creditLabel
    /// A credit or byline ("Editor: …", "Rep: … / Red: …").
    case credit
    /// "Sumber :" alone on its line: the next line names the source.
    case sourceLabel
    /// A source line, with what it names.
    case source(String)
    /// A copyright footer.
    case copyright
}

/// Judges single lines by their markers and shape.
struct LineClassifier {
    func classify(_ line: LineText) -> LineKind {
        if line.letterCount == 0 { return .boilerplate }
        if isBracketedCredit(line) { return .boilerplate }
        if let kind = sourceKind(line) { return kind }
        if let kind = relatedKind(line) { return kind }
        for opener in BoilerplateMarkers.widgetOpeners where line.hasPrefix(opener) { return .boilerplate }
        if isCopyright(line) { return .copyright }
        if isCaption(line) { return .boilerplate }
        if let kind = creditKind(line) { return kind }
        if isEmbed(line) || isHashtagLine(line) || isTimestamp(line) || isByline(line) || isTagCloud(line) {
            return .boilerplate
        }
        return .content
    }

    // MARK: Source

    private func sourceKind(_ line: LineText) -> LineKind? {
        for opener in BoilerplateMarkers.sourceOpeners where line.hasPrefix(opener) {
            let rest = Self.trimmedValue(line.bytes, from: opener.count)
            return rest.isEmpty ? .sourceLabel : .source(rest)
        }
        for opener in BoilerplateMarkers.republishedOpeners where line.hasPrefix(opener) {
            let rest = Self.trimmedValue(line.bytes, from: opener.count)
            return .source(rest.isEmpty ? line.string : rest)
        }
        return nil
    }

    /// The text after `offset`, without leading separators, spaces and bullets.
    static func trimmedValue(_ bytes: [UInt8], from offset: Int) -> String {
        var start = offset
        while start < bytes.count {
            let byte = bytes[start]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "|") {
                start += 1
            } else if byte == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80, [0xA2, 0x93, 0x94].contains(bytes[start + 2]) {
                start += 3  // bullet or dash
            } else {
                break
            }
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    // MARK: Related articles

    private func relatedKind(_ line: LineText) -> LineKind? {
        let bare = line.bareLowercased
        if BoilerplateMarkers.relatedLinkLabels.contains(bare) { return .relatedLabel }
        if BoilerplateMarkers.relatedSectionHeadings.contains(bare) { return .relatedSection }
        // "Berita detikcom Lainnya", "Artikel Kompas Lainnya".
        if line.wordCount <= 4, bare.starts(with: Array("berita ".utf8)) || bare.starts(with: Array("artikel ".utf8)),
           bare.count >= 8, ByteClass.hasPrefix(bare, from: bare.count - 7, Array("lainnya".utf8)) {
            return .relatedSection
        }
        for opener in BoilerplateMarkers.relatedLinkOpeners where line.hasWordPrefix(opener) || (opener.last == UInt8(ascii: ":") && line.hasPrefix(opener)) {
            return .relatedLink
        }
        for ending in BoilerplateMarkers.teaserEndings where line.hasSuffix(ending) && line.wordCount >= 4 {
            if ending == Array("lanjutkan".utf8) || ending == Array("selengkapnya".utf8) {
                // Only when printed as a link after an ellipsis or a separator.
                let before = line.bytes.count - ending.count
                guard before >= 2 else { continue }
                let mark = line.bytes[before - 2]
                guard mark == 0xA6 || mark == UInt8(ascii: ".") || mark == UInt8(ascii: "|") || mark == UInt8(ascii: "-") else { continue }
            }
            return .relatedSection
        }
        return nil
    }

    // MARK: Credits

    private func isBracketedCredit(_ line: LineText) -> Bool {
        guard let first = line.bytes.first, let last = line.bytes.last, line.wordCount <= 4 else { return false }
        return (first == UInt8(ascii: "(") && last == UInt8(ascii: ")")) || (first == UInt8(ascii: "[") && last == UInt8(ascii: "]"))
    }

    private func creditKind(_ line: LineText) -> LineKind? {
        if BoilerplateMarkers.bareCreditLabels.contains(line.bareLowercased) { return .creditLabel }
        guard line.wordCount <= 16, let first = line.tokens.first else { return nil }
        if line.hasPrefix(Array("laporan wartawan".utf8)) || line.hasPrefix(Array("laporan reporter".utf8)) { return .credit }
        // One to three credit words, then ":" or "|": "Penulis: …", "Redaktur & Reporter : …".
        if let separator = line.bytes.prefix(40).firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") }) {
            var creditWords = 0
            var namesPeople = false
            var isCredit = true
            for range in line.tokens {
                guard range.lowerBound < separator else { break }
                let word = range.lowerBound..<min(range.upperBound, separator)
                let text = line.bytes[word]
                if text.elementsEqual([UInt8(ascii: "&")]) || text.elementsEqual([UInt8(ascii: "/")]) || text.elementsEqual(Array("dan".utf8)) { continue }
                guard let packed = PackedWord(line.bytes, word), BoilerplateMarkers.creditWords.contains(packed) else {
                    isCredit = false
                    break
                }
                creditWords += 1
                namesPeople = namesPeople || BoilerplateMarkers.personCreditWords.contains(packed)
            }
            // Photo, video and graphics credits are captions' kin; people's credits close an article.
            if isCredit, (1...3).contains(creditWords) { return namesPeople ? .credit : .boilerplate }
        }
        // "EditorErvan Hardoko": the name glued to the label.
        if line.wordCount <= 5, let glued = Self.gluedCapital(line.bytes, in: first),
           let word = PackedWord(line.bytes, first.lowerBound..<glued), BoilerplateMarkers.creditWords.contains(word) {
            return .credit
        }
        return nil
    }

    /// The offset of an uppercase letter that follows three or more lowercase ones inside
    /// `range` ("KecelakaanDikatakan", "EditorErvan"), or nil.
    static func gluedCapital(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
        var lowercaseRun = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if ByteClass.isLowercase(byte) {
                lowercaseRun += 1
            } else if ByteClass.isUppercase(byte) {
                if lowercaseRun >= 3, index + 2 < range.upperBound, ByteClass.isLowercase(bytes[index + 1]), ByteClass.isLowercase(bytes[index + 2]) {
                    return index
                }
                lowercaseRun = 0
            } else {
                lowercaseRun = 0
            }
            index += 1
        }
        return nil
    }

    // MARK: Copyright

    private func isCopyright(_ line: LineText) -> Bool {
        if line.hasPrefix(Array("copyright".utf8)) || line.hasPrefix(Array("hak cipta".utf8)) { return true }
        guard line.wordCount <= 25 else { return false }
        var index = 0
        while index + 1 < line.bytes.count {
            if line.bytes[index] == 0xC2 && line.bytes[index + 1] == 0xA9 { return true }  // ©
            index += 1
        }
        return false
    }

    // MARK: Captions and embeds

    private func isCaption(_ line: LineText) -> Bool {
        for opener in BoilerplateMarkers.captionOpeners where line.hasPrefix(opener) { return true }
        for marker in BoilerplateMarkers.photoCreditMarkers where line.contains(marker) { return true }
        // A last bracket holding a photo credit: "(foto : Koleksi IFDC)", "(ilustrasi)".
        if line.bytes.last == UInt8(ascii: ")"), let open = line.bytes.lastIndex(of: UInt8(ascii: "(")) {
            for opener in BoilerplateMarkers.captionBracketOpeners where ByteClass.hasPrefix(line.bytes, from: open + 1, opener) {
                return true
            }
        }
        // "… Selasa (8/4/2025). Foto: Name/REUTERS": a credit after the last sentence.
        if let position = Self.lastIndex(of: Array(" foto:".utf8), in: line.bytes) ?? Self.lastIndex(of: Array(" foto :".utf8), in: line.bytes) {
            let tail = line.tokens.filter { $0.lowerBound > position }.count
            if tail <= 8 { return true }
        }
        // A photo credit as the last token: "KOMPAS.com/NAME", "REUTERS/Name".
        if !line.endsLikeSentence, line.tokens.count >= 2 {
            for tokenIndex in max(0, line.tokens.count - 4)..<line.tokens.count {
                let range = line.tokens[tokenIndex]
                guard let slash = line.bytes[range].firstIndex(of: UInt8(ascii: "/")), slash > range.lowerBound else { continue }
                let left = range.lowerBound..<slash
                if line.bytes[left].contains(UInt8(ascii: ".")) && line.bytes[left].contains(where: ByteClass.isASCIILetter) { return true }
                if let word = PackedWord(line.bytes, left), BoilerplateMarkers.photoAgencies.contains(word),
                   slash + 1 < range.upperBound, ByteClass.isUppercase(line.bytes[slash + 1]) {
                    return true
                }
            }
        }
        return false
    }

    private func isEmbed(_ line: LineText) -> Bool {
        if line.contains(Array("pic.twitter.com".utf8)) { return true }
        // "— Name (@handle) November 12, 2019": the signature of an embedded tweet.
        if line.contains(Array("(@".utf8)), line.wordCount <= 14 {
            let first = line.bytes.first
            if first == 0xE2 || first == UInt8(ascii: "-") || first == UInt8(ascii: "&") { return true }
        }
        return false
    }

    private func isHashtagLine(_ line: LineText) -> Bool {
        var hashtags = 0
        for range in line.tokens where line.bytes[range.lowerBound] == UInt8(ascii: "#") { hashtags += 1 }
        if hashtags == 0 { return false }
        // "#a #b #c" or "#a#b#c": tags glued without spaces count by their marks.
        let marks = line.bytes.filter { $0 == UInt8(ascii: "#") }.count
        return hashtags * 2 >= line.tokens.count || (marks >= 3 && marks * 2 >= line.wordCount)
    }

    // MARK: Dates and bylines

    /// Whether the line is a date or publication time: "Selasa, 8 September 2020 10:15 WIB",
    /// "Kompas.com - 12/08/2013, 22:01 WIB", "3 Mei 2024".
    func isTimestamp(_ line: LineText) -> Bool {
        guard line.wordCount <= 14, line.bytes.last != UInt8(ascii: ".") || line.wordCount <= 4 else { return false }
        var hasClock = false
        var hasZone = false
        var hasMonth = false
        var hasNumericDate = false
        var hasDay = false
        var otherWords = 0
        for range in line.tokens {
            let token = Self.strippedToken(line.bytes, range)
            if token.isEmpty { continue }
            if Self.isClock(line.bytes, token) { hasClock = true; continue }
            if Self.isNumericDate(line.bytes, token) { hasNumericDate = true; continue }
            if line.bytes[token].allSatisfy({ ByteClass.isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) { continue }
            if let word = PackedWord(line.bytes, token) {
                if BoilerplateMarkers.monthWords.contains(word) { hasMonth = true; continue }
                if BoilerplateMarkers.calendarWords.contains(word) { hasDay = true; continue }
                if BoilerplateMarkers.timeZoneWords.contains(word) { hasZone = true; continue }
                if BoilerplateMarkers.timestampWords.contains(word) { continue }
            } else if Self.isOrdinalDay(line.bytes, token) {
                continue
            }
            if line.bytes[token].contains(where: { ByteClass.isASCIILetter($0) || $0 >= 0x80 }) { otherWords += 1 }
        }
        let hasDate = hasMonth || hasNumericDate
        if hasClock && (hasZone || hasDate || hasDay) { return true }
        if hasZone && hasDate { return true }
        return otherWords == 0 && (hasDate || (hasDay && hasClock))
    }

    private func isByline(_ line: LineText) -> Bool {
        guard line.wordCount <= 8, !line.endsLikeSentence, let last = line.tokens.last else { return false }
        if line.hasPrefix(Array("oleh ".utf8)) || line.hasPrefix(Array("by ".utf8)) { return line.wordCount <= 6 }
        guard line.tokens.count >= 2 else { return false }
        // "Mei Amelia R - detikNews": a name, then the outlet as the last token.
        let token = Self.strippedToken(line.bytes, last)
        let lowercased = line.bytes[token].map(ByteClass.lowercased)
        let isOutlet = BoilerplateMarkers.outletEndings.contains { ending in
            lowercased.count > ending.count && lowercased.suffix(ending.count).elementsEqual(ending)
        }
        guard isOutlet else { return false }
        let previous = line.tokens[line.tokens.count - 2]
        let separator = line.bytes[previous]
        return separator.elementsEqual([UInt8(ascii: "-")]) || separator.elementsEqual([0xE2, 0x80, 0x93]) || separator.last == UInt8(ascii: ",")
    }

    /// A line of repeated keywords without punctuation, as tag clouds print.
    private func isTagCloud(_ line: LineText) -> Bool {
        guard line.wordCount >= 8, !line.bytes.contains(UInt8(ascii: ".")), !line.containsComma else { return false }
        var words = Set<PackedWord>()
        for range in line.tokens {
            if let word = PackedWord(line.bytes, range) { words.insert(word) }
        }
        return words.count * 5 < line.wordCount * 3
    }

    // MARK: Token helpers

    /// `range` without surrounding punctuation such as "(", ")", ",", "-".
    static func strippedToken(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let edges: [UInt8] = Array("(),;:-|•[]\"'".utf8)
        while lower < upper, edges.contains(bytes[lower]) { lower += 1 }
        while upper > lower, edges.contains(bytes[upper - 1]) || bytes[upper - 1] == UInt8(ascii: ".") { upper -= 1 }
        return lower..<upper
    }

    /// "10:15", "13.45".
    static func isClock(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let token = bytes[range]
        guard token.count == 4 || token.count == 5 else { return false }
        guard let mark = token.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }) else { return false }
        let hours = range.lowerBound..<mark
        let minutes = (mark + 1)..<range.upperBound
        return (1...2).contains(hours.count) && minutes.count == 2
            && bytes[hours].allSatisfy(ByteClass.isDigit) && bytes[minutes].allSatisfy(ByteClass.isDigit)
    }

    /// "14/11", "22/12/2020", "2020-09-08".
    static func isNumericDate(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let token = bytes[range]
        guard token.count >= 3, token.count <= 10, token.first.map(ByteClass.isDigit) == true, token.last.map(ByteClass.isDigit) == true else { return false }
        let slashes = token.filter { $0 == UInt8(ascii: "/") }.count
        let dashes = token.filter { $0 == UInt8(ascii: "-") }.count
        guard (1...2).contains(slashes) && dashes == 0 || slashes == 0 && dashes == 2 else { return false }
        return token.allSatisfy { ByteClass.isDigit($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }
    }

    /// "14th", "1st".
    static func isOrdinalDay(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let token = bytes[range]
        guard token.count >= 3, token.count <= 4 else { return false }
        let digits = token.prefix { ByteClass.isDigit($0) }
        return !digits.isEmpty && token.dropFirst(digits.count).allSatisfy(ByteClass.isLowercase)
    }

    static func lastIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
        var found: Int?
        var start = 0
        while let index = ByteClass.firstIndex(of: marker, in: bytes, from: start) {
            found = index
            start = index + 1
        }
        return found
    }
}
