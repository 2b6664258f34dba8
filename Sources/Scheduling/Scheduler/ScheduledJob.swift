/// A job the scheduler fires: its name (the key of its state in the store), when, and what to do
/// about missed fire times.
public struct ScheduledJob: Hashable, Sendable {
    /// The job's name, unique among the scheduler's jobs; the launcher receives it.
    public let name: String
    /// When the job fires.
    public let schedule: CronSchedule
    /// What happens to fire times missed while the scheduler was down.
    public let catchUp: CatchUpPolicy

    /// A job firing on `schedule`, catching up missed fire times by `catchUp` (default `once`).
    public init(name: String, schedule: CronSchedule, catchUp: CatchUpPolicy = .default) {
        self.name = name
        self.schedule = schedule
        self.catchUp = catchUp
    }

    /// A job as a job file writes it: `schedule:` (cron or macro), `timezone:` (IANA name, default
    /// Asia/Jakarta) and `catch_up:` (`once`, the default, or `skip`), with errors that say what
    /// to write instead.
    public init(name: String, schedule: String, timeZone: String? = nil, catchUp: String? = nil) throws(ScheduleError) {
        self.init(
            name: name, schedule: try CronSchedule(schedule, timeZoneIdentifier: timeZone),
            catchUp: try catchUp.map { name throws(ScheduleError) in try CatchUpPolicy(parsing: name) } ?? .default
        )
    }
}
