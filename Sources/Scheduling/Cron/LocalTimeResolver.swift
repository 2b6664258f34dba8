import Foundation

/// Converts between instants and local wall-clock seconds in one time zone, choosing explicitly
/// what happens around DST changes instead of relying on the platform's lenient conversion.
///
/// Wall seconds count from 1970-01-01 00:00 local time as if that zone's clock never changed.
struct LocalTimeResolver: Sendable {
    let timeZone: TimeZone

    /// The zone's offset from UTC in seconds at `instant` (Unix seconds).
    func offset(at instant: Int64) -> Int64 {
        Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
    }

    /// The local wall-clock seconds shown at `instant`.
    func wallSeconds(at instant: Int64) -> Int64 {
        instant + offset(at: instant)
    }

    /// The instant a local wall time names: the first occurrence when the time repeats (fall-back),
    /// or the end of the gap — the moment clocks jump — when the time is skipped (spring-forward).
    func instant(forWall wall: Int64) -> Int64 {
        // The offsets in force a day either side bracket any single transition near `wall`.
        let before = offset(at: wall - 86_400)
        let after = offset(at: wall + 86_400)
        var earliest: Int64?
        for candidateOffset in before == after ? [before] : [before, after] {
            let instant = wall - candidateOffset
            if offset(at: instant) == candidateOffset, earliest.map({ instant < $0 }) ?? true {
                earliest = instant
            }
        }
        if let earliest { return earliest }
        guard after > before else { return wall - offset(at: wall) }
        // Skipped: find the first instant whose wall clock is past `wall`, which is the transition.
        var low = wall - after - 1  // still on the old offset: its wall clock is before `wall`
        var high = wall - before  // on the new offset: its wall clock is after `wall`
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if wallSeconds(at: middle) > wall { high = middle } else { low = middle }
        }
        return high
    }
}
