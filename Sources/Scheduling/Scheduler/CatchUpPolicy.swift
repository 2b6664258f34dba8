/// What a job does about fire times missed while no scheduler was running (or while its previous
/// run was still going).
public enum CatchUpPolicy: String, CaseIterable, Sendable {
    /// Missed fire times are dropped; the job waits for its next fire time.
    case skip
    /// All missed fire times together run the job once, as soon as the scheduler can.
    case once

    /// The policy when a job names none.
    public static let `default` = CatchUpPolicy.once

    /// Reads a policy name as written in a job file ("skip" or "once", any case).
    public init(parsing name: String) throws(ScheduleError) {
        guard let policy = CatchUpPolicy(rawValue: name.trimmingASCIISpaces().lowercased()) else {
            throw .unknownCatchUpPolicy(name)
        }
        self = policy
    }
}
