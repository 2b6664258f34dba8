import Foundation

/// Something the scheduler did, for the log: each event reads as one line.
public enum SchedulerEvent: Equatable, Sendable, CustomStringConvertible {
    /// A run started for `fireTime`; `missedSince` is the earliest of the fire times folded into
    /// it (policy `once`) or dropped before it (policy `skip`), when there were several.
    case started(job: String, fireTime: Date, missedSince: Date?, policy: CatchUpPolicy)
    /// The run for `fireTime` returned.
    case finished(job: String, fireTime: Date)
    /// The run for `fireTime` threw; the scheduler goes on.
    case failed(job: String, fireTime: Date, message: String)
    /// Missed fire times from `first` through `last` were dropped (policy `skip`).
    case skipped(job: String, first: Date, last: Date)
    /// A fire time is due but another scheduler holds the job's lock until `until`.
    case busy(job: String, owner: String, until: Date)
    /// The lock of a running job was taken over by another scheduler (ours had expired).
    case lockLost(job: String, fireTime: Date)
    /// The store could not be read or written; the job is tried again on the next wake-up.
    case storeFailed(job: String, message: String)

    /// The job the event is about.
    public var job: String {
        switch self {
        case let .started(job, _, _, _), let .finished(job, _), let .failed(job, _, _), let .skipped(job, _, _),
            let .busy(job, _, _), let .lockLost(job, _), let .storeFailed(job, _):
            job
        }
    }

    /// One log line, times in UTC.
    public var description: String {
        switch self {
        case let .started(job, fireTime, missedSince, policy):
            let extra = missedSince.map {
                policy == .once
                    ? " (once for the fire times missed since \(Self.utc($0)))"
                    : " (skipped the fire times missed since \(Self.utc($0)))"
            } ?? ""
            return "\(job): started for \(Self.utc(fireTime))\(extra)"
        case let .finished(job, fireTime):
            return "\(job): finished the run for \(Self.utc(fireTime))"
        case let .failed(job, fireTime, message):
            return "\(job): the run for \(Self.utc(fireTime)) failed: \(message)"
        case let .skipped(job, first, last):
            return first == last
                ? "\(job): skipped the missed fire time \(Self.utc(first)) (catch-up: skip)"
                : "\(job): skipped the missed fire times \(Self.utc(first)) to \(Self.utc(last)) (catch-up: skip)"
        case let .busy(job, owner, until):
            return "\(job): due, but running under scheduler \(owner) (lock until \(Self.utc(until))); waiting"
        case let .lockLost(job, fireTime):
            return "\(job): another scheduler took over the expired lock of the run for \(Self.utc(fireTime))"
        case let .storeFailed(job, message):
            return "\(job): the schedule store failed: \(message); trying again later"
        }
    }

    static func utc(_ date: Date) -> String {
        ScheduleListing.format(date, in: LocalTimeResolver(timeZone: TimeZone(identifier: "UTC")!), showWeekday: false) + " UTC"
    }
}
