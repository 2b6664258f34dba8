/// Judges single lines by their markers and shape.
struct LineClassifier {
    private static let berita = Array("berita ".utf8)
    private static let artikel = Array("artikel ".utf8)
    private static let lainnya = Array("lainnya".utf8)
    private static let lanjutkan = Array("lanjutkan".utf8)
    private static let selengkapnya = Array("selengkapnya".utf8)
    private static let laporanWartawan = Array("laporan wartawan".utf8)
    private static let laporanReporter = Array("laporan reporter".utf8)
    private static let dan = Array("dan".utf8)
    private static let copyright = Array("copyright".utf8)
    private static let hakCipta = Array("hak cipta".utf8)
    private static let twitterPicture = Array("pic.twitter.com".utf8)
    private static let handleOpener = Array("(@".utf8)
    private static let oleh = Array("oleh ".utf8)
    private static let by = Array("by ".utf8)
    private static let hereSpaced = Array(" di sini".utf8)
    private static let hereJoined = Array(" disini".utf8)

    func classify(_ line: LineText) -> LineKind {
        if line.letterCount == 0 { return .boilerplate }
        if isBracketedCredit(line) { return .boilerplate }
        if let kind = sourceKind(line) { return kind }
        if let kind = relatedKind(line) { return kind }
        if BoilerplateMarkers.widgetOpeners.isPrefix(of: line) || isClickPrompt(line) { return .boilerplate }
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
        if let length = BoilerplateMarkers.sourceOpeners.prefixLength(of: line) {
            let rest = Self.trimmedValue(line.bytes, from: length)
            return rest.isEmpty ? .sourceLabel : .source(rest)
        }
        if let length = BoilerplateMarkers.republishedOpeners.prefixLength(of: line) {
            let rest = Self.trimmedValue(line.bytes, from: length)
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
        if line.wordCount <= 6 {
            let bare = line.bareLowercased
            if BoilerplateMarkers.relatedLinkLabels.contains(bare) { return .relatedLabel }
            if BoilerplateMarkers.relatedSectionHeadings.contains(bare) { return .relatedSection }
            // "Berita detikcom Lainnya", "Artikel Kompas Lainnya".
            if line.wordCount <= 4, bare.starts(with: Self.berita) || bare.starts(with: Self.artikel),
               bare.count >= 8, ByteClass.hasPrefix(bare, from: bare.count - 7, Self.lainnya) {
                return .relatedSection
            }
        }
        if BoilerplateMarkers.relatedLinkOpeners.isPrefix(of: line, wordBoundary: true) { return .relatedLink }
        let lastLetter = line.bytes.last.map(ByteClass.lowercased)
        let mayEndTeaser = line.wordCount >= 4 && (lastLetter == UInt8(ascii: "e") || lastLetter == UInt8(ascii: "a") || lastLetter == UInt8(ascii: "n") || lastLetter == 0xBB)
        for ending in BoilerplateMarkers.teaserEndings where mayEndTeaser && line.hasSuffix(ending) {
            if ending == Self.lanjutkan || ending == Self.selengkapnya {
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
        if line.wordCount <= 3, BoilerplateMarkers.bareCreditLabels.contains(line.bareLowercased) { return .creditLabel }
        guard line.wordCount <= 16, let first = line.tokens.first else { return nil }
        if line.hasPrefix(Self.laporanWartawan) || line.hasPrefix(Self.laporanReporter) { return .credit }
        // One to three credit words, then ":" or "|": "Penulis: …", "Redaktur & Reporter : …".
        if let separator = line.bytes.prefix(40).firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") }) {
            var creditWords = 0
            var namesPeople = false
            var isCredit = true
            for range in line.tokens {
                guard range.lowerBound < separator else { break }
                let word = range.lowerBound..<min(range.upperBound, separator)
                let text = line.bytes[word]
                if text.elementsEqual([UInt8(ascii: "&")]) || text.elementsEqual([UInt8(ascii: "/")]) || text.elementsEqual(Self.dan) { continue }
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

    /// A short line that sends the reader elsewhere: "… selengkapnya di sini", "… klik disini".
    private func isClickPrompt(_ line: LineText) -> Bool {
        guard line.wordCount <= 14, !line.endsLikeSentence else { return false }
        return line.hasSuffix(Self.hereSpaced) || line.hasSuffix(Self.hereJoined)
    }

    // MARK: Copyright

    private func isCopyright(_ line: LineText) -> Bool {
        if line.hasPrefix(Self.copyright) || line.hasPrefix(Self.hakCipta) { return true }
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
        if BoilerplateMarkers.captionOpeners.isPrefix(of: line) { return true }
        // A caption ends on its credit, not on a finished sentence; only the line's end is searched.
        if line.endsLikeSentence { return false }
        // One pass over the line's end for credit marks: "ANTARA FOTO/…", "(dok. …)", and
        // "… Selasa (8/4/2025). Foto: Name/REUTERS", a credit after the last sentence.
        let tailStart = max(0, line.bytes.count - 120)
        let credit = line.bytes.withUnsafeBufferPointer { bytes in
            BoilerplateMarkers.captionTailMarkers.firstOccurrence(in: bytes, from: tailStart) { offset in
                guard bytes[offset] == UInt8(ascii: " ") else { return offset >= line.bytes.count - 100 }
                return line.tokens.reduce(0) { $0 + ($1.lowerBound > offset ? 1 : 0) } <= 8
            }
        }
        if credit != nil { return true }
        // A last bracket holding a photo credit: "(foto : Koleksi IFDC)", "(ilustrasi)".
        if line.bytes.last == UInt8(ascii: ")"), let open = line.bytes.lastIndex(of: UInt8(ascii: "(")) {
            for opener in BoilerplateMarkers.captionBracketOpeners where ByteClass.hasPrefix(line.bytes, from: open + 1, opener) {
                return true
            }
            // "(KOMPAS.com/NAMA)", "(ANTARA/Name)": an outlet or agency, a slash, a name.
            if let slash = line.bytes[open...].firstIndex(of: UInt8(ascii: "/")), slash > open + 1 {
                let left = (open + 1)..<slash
                if line.bytes[left].contains(UInt8(ascii: ".")) && line.bytes[left].contains(where: ByteClass.isASCIILetter) { return true }
                if let word = PackedWord(line.bytes, left), BoilerplateMarkers.photoAgencies.contains(word) { return true }
            }
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
        // An embedded tweet ends on its picture link, not on a finished sentence.
        if !line.endsLikeSentence, line.wordCount <= 60, line.contains(Self.twitterPicture) { return true }
        // "— Name (@handle) November 12, 2019": the signature of an embedded tweet.
        if line.wordCount <= 14, line.contains(Self.handleOpener) {
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
        // Every date, time and "5 jam yang lalu" holds a digit.
        guard line.bytes.contains(where: ByteClass.isDigit) else { return false }
        var hasClock = false
        var hasZone = false
        var hasMonth = false
        var hasNumericDate = false
        var hasDay = false
        var isRelative = false
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
                if BoilerplateMarkers.relativeTimeWords.contains(word) { isRelative = true; continue }
            } else if Self.isOrdinalDay(line.bytes, token) {
                continue
            }
            if line.bytes[token].contains(where: { ByteClass.isASCIILetter($0) || $0 >= 0x80 }) { otherWords += 1 }
        }
        let hasDate = hasMonth || hasNumericDate
        if hasClock && (hasZone || hasDate || hasDay) { return true }
        if hasZone && hasDate { return true }
        return otherWords == 0 && (hasDate || isRelative || (hasDay && hasClock))
    }

    private func isByline(_ line: LineText) -> Bool {
        guard line.wordCount <= 8, !line.endsLikeSentence, let last = line.tokens.last else { return false }
        if line.hasPrefix(Self.oleh) || line.hasPrefix(Self.by) { return line.wordCount <= 6 }
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
        guard line.wordCount >= 8, !line.endsLikeSentence, line.periodCount == 0, !line.containsComma else { return false }
        var words: [UInt64] = []
        words.reserveCapacity(line.tokens.count)
        for range in line.tokens {
            if let word = PackedWord(line.bytes, range) { words.append(word.value) }
        }
        words.sort()
        var distinct = words.isEmpty ? 0 : 1
        for index in words.indices.dropFirst() where words[index] != words[index - 1] { distinct += 1 }
        return distinct * 5 < line.wordCount * 3
    }

    // MARK: Token helpers

    /// `range` without surrounding punctuation such as "(", ")", ",", "-".
    static func strippedToken(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isTokenEdge(bytes[lower]) { lower += 1 }
        while upper > lower, isTokenEdge(bytes[upper - 1]) || bytes[upper - 1] == UInt8(ascii: ".") { upper -= 1 }
        return lower..<upper
    }

    /// Punctuation around a token: brackets, commas, quotes, dashes, bars.
    private static func isTokenEdge(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-"),
             UInt8(ascii: "|"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
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
}
