/// A standard five-field cron expression: minute, hour, day-of-month, month and day-of-week, with
/// lists, ranges, steps, month and weekday names, and the `@hourly`… macros.
///
/// As in POSIX and Vixie cron, when both day-of-month and day-of-week are restricted, a day
/// matches if either field does; otherwise both must match. A field is restricted unless it is `*`
/// (or `*/1`). Vixie cron also counts `*/2` as unrestricted because it starts with `*`; Warta reads
/// it as written, "every other day", which restricts.
public struct CronExpression: Hashable, Sendable, CustomStringConvertible {
    /// The expression as written (trimmed), e.g. "0 6 * * MON-FRI" or "@daily".
    public let source: String

    // One bit per allowed value: bit n set means value n matches.
    let minuteBits: UInt64
    let hourBits: UInt64
    let dayOfMonthBits: UInt64
    let monthBits: UInt64
    /// Bits 0–6, Sunday = 0 (a written 7 is folded onto 0).
    let weekdayBits: UInt64
    /// Whether day-of-month was written as something other than `*`.
    public let restrictsDayOfMonth: Bool
    /// Whether day-of-week was written as something other than `*`.
    public let restrictsDayOfWeek: Bool

    /// Reads `text`, throwing an error that names the field at fault and what it allows.
    public init(_ text: String) throws(CronExpressionError) {
        let trimmed = text.trimmingASCIISpaces()
        guard !trimmed.isEmpty else { throw .empty }
        let expanded: String
        if trimmed.hasPrefix("@") {
            guard let macro = Self.macros[trimmed.lowercased()] else { throw .unknownMacro(trimmed) }
            expanded = macro
        } else {
            expanded = trimmed
        }
        let fields = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else { throw .wrongFieldCount(expression: trimmed, count: fields.count) }
        source = trimmed
        minuteBits = try Self.parse(fields[0], as: .minute)
        hourBits = try Self.parse(fields[1], as: .hour)
        dayOfMonthBits = try Self.parse(fields[2], as: .dayOfMonth)
        monthBits = try Self.parse(fields[3], as: .month)
        var weekdays = try Self.parse(fields[4], as: .dayOfWeek)
        if weekdays & (1 << 7) != 0 { weekdays = (weekdays & ~(1 << 7)) | 1 }
        weekdayBits = weekdays
        restrictsDayOfMonth = !Self.isUnrestricted(fields[2])
        restrictsDayOfWeek = !Self.isUnrestricted(fields[4])
        if !canEverMatch { throw .neverMatches(expression: trimmed) }
    }

    /// Whether some calendar day matches: "0 0 30 2 *" names a date no month has.
    private var canEverMatch: Bool {
        // With day-of-week restricted too, any named weekday occurs in every month.
        guard restrictsDayOfMonth && !restrictsDayOfWeek else { return true }
        let longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains { month in
            Self.has(monthBits, month) && (1...longestMonth[month - 1]).contains { Self.has(dayOfMonthBits, $0) }
        }
    }

    /// The expression as written.
    public var description: String { source }

    /// The values a field allows, ascending (day-of-week as 0–6, Sunday = 0).
    public func values(of field: CronField) -> [Int] {
        let bits = bits(of: field)
        return (0...63).filter { bits & (1 << UInt64($0)) != 0 }
    }

    /// Whether a local wall-clock minute matches. `weekday` is 0–6 with Sunday = 0.
    public func matches(minute: Int, hour: Int, dayOfMonth: Int, month: Int, weekday: Int) -> Bool {
        Self.has(minuteBits, minute) && Self.has(hourBits, hour) && Self.has(monthBits, month)
            && matchesDay(dayOfMonth: dayOfMonth, weekday: weekday)
    }

    /// Whether a day matches the day-of-month and day-of-week fields under cron's either-or rule.
    func matchesDay(dayOfMonth: Int, weekday: Int) -> Bool {
        let byDate = Self.has(dayOfMonthBits, dayOfMonth)
        let byWeekday = Self.has(weekdayBits, weekday)
        if restrictsDayOfMonth && restrictsDayOfWeek { return byDate || byWeekday }
        return byDate && byWeekday
    }

    func bits(of field: CronField) -> UInt64 {
        switch field {
        case .minute: minuteBits
        case .hour: hourBits
        case .dayOfMonth: dayOfMonthBits
        case .month: monthBits
        case .dayOfWeek: weekdayBits
        }
    }

    static func has(_ bits: UInt64, _ value: Int) -> Bool {
        value >= 0 && value < 64 && bits & (1 << UInt64(value)) != 0
    }

    private static let macros: [String: String] = [
        "@hourly": "0 * * * *",
        "@daily": "0 0 * * *",
        "@midnight": "0 0 * * *",
        "@weekly": "0 0 * * 0",
        "@monthly": "0 0 1 * *",
        "@yearly": "0 0 1 1 *",
        "@annually": "0 0 1 1 *",
    ]

    private static func isUnrestricted(_ field: String) -> Bool {
        field == "*" || field == "*/1"
    }

    /// Parses one field into a bit set, element by element (comma-separated).
    private static func parse(_ text: String, as field: CronField) throws(CronExpressionError) -> UInt64 {
        // Wrapped so every problem is reported with the whole field's text.
        do {
            return try parseElements(text, as: field)
        } catch let problem {
            throw .invalidField(field, text: text, problem: problem)
        }
    }

    private static func parseElements(_ text: String, as field: CronField) throws(CronFieldProblem) -> UInt64 {
        var bits: UInt64 = 0
        for element in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard !element.isEmpty else { throw .emptyPart }
            let stepParts = element.split(separator: "/", omittingEmptySubsequences: false)
            guard stepParts.count <= 2 else { throw .invalidStep(String(stepParts[2])) }
            let rangeText = stepParts[0]
            guard !rangeText.isEmpty else { throw .emptyPart }
            var step = 1
            if stepParts.count == 2 {
                let stepText = stepParts[1]
                guard !stepText.isEmpty else { throw .emptyPart }
                guard stepText.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
                    throw .invalidStep(String(stepText))
                }
                guard let parsed = Int(stepText) else { throw .stepTooLarge(Int.max) }
                guard parsed > 0 else { throw .zeroStep }
                step = parsed
            }
            let start: Int
            var end: Int
            if rangeText == "*" {
                // Day-of-week's full range is 0–6: 7 is only an alias of Sunday.
                start = field.minimum
                end = field == .dayOfWeek ? 6 : field.maximum
            } else {
                let bounds = rangeText.split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count <= 2 else { throw .unknownName(String(rangeText)) }
                start = try value(bounds[0], as: field)
                if bounds.count == 2 {
                    end = try value(bounds[1], as: field)
                    guard start <= end else { throw .backwardsRange(start, end) }
                } else {
                    // "a/n" means from a to the field's end in steps of n; a lone "a" is just a.
                    end = stepParts.count == 2 ? field.maximum : start
                    if field == .dayOfWeek && stepParts.count == 2 { end = 6 }
                }
            }
            let span = (field == .dayOfWeek ? 7 : field.maximum - field.minimum + 1)
            guard step <= span else { throw .stepTooLarge(step) }
            var value = start
            while value <= end {
                bits |= 1 << UInt64(value)
                value += step
            }
        }
        return bits
    }

    private static func value(_ text: Substring, as field: CronField) throws(CronFieldProblem) -> Int {
        guard !text.isEmpty else { throw .emptyPart }
        let isNumber = text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if isNumber {
            let number = Int(text) ?? Int.max
            guard number >= field.minimum && number <= field.maximum else { throw .outOfRange(number) }
            return number
        }
        if let named = field.value(forName: String(text)) { return named }
        if isExtension(text) { throw .unsupported(String(text)) }
        throw .unknownName(String(text))
    }

    /// Quartz and some crons accept `?`, `L`, `W` and `#`; say so rather than "unknown name".
    private static func isExtension(_ text: Substring) -> Bool {
        if text.contains("?") || text.contains("#") { return true }
        let upper = text.uppercased()
        guard let last = upper.last, last == "L" || last == "W" else { return false }
        return upper.dropLast().allSatisfy { $0.isASCII && ($0.isNumber || $0 == "L") }
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
