/// A schedule that cannot be used as written: a bad cron expression, zone name or catch-up policy.
public enum ScheduleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The cron expression could not be read.
    case invalidExpression(CronExpressionError)
    /// The zone is not an IANA name this system knows; `suggestion` is a likely spelling.
    case unknownTimeZone(String, suggestion: String?)
    /// The catch-up policy is neither `skip` nor `once`.
    case unknownCatchUpPolicy(String)
    /// Two scheduled jobs share a name, which keys their state in the store.
    case duplicateJobName(String)

    /// What went wrong and what to write instead.
    public var description: String {
        switch self {
        case let .invalidExpression(error):
            return "invalid schedule: \(error)"
        case let .unknownTimeZone(name, suggestion):
            let hint = suggestion.map { "did you mean \"\($0)\"? " } ?? ""
            return "unknown time zone \"\(name)\": \(hint)use an IANA name such as Asia/Jakarta, Asia/Makassar, Asia/Jayapura, Europe/Berlin or UTC (abbreviations like WIB are not accepted)"
        case let .unknownCatchUpPolicy(name):
            return "unknown catch-up policy \"\(name)\": use \"once\" (run missed fire times once, the default) or \"skip\" (drop them)"
        case let .duplicateJobName(name):
            return "two scheduled jobs are named \"\(name)\": give each job file a distinct name, since a job's fire times are remembered by name"
        }
    }
}
