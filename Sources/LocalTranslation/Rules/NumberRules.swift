/// Numbers, dates, times and counts the English way: decimal commas become points and
/// thousands points become commas ("1,5" → "1.5", "10.000" → "10,000"), times after
/// "pukul" or before a time zone take a colon ("12.30 WIB" → "12:30 WIB"), a day moves
/// after its month ("22 Desember" → "December 22"), classifiers between a number and a
/// noun disappear and counted nouns become plural.
struct NumberRules: Sendable {
    private static let timeZones: Set<String> = ["wib", "wita", "wit", "utc", "gmt"]
    private static let timeMarkers: Set<String> = ["pukul", "jam"]
    /// Counting words dropped between a number and a noun ("tiga buah buku").
    private static let classifiers: Set<String> = ["buah", "ekor", "biji", "lembar", "helai", "batang", "butir", "unit", "pucuk", "bidang"]
    private static let singularNumbers: Set<String> = ["1", "satu", "se", "0"]

    func apply(to units: inout [TranslationUnit]) {
        for index in units.indices where units[index].partOfSpeech == .numeral && !units[index].isDropped {
            let unit = units[index]
            if unit.source.first?.isNumber == true || unit.source.hasPrefix("rp") {
                let previous = index > 0 ? units[index - 1].source : ""
                let next = index + 1 < units.count ? units[index + 1].source : ""
                let isTime = Self.timeMarkers.contains(previous) || Self.timeZones.contains(next) || Self.looksLikeTime(unit.source)
                units[index].english = Self.format(unit.english, asTime: isTime)
                if isTime, Self.timeMarkers.contains(previous) {
                    // "antara pukul 22.00" → "between 22:00": no "at" after another preposition.
                    let before = index >= 2 ? units[index - 2].partOfSpeech : .particle
                    units[index - 1].english = before == .preposition ? "" : "at"
                }
                // Times and years count nothing: "23.00 Waktu Standar", "2005 kampanye".
                if isTime || unit.source.count == 4 { continue }
            }
            // A day number before a month name: "22 Desember 2024" → "December 22, 2024".
            if index + 1 < units.count, units[index + 1].partOfSpeech == .month, unit.source.allSatisfy(\.isNumber), unit.source.count <= 2 {
                let day = units[index].english
                units[index].english = units[index + 1].english + " " + day
                units[index + 1].isDropped = true
                if index + 2 < units.count, units[index + 2].source.count == 4, units[index + 2].source.allSatisfy(\.isNumber) {
                    units[index].english += ","
                }
                continue
            }
            guard !Self.singularNumbers.contains(unit.source) else { continue }
            // Skip scale words and classifiers to reach the counted noun: "dua juta orang".
            var next = index + 1
            while next < units.count, units[next].partOfSpeech == .numeral, !units[next].source.first!.isNumber {
                next += 1
            }
            if next < units.count, units[next].partOfSpeech == .classifier || Self.classifiers.contains(units[next].source) {
                if next + 1 < units.count, units[next + 1].partOfSpeech == .noun {
                    units[next].isDropped = true
                    next += 1
                } else {
                    units[next].partOfSpeech = .noun
                }
            } else if next < units.count, units[next].source == "orang", next + 1 < units.count, units[next + 1].partOfSpeech == .noun {
                units[next].isDropped = true
                next += 1
            }
            if next < units.count, units[next].partOfSpeech == .noun {
                units[next].isPlural = true
            }
        }
    }

    /// Prepositions around counts and dates: "satu dari lima" → "one of five", "salah satu
    /// dari" → "one of", "pada 2016" / "pada Juli" → "in 2016" / "in July".
    func applyToPrepositions(_ units: inout [TranslationUnit]) {
        for index in units.indices where units[index].partOfSpeech == .preposition && !units[index].isDropped {
            let source = units[index].source
            let previous = index > 0 ? units[index - 1] : nil
            let next = index + 1 < units.count ? units[index + 1] : nil
            if source == "dari", let previous {
                if previous.english.hasSuffix(" of") {
                    units[index].isDropped = true
                } else if previous.partOfSpeech == .numeral || previous.partOfSpeech == .ordinal || (next?.partOfSpeech == .numeral && previous.partOfSpeech == .noun) {
                    units[index].english = "of"
                }
            }
            if source == "pada" || source == "di", let next {
                if next.partOfSpeech == .month || (next.source.count == 4 && next.source.allSatisfy(\.isNumber)) {
                    units[index].english = "in"
                }
            }
        }
    }

    /// "22.00", "7.30": an hour and minutes, since Indonesian never groups thousands by two digits.
    private static func looksLikeTime(_ number: String) -> Bool {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, parts[0].count <= 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
        return hour <= 24 && minute < 60
    }

    /// `number` written the English way.
    static func format(_ number: String, asTime: Bool) -> String {
        let hasComma = number.contains(","), hasPoint = number.contains(".")
        if hasComma && hasPoint {
            return String(number.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
        }
        if hasComma {
            return String(number.map { $0 == "," ? "." : $0 })
        }
        if hasPoint {
            let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            if asTime, parts.count == 2, parts[1].count == 2 {
                return parts[0] + ":" + parts[1]
            }
            if parts.count >= 2, parts.dropFirst().allSatisfy({ $0.count == 3 }), parts[0].count <= 3, !parts[0].isEmpty {
                return parts.joined(separator: ",")
            }
        }
        return number
    }
}
