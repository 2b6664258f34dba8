/// Days of the week: "Minggu" is Sunday rather than "week" where a date or a time of day
/// follows it ("pada Minggu (11/5)", "Minggu, 22 Desember", "Minggu malam") or where it
/// is capitalized after a preposition or another day ("sejak Minggu", "Sabtu dan Minggu");
/// a day and its time of day read the English way ("Senin malam" → "Monday night"), as do
/// next and last ("Senin depan" → "next Monday"); and a day takes no article, as a name.
struct DayNameRules: Sendable {
    /// The day names besides "minggu", which is a day only in the contexts above.
    private static let days: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "ahad", "hari minggu"]
    /// Times of day that follow a day name.
    private static let timesOfDay: Set<String> = ["malam", "pagi", "siang", "sore", "petang", "dini hari", "subuh"]
    /// Words after a day that place it before or after now, and their English before the day.
    private static let relativeDays: [String: String] = ["depan": "next", "mendatang": "next", "lalu": "last", "kemarin": "last", "ini": "this"]
    /// Words after which a capitalized "Minggu" names a day.
    private static let dayPrepositions: Set<String> = ["pada", "sejak", "hingga", "sampai", "setiap", "tiap", "mulai", "jelang", "menjelang"]

    func apply(to units: inout [TranslationUnit]) {
        for index in units.indices where !units[index].isDropped && !units[index].isPunctuation {
            let source = units[index].source
            if source == "minggu" {
                guard isSunday(at: index, in: units) else { continue }
                units[index].english = "Sunday"
                units[index].isPlural = false
            } else if !Self.days.contains(source) || units[index].clitic != nil {
                continue
            }
            units[index].partOfSpeech = .name
            // "Senin depan" → "next Monday", "Kamis lalu" → "last Thursday", "Sabtu ini" → "this Saturday".
            if let next = next(after: index, in: units), units[next].followsSpace, let relative = Self.relativeDays[units[next].source] {
                units[index].english = relative + " " + units[index].english
                units[next].isDropped = true
                continue
            }
            guard let next = timeOfDay(after: index, in: units) else { continue }
            // "Senin malam" → "Monday night", "Minggu dini hari" → "early Sunday morning",
            // "Rabu (12/3) sore" → "Wednesday afternoon (12/3)".
            let day = units[index].english
            let time = units[next].english
            units[index].english = time.hasPrefix("early ") ? "early " + day + time.dropFirst(5) : day + " " + time
            units[next].isDropped = true
        }
    }

    /// The time of day right after the day at `index` or after the date in brackets that follows it.
    private func timeOfDay(after index: Int, in units: [TranslationUnit]) -> Int? {
        guard var candidate = next(after: index, in: units) else { return nil }
        if units[candidate].source == "(" {
            var close = candidate
            for _ in 0..<4 {
                guard let following = next(after: close, in: units) else { return nil }
                close = following
                if units[close].source == ")" { break }
            }
            guard units[close].source == ")", let following = next(after: close, in: units) else { return nil }
            candidate = following
        }
        let unit = units[candidate]
        return unit.followsSpace && unit.clitic == nil && Self.timesOfDay.contains(unit.source) ? candidate : nil
    }

    /// Whether "minggu" at `index` is the day: a date or time of day follows, or it is
    /// capitalized inside a sentence after a preposition or another day.
    private func isSunday(at index: Int, in units: [TranslationUnit]) -> Bool {
        // "Minggu malam", "Minggu (11/5)", "Minggu, 22 Desember": a time of day, a date in
        // brackets or a date after a comma.
        if timeOfDay(after: index, in: units) != nil { return true }
        if let next = next(after: index, in: units), units[next].source == "(" || units[next].source == ",",
           let date = self.next(after: next, in: units), isDate(at: date, in: units) {
            return true
        }
        guard units[index].isCapitalizedInSentence, let previous = previous(before: index, in: units) else { return false }
        if Self.dayPrepositions.contains(units[previous].source) { return true }
        // "Sabtu dan Minggu", "Sabtu atau Minggu"
        if units[previous].source == "dan" || units[previous].source == "atau", let day = self.previous(before: previous, in: units) {
            return Self.days.contains(units[day].source)
        }
        return false
    }

    /// A day and month ("11/5", "11/5/2025") or a day number before a month name ("22 Desember").
    private func isDate(at index: Int, in units: [TranslationUnit]) -> Bool {
        let source = units[index].source
        guard units[index].partOfSpeech == .numeral, source.first?.isNumber == true else { return false }
        if source.contains("/") { return true }
        guard source.count <= 2, source.allSatisfy(\.isNumber), let month = next(after: index, in: units) else { return false }
        return units[month].partOfSpeech == .month
    }

    private func next(after index: Int, in units: [TranslationUnit]) -> Int? {
        var next = index + 1
        while next < units.count, units[next].isDropped { next += 1 }
        return next < units.count ? next : nil
    }

    private func previous(before index: Int, in units: [TranslationUnit]) -> Int? {
        var previous = index - 1
        while previous >= 0, units[previous].isDropped { previous -= 1 }
        return previous >= 0 ? previous : nil
    }
}
