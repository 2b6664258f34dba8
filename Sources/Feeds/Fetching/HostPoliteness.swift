/// Spaces requests to one host at least `delay` apart, however many tasks fetch from it;
/// requests to different hosts do not wait for each other.
public actor HostPoliteness {
    /// The least time between two requests to one host.
    public let delay: Duration
    private let clock: any PolitenessClock
    /// When the latest request to each host was allowed to start.
    private var lastStart: [String: Duration] = [:]

    /// Creates a gate that waits on `clock`.
    public init(delay: Duration, clock: any PolitenessClock = ContinuousPolitenessClock()) {
        self.delay = delay
        self.clock = clock
    }

    /// Waits until a request to `host` may start, and counts it as started then.
    public func waitForTurn(host: String) async throws {
        let key = host.lowercased()
        let now = clock.now()
        let start = lastStart[key].map { max(now, $0 + delay) } ?? now
        // Reserved before sleeping, so that a task arriving meanwhile queues behind this one.
        lastStart[key] = start
        if start > now {
            try await clock.sleep(for: start - now)
        }
    }
}
