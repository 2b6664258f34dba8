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
        var path = emptyPath(name)
        for _ in 0..<rounds { measureRound(work, into: &path) }
        return path
    }

    /// A path named `name` with nothing timed yet.
    func emptyPath(_ name: String) -> TimedPath {
        TimedPath(name: name, articlesPerRound: articleCount, bytesPerRound: bytesPerRound)
    }

    /// Runs `work` once on every article and adds the timings to `path`.
    mutating func measureRound(_ work: (Int) -> Int, into path: inout TimedPath) {
        let clock = ContinuousClock()
        path.articleNanoseconds.reserveCapacity(path.articleNanoseconds.count + articleCount)
        var sum = 0
        let cpuStart = ThreadCPUClock.nanoseconds()
        let roundStart = clock.now
        // One clock reading per article: each article ends where the next begins.
        var previous = clock.now
        for index in 0..<articleCount {
            sum &+= work(index)
            let now = clock.now
            path.articleNanoseconds.append(Self.nanoseconds(now - previous))
            previous = now
        }
        path.roundNanoseconds.append(Self.nanoseconds(previous - roundStart))
        path.cpuNanoseconds += ThreadCPUClock.nanoseconds() - cpuStart
        checksum &+= sum
    }

    /// `duration` in whole nanoseconds.
    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
