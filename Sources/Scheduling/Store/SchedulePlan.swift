import Foundation

/// What to do about a job at one moment, decided from its handled-through time.
enum SchedulePlan: Equatable, Sendable {
    /// No fire time is due.
    case nothingDue
    /// The due fire times from `first` through `last` are dropped.
    case skip(first: Date, last: Date)
    /// Run once for `fireTime`, the latest due; `missedSince` is the earliest due fire time when
    /// earlier ones are folded into this run (or were dropped under `skip`).
    case run(fireTime: Date, missedSince: Date?)

    /// The plan for `job` at `now`, its fire times up to `handledThrough` being handled already.
    /// A fire time more than `tolerance` old counts as missed.
    static func make(for job: ScheduledJob, handledThrough: Date, now: Date, tolerance: TimeInterval) -> SchedulePlan {
        guard let due = job.schedule.fires(after: handledThrough, through: now) else { return .nothingDue }
        let missedSince = due.first < due.last ? due.first : nil
        switch job.catchUp {
        case .once:
            return .run(fireTime: due.last, missedSince: missedSince)
        case .skip:
            if now.timeIntervalSince(due.last) > tolerance { return .skip(first: due.first, last: due.last) }
            return .run(fireTime: due.last, missedSince: missedSince)
        }
    }
}
