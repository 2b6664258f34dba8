/// Why a cron expression could not be read, pointing at the field at fault and saying what it allows.
public enum CronExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The expression was empty or only spaces.
    case empty
    /// The expression did not have exactly five fields.
    case wrongFieldCount(expression: String, count: Int)
    /// An `@` macro that cron does not know.
    case unknownMacro(String)
    /// Every field is valid but no date ever matches them all, as in "0 0 30 2 *".
    case neverMatches(expression: String)
    /// One field could not be read.
    case invalidField(CronField, text: String, problem: CronFieldProblem)

    /// What went wrong and what to write instead.
    public var description: String {
        switch self {
        case .empty:
            return "the cron expression is empty: write five fields (minute hour day-of-month month day-of-week), e.g. \"0 6 * * *\", or a macro such as @daily"
        case let .wrongFieldCount(expression, count):
            return "the cron expression \"\(expression)\" has \(count) field\(count == 1 ? "" : "s"), expected 5: minute hour day-of-month month day-of-week, e.g. \"0 6 * * MON-FRI\" (seconds and years are not supported)"
        case let .unknownMacro(macro):
            return "unknown cron macro \"\(macro)\": use @hourly, @daily (or @midnight), @weekly, @monthly, @yearly (or @annually), or five fields"
        case let .neverMatches(expression):
            return "the cron expression \"\(expression)\" never fires: none of the months it names has the day-of-month it names; check fields 3 (day-of-month) and 4 (month)"
        case let .invalidField(field, text, problem):
            // The field's text helps only when the culprit is one part of a list, range or step.
            let context = text.contains(where: { $0 == "," || $0 == "-" || $0 == "/" }) ? " in \"\(text)\"" : ""
            return "\(field): \(problem.message(in: field))\(context); allowed: \(field.allowedSummary)"
        }
    }
}

/// What is wrong inside one cron field.
public enum CronFieldProblem: Error, Equatable, Sendable {
    /// A value outside the field's range.
    case outOfRange(Int)
    /// A word that is neither a number nor a name the field knows.
    case unknownName(String)
    /// An empty part, as in "1,,2" or "5-".
    case emptyPart
    /// A range whose start is after its end, as in "5-2".
    case backwardsRange(Int, Int)
    /// A step of zero, as in "*/0".
    case zeroStep
    /// A step that is not a positive whole number.
    case invalidStep(String)
    /// A step larger than the field's whole range, which can only ever match its start.
    case stepTooLarge(Int)
    /// A cron extension Warta does not support (`?`, `L`, `W`, `#`).
    case unsupported(String)

    /// The problem as a sentence fragment, e.g. "24 is out of range 0–23".
    func message(in field: CronField) -> String {
        switch self {
        case let .outOfRange(value):
            "\(value) is out of range \(field.minimum)–\(field.maximum)"
        case let .unknownName(name):
            "\"\(name)\" is not a number\(field == .month || field == .dayOfWeek ? " or a known name" : "")"
        case .emptyPart:
            "a list item or range end is empty"
        case let .backwardsRange(start, end):
            "the range \(start)-\(end) runs backwards (write the smaller value first, or a list such as \(end),\(start))"
        case .zeroStep:
            "a step of 0 never advances"
        case let .invalidStep(text):
            "the step \"\(text)\" is not a positive whole number"
        case let .stepTooLarge(step):
            "the step \(step) is larger than the field's range \(field.minimum)–\(field.maximum)"
        case let .unsupported(text):
            "\"\(text)\" is a cron extension Warta does not support"
        }
    }
}
