import Foundation
import Synchronization

/// A clock the test moves by hand, to expire leases and bring retries due without waiting.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = Mutex(start)
    }

    var now: Date { current.withLock { $0 } }

    func advance(by duration: Duration) {
        let parts = duration.components
        current.withLock { $0 += Double(parts.seconds) + Double(parts.attoseconds) / 1e18 }
    }

    /// The clock as the store takes it.
    var source: @Sendable () -> Date { { self.now } }
}
