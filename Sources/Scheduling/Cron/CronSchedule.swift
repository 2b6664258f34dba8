import Foundation

/// A cron expression read in a time zone's local wall time: "0 6 * * *" in Asia/Jakarta fires at
/// 06:00 WIB every day.
///
/// Across DST changes a local time skipped by a spring-forward gap fires once, right after the gap
/// (02:30 on the gap day fires at 03:00 local), and a local time repeated by a fall-back fires once,
/// at its first occurrence.
public struct CronSchedule: Hashable, Sendable, CustomStringConvertible {
    /// The zone used when a job names none.
    public static let defaultTimeZoneIdentifier = "Asia/Jakarta"

    /// When it fires, in local wall time.
    public let expression: CronExpression
    /// The zone whose wall clock the expression is read in.
    public let timeZone: TimeZone
    /// The zone's name as the job wrote it ("UTC" stays "UTC", where Foundation says "GMT").
    public let timeZoneName: String

    /// How far ahead `nextFire(after:)` looks before concluding the schedule never fires again;
    /// eight years covers every 29 February, even across a century year that is not a leap year.
    static let searchHorizonDays = 8 * 366 + 1

    /// A schedule from a parsed expression and a zone.
    public init(expression: CronExpression, timeZone: TimeZone) {
        self.init(expression: expression, timeZone: timeZone, name: timeZone.identifier)
    }

    private init(expression: CronExpression, timeZone: TimeZone, name: String) {
        self.expression = expression
        self.timeZone = timeZone
        timeZoneName = name
    }

    /// Reads a cron expression and an IANA zone name (default Asia/Jakarta), with errors that say
    /// which field or which name is wrong.
    public init(_ expression: String, timeZoneIdentifier: String? = nil) throws(ScheduleError) {
        let parsed: CronExpression
        do {
            parsed = try CronExpression(expression)
        } catch {
            throw .invalidExpression(error)
        }
        let name = (timeZoneIdentifier ?? Self.defaultTimeZoneIdentifier).trimmingASCIISpaces()
        self.init(expression: parsed, timeZone: try Self.timeZone(named: name), name: name)
    }

    /// The zone with IANA name `name`, or an error suggesting the right spelling.
    public static func timeZone(named name: String) throws(ScheduleError) -> TimeZone {
        let trimmed = name.trimmingASCIISpaces()
        // Foundation also accepts abbreviations such as "EST" or "WIB", whose meaning depends on
        // the platform's tables; only region names ("Area/City") and UTC are stable across hosts.
        let knownIdentifiers = TimeZone.knownTimeZoneIdentifiers
        if knownIdentifiers.contains(trimmed) || trimmed == "UTC" || trimmed == "GMT",
           let zone = TimeZone(identifier: trimmed) {
            return zone
        }
        let lowered = trimmed.lowercased()
        let suggestion = knownIdentifiers.first { $0.lowercased() == lowered }
            ?? knownIdentifiers.first { $0.lowercased().hasSuffix("/" + lowered.replacingOccurrences(of: " ", with: "_")) }
        throw .unknownTimeZone(trimmed, suggestion: suggestion)
    }

    /// "0 6 * * * (Asia/Jakarta)".
    public var description: String { "\(expression.source) (\(timeZoneName))" }

    /// The first fire time strictly after `reference`, or nil when none comes within eight years.
    public func nextFire(after reference: Date) -> Date? {
        let resolver = LocalTimeResolver(timeZone: timeZone)
        let referenceSecond = Int64(reference.timeIntervalSince1970.rounded(.down))
        let referenceWall = resolver.wallSeconds(at: referenceSecond)
        // Candidates are local wall minutes from the minute after the reference's wall clock on.
        let startWall = Self.floorDivide(referenceWall, 60) * 60 + 60
        let startDay = Int(Self.floorDivide(startWall, 86_400))
        let startSecondOfDay = Int(startWall - Int64(startDay) * 86_400)
        var date = CivilDate(daysSinceEpoch: startDay)
        var firstHour = startSecondOfDay / 3600
        var firstMinute = (startSecondOfDay % 3600) / 60
        var day = startDay
        while day - startDay <= Self.searchHorizonDays {
            if !CronExpression.has(expression.monthBits, date.month) {
                // Jump to the first day of the next month.
                day += date.daysInMonth - date.day + 1
                date = CivilDate(daysSinceEpoch: day)
                firstHour = 0
                firstMinute = 0
                continue
            }
            if expression.matchesDay(dayOfMonth: date.day, weekday: date.weekday) {
                var hour = Self.nextValue(in: expression.hourBits, from: firstHour)
                var minuteFloor = hour == firstHour ? firstMinute : 0
                while let currentHour = hour {
                    var minute = Self.nextValue(in: expression.minuteBits, from: minuteFloor)
                    while let currentMinute = minute {
                        let wall = Int64(day) * 86_400 + Int64(currentHour * 3600 + currentMinute * 60)
                        let instant = resolver.instant(forWall: wall)
                        // Not after the reference only when the wall time repeats (fall-back) and
                        // its first occurrence has passed: it fired then, so it does not again.
                        if instant > referenceSecond {
                            return Date(timeIntervalSince1970: Double(instant))
                        }
                        minute = Self.nextValue(in: expression.minuteBits, from: currentMinute + 1)
                    }
                    hour = Self.nextValue(in: expression.hourBits, from: currentHour + 1)
                    minuteFloor = 0
                }
            }
            day += 1
            date = CivilDate(daysSinceEpoch: day)
            firstHour = 0
            firstMinute = 0
        }
        return nil
    }

    /// The next `count` fire times after `reference`, in order (fewer if the schedule ends).
    public func nextFires(after reference: Date, count: Int) -> [Date] {
        var fires: [Date] = []
        var cursor = reference
        while fires.count < count, let next = nextFire(after: cursor) {
            fires.append(next)
            cursor = next
        }
        return fires
    }

    /// The first and the last fire times in `(lower, upper]`, or nil when none falls there.
    ///
    /// Finds the last one without walking every fire in between, so a scheduler down for a year
    /// with an every-minute job costs a few searches, not half a million.
    public func fires(after lower: Date, through upper: Date) -> (first: Date, last: Date)? {
        guard let first = nextFire(after: lower), first <= upper else { return nil }
        var last = first
        // Probe windows ending at `upper`, widest last, and walk forward inside the first one
        // that holds a fire, whose narrower neighbour held none.
        for window: TimeInterval in [60, 3600, 86_400, 32 * 86_400, 367 * 86_400] {
            let probeStart = max(lower, upper.addingTimeInterval(-window))
            if let probe = nextFire(after: probeStart), probe <= upper {
                last = probe
                while let next = nextFire(after: last), next <= upper { last = next }
                return (first, last)
            }
        }
        // Nothing in the last year: the fires are years apart, so walking from the first is short.
        while let next = nextFire(after: last), next <= upper { last = next }
        return (first, last)
    }

    static func nextValue(in bits: UInt64, from start: Int) -> Int? {
        guard start < 64 else { return nil }
        let remaining = bits & ~((UInt64(1) << UInt64(start)) &- 1)
        return remaining == 0 ? nil : remaining.trailingZeroBitCount
    }

    static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
