/// One of the five fields of a cron expression, in the order they are written.
public enum CronField: Int, CaseIterable, Sendable, CustomStringConvertible {
    /// Minute of the hour, 0–59.
    case minute = 1
    /// Hour of the day, 0–23.
    case hour = 2
    /// Day of the month, 1–31.
    case dayOfMonth = 3
    /// Month of the year, 1–12 or JAN–DEC.
    case month = 4
    /// Day of the week, 0–7 (0 and 7 are Sunday) or SUN–SAT.
    case dayOfWeek = 5

    /// The field's position as written, from 1.
    public var position: Int { rawValue }

    /// The field's name as users read it in messages ("hour", "day-of-month").
    public var name: String {
        switch self {
        case .minute: "minute"
        case .hour: "hour"
        case .dayOfMonth: "day-of-month"
        case .month: "month"
        case .dayOfWeek: "day-of-week"
        }
    }

    /// The smallest value the field accepts.
    public var minimum: Int {
        switch self {
        case .minute, .hour, .dayOfWeek: 0
        case .dayOfMonth, .month: 1
        }
    }

    /// The largest value the field accepts (7 for day-of-week, an alias of Sunday).
    public var maximum: Int {
        switch self {
        case .minute: 59
        case .hour: 23
        case .dayOfMonth: 31
        case .month: 12
        case .dayOfWeek: 7
        }
    }

    /// "field 2 (hour)": how messages point at the field.
    public var description: String { "field \(position) (\(name))" }

    /// What the field accepts, for error messages.
    public var allowedSummary: String {
        let numbers = "\(minimum)–\(maximum)"
        let names: String
        switch self {
        case .month: names = " or names JAN–DEC"
        case .dayOfWeek: names = " (0 and 7 are Sunday) or names SUN–SAT"
        default: names = ""
        }
        return "numbers \(numbers)\(names), combined as * or lists (a,b), ranges (a-b) and steps (*/n, a-b/n)"
    }

    /// The number for a three-letter name (case-insensitive) in the month and day-of-week fields.
    func value(forName name: String) -> Int? {
        let upper = name.uppercased()
        switch self {
        case .month:
            return Self.monthNames.firstIndex(of: upper).map { $0 + 1 }
        case .dayOfWeek:
            return Self.weekdayNames.firstIndex(of: upper)
        default:
            return nil
        }
    }

    private static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    private static let weekdayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]
}
