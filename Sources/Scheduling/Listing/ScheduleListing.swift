import Foundation

/// The text of `warta schedule --list`: each job's next fire times in its own zone and in UTC.
///
/// ```
/// morning-digest: 0 6 * * * in Asia/Jakarta (catch-up: once)
///   Tue 2026-12-01 06:00 +07:00  =  2026-11-30 23:00 UTC
/// ```
public enum ScheduleListing {
    /// Lines for every job in order: a heading, then up to `count` fire times after `reference`
    /// (or a line saying it never fires again).
    public static func lines(for jobs: [ScheduledJob], after reference: Date, count: Int = 5) -> [String] {
        var lines: [String] = []
        let utc = LocalTimeResolver(timeZone: TimeZone(identifier: "UTC")!)
        for job in jobs {
            let zone = job.schedule.timeZone
            lines.append("\(job.name): \(job.schedule.expression.source) in \(job.schedule.timeZoneName) (catch-up: \(job.catchUp.rawValue))")
            let fires = job.schedule.nextFires(after: reference, count: count)
            if fires.isEmpty { lines.append("  no fire time in the next eight years") }
            let local = LocalTimeResolver(timeZone: zone)
            for fire in fires {
                let instant = Int64(fire.timeIntervalSince1970)
                lines.append("  \(format(fire, in: local, showWeekday: true)) \(offsetText(local.offset(at: instant)))  =  \(format(fire, in: utc, showWeekday: false)) UTC")
            }
        }
        return lines
    }

    /// "Tue 2026-12-01 06:00" (or without the weekday) on the wall clock of `resolver`'s zone.
    static func format(_ date: Date, in resolver: LocalTimeResolver, showWeekday: Bool) -> String {
        let wall = resolver.wallSeconds(at: Int64(date.timeIntervalSince1970.rounded(.down)))
        let days = CronSchedule.floorDivide(wall, 86_400)
        let secondOfDay = Int(wall - days * 86_400)
        let civil = CivilDate(daysSinceEpoch: Int(days))
        let weekday = showWeekday ? weekdayNames[civil.weekday] + " " : ""
        return weekday + "\(civil.year)-\(twoDigits(civil.month))-\(twoDigits(civil.day)) \(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay % 3600 / 60))"
    }

    /// "+07:00", "-04:00", "+05:45".
    static func offsetText(_ seconds: Int64) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = Int(abs(seconds) / 60)
        return "\(sign)\(twoDigits(minutes / 60)):\(twoDigits(minutes % 60))"
    }

    private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
