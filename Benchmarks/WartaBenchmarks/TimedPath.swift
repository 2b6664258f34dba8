/// The timings of one path (the whole pipeline or one stage) over every article for
/// a number of rounds, and the figures drawn from them.
struct TimedPath {
    /// What was timed, as printed.
    var name: String
    /// How many articles one pass holds.
    var articlesPerRound: Int
    /// The input UTF-8 bytes of one pass.
    var bytesPerRound: Int
    /// The wall time each article took, in nanoseconds, over all rounds.
    var articleNanoseconds: [Int64] = []
    /// The wall time of each round, in nanoseconds.
    var roundNanoseconds: [Int64] = []
    /// The processor time the thread used over all rounds, in nanoseconds.
    var cpuNanoseconds: Int64 = 0

    /// How many passes over all articles were timed.
    var rounds: Int { roundNanoseconds.count }

    /// The total wall time of all rounds, in seconds.
    var totalSeconds: Double { Double(roundNanoseconds.reduce(0, +)) / 1e9 }

    /// Articles processed per second of wall time.
    var articlesPerSecond: Double { Double(rounds * articlesPerRound) / totalSeconds }

    /// Articles processed per second in the fastest round, the figure least disturbed
    /// by other processes.
    var bestRoundArticlesPerSecond: Double {
        Double(articlesPerRound) / (Double(roundNanoseconds.min() ?? 0) / 1e9)
    }

    /// Articles processed per second of the thread's processor time.
    var cpuArticlesPerSecond: Double { Double(rounds * articlesPerRound) / (Double(cpuNanoseconds) / 1e9) }

    /// Input megabytes (10^6 UTF-8 bytes) processed per second of wall time.
    var megabytesPerSecond: Double { Double(rounds * bytesPerRound) / 1e6 / totalSeconds }

    /// The mean wall time per article, in microseconds.
    var meanMicroseconds: Double { totalSeconds * 1e6 / Double(rounds * articlesPerRound) }

    /// The per-article time below which `fraction` of the articles fall (nearest rank),
    /// in microseconds; `sorted` is `articleNanoseconds` in increasing order.
    func percentileMicroseconds(_ fraction: Double, sorted: [Int64]) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1e3
    }
}
