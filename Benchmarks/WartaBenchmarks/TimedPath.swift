/// The timings of one path (the whole pipeline or one stage) over every article for
/// a number of rounds, and the figures drawn from them.
struct TimedPath {
    /// What was timed, as printed.
    var name: String
    /// How many passes over all articles were timed.
    var rounds: Int
    /// How many articles one pass holds.
    var articlesPerRound: Int
    /// The input UTF-8 bytes of one pass.
    var bytesPerRound: Int
    /// The time each article took, in nanoseconds, over all rounds.
    var articleNanoseconds: [Int64]

    /// The total time of all rounds, in seconds.
    var totalSeconds: Double { Double(articleNanoseconds.reduce(0, +)) / 1e9 }

    /// Articles processed per second.
    var articlesPerSecond: Double { Double(rounds * articlesPerRound) / totalSeconds }

    /// Input megabytes (10^6 UTF-8 bytes) processed per second.
    var megabytesPerSecond: Double { Double(rounds * bytesPerRound) / 1e6 / totalSeconds }

    /// The mean time per article, in microseconds.
    var meanMicroseconds: Double { totalSeconds * 1e6 / Double(articleNanoseconds.count) }

    /// The per-article time below which `fraction` of the articles fall (nearest rank),
    /// in microseconds.
    func percentileMicroseconds(_ fraction: Double, sorted: [Int64]) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1e3
    }
}
