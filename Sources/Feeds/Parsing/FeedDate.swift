import Foundation

/// Reads the dates feeds and pages write: RFC 822 (RSS `pubDate`, e.g.
/// "Mon, 30 Nov 2026 06:00:00 +0700") and ISO 8601 / RFC 3339 (Atom, JSON Feed, meta tags,
/// JSON-LD, e.g. "2026-11-30T06:00:00+07:00").
///
/// Written by hand rather than with `DateFormatter` so that it does not depend on the
/// process's locale, accepts the variants real feeds use (no weekday, two-digit years,
/// seconds left out, zone names such as GMT, EST or the Indonesian WIB/WITA/WIT,
/// Indonesian month abbreviations such as "Mei", "Agu", "Okt", "Des"), and is cheap.
public enum FeedDate {
    /// The instant `text` names, or nil when it is neither RFC 822 nor ISO 8601.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        let trimmed = Array(bytes[start..<end])
        guard !trimmed.isEmpty else { return nil }
        if trimmed.count >= 10, isDigit(trimmed[0]), trimmed[4] == UInt8(ascii: "-") {
            return parseISO(trimmed)
        }
        return parseRFC822(trimmed)
    }

    /// `text` as an ISO 8601 date-time: kept as written when it already is one, else the
    /// parsed instant in UTC ("2026-11-30T06:00:00Z"); nil when it cannot be read.
    public static func iso8601(_ text: String) -> String? {
        guard let date = parse(text) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let first = trimmed.utf8.first, isDigit(first), trimmed.utf8.count >= 10 { return trimmed }
        return iso8601(date)
    }

    /// `date` in UTC as "2026-11-30T06:00:00Z".
    public static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    // MARK: - ISO 8601

    private static func parseISO(_ bytes: [UInt8]) -> Date? {
        var reader = Reader(bytes: bytes)
        guard let year = reader.number(digits: 4), reader.skip("-"),
              let month = reader.number(digits: 2), reader.skip("-"),
              let day = reader.number(digits: 2) else { return nil }
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if reader.skip("T") || reader.skip("t") || reader.skip(" ") {
            guard let readHour = reader.number(digits: 2), reader.skip(":"), let readMinute = reader.number(digits: 2) else { return nil }
            hour = readHour
            minute = readMinute
            if reader.skip(":") {
                guard let whole = reader.number(digits: 2) else { return nil }
                second = Double(whole)
                if reader.skip(".") || reader.skip(",") {
                    var scale = 0.1
                    while let digit = reader.digit() {
                        second += Double(digit) * scale
                        scale /= 10
                    }
                }
            }
            reader.skipSpaces()
            if reader.skip("Z") || reader.skip("z") {
                offset = 0
            } else if let sign = reader.sign() {
                guard let offsetHours = reader.number(digits: 2) else { return nil }
                _ = reader.skip(":")
                let offsetMinutes = reader.number(digits: 2) ?? 0
                offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
            }
        }
        reader.skipSpaces()
        guard reader.isAtEnd else { return nil }
        return date(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    // MARK: - RFC 822

    /// Months by their first three letters, lowercased, English and Indonesian.
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "mei": 5, "jun": 6, "jul": 7,
        "aug": 8, "agu": 8, "agt": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12, "des": 12,
    ]

    /// Zone names and their offsets from UTC in hours.
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0,
        "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
        "wib": 7, "wita": 8, "wit": 9,
    ]

    private static func parseRFC822(_ bytes: [UInt8]) -> Date? {
        // Words and numbers separated by spaces, commas and colons, zone signs kept.
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            if isSpace(byte) || byte == UInt8(ascii: ",") {
                if !current.isEmpty { tokens.append(current); current.removeAll() }
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        // A leading weekday ("Mon", "Senin") is ignored.
        if let first = tokens.first, let byte = first.first, !isDigit(byte) { tokens.removeFirst() }
        guard tokens.count >= 4,
              let day = Int(String(decoding: tokens[0], as: UTF8.self)),
              let month = months[String(decoding: tokens[1].prefix(3), as: UTF8.self).lowercased()],
              var year = Int(String(decoding: tokens[2], as: UTF8.self)) else { return nil }
        if tokens[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let time = tokens[3].split(separator: UInt8(ascii: ":")).map { Int(String(decoding: $0, as: UTF8.self)) }
        guard time.count >= 2, time.allSatisfy({ $0 != nil }) else { return nil }
        let hour = time[0]!, minute = time[1]!, second = time.count > 2 ? time[2]! : 0
        var offset = 0
        if tokens.count > 4 {
            let zone = tokens[4]
            if let first = zone.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                let digits = zone.dropFirst().filter(isDigit)
                guard digits.count == 4, let value = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
                offset = (first == UInt8(ascii: "-") ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60)
            } else if let hours = zones[String(decoding: zone, as: UTF8.self).lowercased()] {
                offset = hours * 3600
            } else {
                return nil
            }
        }
        return date(year: year, month: month, day: day, hour: hour, minute: minute, second: Double(second), offset: offset)
    }

    // MARK: - Calendar arithmetic

    private static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offset: Int) -> Date? {
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              (0...24).contains(hour), (0...59).contains(minute), second >= 0, second < 61 else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`.
    private static func civilDate(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// A cursor over ASCII bytes.
    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var isAtEnd: Bool { position >= bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
            position += 1
            return true
        }

        mutating func skipSpaces() {
            while position < bytes.count, FeedDate.isSpace(bytes[position]) { position += 1 }
        }

        mutating func digit() -> Int? {
            guard position < bytes.count, FeedDate.isDigit(bytes[position]) else { return nil }
            defer { position += 1 }
            return Int(bytes[position] - 0x30)
        }

        mutating func number(digits count: Int) -> Int? {
            var value = 0
            for _ in 0..<count {
                guard let digit = digit() else { return nil }
                value = value * 10 + digit
            }
            return value
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}
