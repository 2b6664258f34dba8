/// Times a piece of work on every article, one article after the other on the calling
/// thread, keeping each article's duration.
struct PathTimer {
    /// How many articles a pass holds.
    var articleCount: Int
    /// The input UTF-8 bytes of one pass.
    var bytesPerRound: Int
    /// A running sum of what the work returned, printed at the end so that the
    /// optimizer cannot drop work whose result is otherwise unused.
    private(set) var checksum = 0

    /// Creates a timer for passes of `articleCount` articles totalling `bytesPerRound` bytes.
    init(articleCount: Int, bytesPerRound: Int) {
        self.articleCount = articleCount
        self.bytesPerRound = bytesPerRound
    }

    /// Runs `work` on article 0, 1, … of every pass, `rounds` times, and returns the
    /// timings. `work` returns any number derived from its result.
    mutating func measure(_ name: String, rounds: Int, _ work: (Int) -> Int) -> TimedPath {
        let clock = ContinuousClock()
        var samples: [Int64] = []
        samples.reserveCapacity(rounds * articleCount)
        var sum = 0
        for _ in 0..<rounds {
            // One clock reading per article: each article ends where the next begins.
            var previous = clock.now
            for index in 0..<articleCount {
                sum &+= work(index)
                let now = clock.now
                samples.append(Self.nanoseconds(now - previous))
                previous = now
            }
        }
        checksum &+= sum
        return TimedPath(
            name: name, rounds: rounds, articlesPerRound: articleCount,
            bytesPerRound: bytesPerRound, articleNanoseconds: samples
        )
    }

    /// `duration` in whole nanoseconds.
    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
