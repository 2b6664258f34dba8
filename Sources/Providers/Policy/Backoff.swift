/// Exponential backoff with full jitter.
///
/// The n-th retry (counting from 0) waits a duration drawn uniformly from
/// `0 ..< min(cap, base × 2ⁿ)`. Drawing the whole wait at random, rather than adding a little
/// noise to a fixed wait, spreads workers that failed together across the window, so they do
/// not come back together.
struct Backoff: Sendable {
    let base: Duration
    let cap: Duration

    init(base: Duration, cap: Duration) {
        self.base = max(.zero, base)
        self.cap = max(self.base, cap)
    }

    /// The upper bound of the wait before retry number `retry` (0 for the first retry).
    func ceiling(forRetry retry: Int) -> Duration {
        var ceiling = base
        // Doubling stops at the cap, so large retry numbers cannot overflow.
        for _ in 0..<max(0, retry) where ceiling < cap {
            ceiling = ceiling * 2
        }
        return min(ceiling, cap)
    }

    /// The wait before retry number `retry`, drawn with `random`.
    func delay(forRetry retry: Int, using random: inout some RandomNumberGenerator) -> Duration {
        // 53 random bits give a fraction in [0, 1) with every value exactly representable.
        let fraction = Double(random.next() >> 11) * 0x1p-53
        return ceiling(forRetry: retry) * fraction
    }
}
