/// A token bucket refilled continuously, handing out start times instead of refusals.
///
/// The bucket holds `capacity` units and refills one unit every `interval`. Rather than count
/// units, it keeps the instant at which it will be full again (`fullAt`); the level at any
/// instant follows from that, exactly, in `Duration` arithmetic. Callers *reserve*: each one
/// is given the instant at which enough units are there for it, and the units are taken at
/// once, so callers are served in the order they reserve and never race for the same refill.
struct RateBucket: Sendable {
    /// The most units the bucket holds: one minute's worth.
    let capacity: Int
    /// The time one unit takes to refill.
    let interval: Duration
    /// The instant from which the bucket is full; in the past when it is full now.
    private var fullAt: ContinuousClock.Instant

    /// A full bucket of `perMinute` units refilling at `perMinute` a minute.
    init(perMinute: Int, now: ContinuousClock.Instant) {
        capacity = max(1, perMinute)
        interval = .seconds(60) / capacity
        fullAt = now
    }

    /// The units in the bucket at `instant`; negative while a request larger than the bucket is
    /// being paid off.
    func level(at instant: ContinuousClock.Instant) -> Double {
        let missing = max(.zero, fullAt - instant) / interval
        return Double(capacity) - missing
    }

    /// The earliest instant, not before `earliest`, at which a request of `cost` units may start.
    ///
    /// A request needs `cost` units in the bucket, or a full bucket when it costs more than the
    /// bucket holds.
    func startTime(cost: Int, notBefore earliest: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let needed = min(max(cost, 0), capacity)
        let ready = fullAt - interval * (capacity - needed)
        return max(earliest, ready)
    }

    /// Takes `cost` units at `start`, an instant `startTime(cost:notBefore:)` gave.
    mutating func take(cost: Int, at start: ContinuousClock.Instant) {
        fullAt = max(fullAt, start) + interval * max(cost, 0)
    }

    /// Adjusts the bucket at `now` once the true cost is known: gives back units taken but not
    /// used (`delta` negative) or takes the extra ones (`delta` positive).
    mutating func adjust(by delta: Int, now: ContinuousClock.Instant) {
        if delta > 0 {
            fullAt = max(fullAt, now) + interval * delta
        } else if delta < 0 {
            // Giving back never fills the bucket beyond full.
            fullAt = max(now, fullAt - interval * (-delta))
        }
    }
}
