import Foundation

/// The figures of one benchmark run, printed as a table.
struct BenchmarkReport {
    /// The articles' file.
    var dataPath: String
    /// How many articles one round holds.
    var articleCount: Int
    /// The input UTF-8 bytes of one round.
    var bytesPerRound: Int
    /// How many sentences the splitter found in all articles.
    var sentenceCount: Int
    /// How many rounds each path ran.
    var rounds: Int
    /// The whole path on normalized text.
    var whole: TimedPath
    /// The whole path with normalization inside the loop.
    var wholeWithNormalization: TimedPath
    /// Each stage timed alone.
    var stages: [TimedPath]
    /// How many articles the whole path refused, by reason.
    var failures: [String: Int]
    /// The peak resident memory once the inputs were loaded and prepared, in MiB.
    var memoryAfterLoading: Double
    /// The peak resident memory at the end, in MiB.
    var peakMemory: Double
    /// The sum of the work's results, printed so the work cannot be optimized away.
    var checksum: Int

    /// Prints the report on standard output.
    func print() {
        #if DEBUG
        Swift.print("WARNING: debug build; figures mean nothing. Build with -c release.")
        #endif
        let megabytes = Double(bytesPerRound) / 1e6
        Swift.print("Warta local path, one thread, ContinuousClock per article")
        Swift.print("data:     \(dataPath)")
        Swift.print("articles: \(articleCount) (\(format(megabytes, 2)) MB UTF-8, mean \(bytesPerRound / max(articleCount, 1)) B), \(sentenceCount) sentences")
        Swift.print("rounds:   \(rounds) per path (\(articleCount * rounds) articles each)")
        Swift.print("")
        let header = pad("path", 38) + pad("articles/s", 12, right: true) + pad("MB/s", 9, right: true)
            + pad("mean µs", 10, right: true) + pad("p50 µs", 10, right: true) + pad("p99 µs", 10, right: true)
            + pad("best rnd/s", 12, right: true) + pad("CPU art/s", 11, right: true) + pad("share", 7, right: true)
        Swift.print(header)
        Swift.print(String(repeating: "-", count: 119))
        for path in [whole, wholeWithNormalization] {
            Swift.print(row(path))
        }
        Swift.print("stages alone (inputs prepared up front):")
        for stage in stages {
            Swift.print(row(stage, indent: "  "))
        }
        let stageSum = stages.dropFirst().reduce(0) { $0 + $1.meanMicroseconds }
        Swift.print("  clean + split + summarize stages summed: \(format(stageSum, 1)) µs/article"
            + " (whole path: \(format(whole.meanMicroseconds, 1)) µs)")
        Swift.print("  (articles/s, MB/s: wall time over all rounds; best rnd/s: fastest round; CPU art/s: per second")
        Swift.print("   of the thread's processor time, which ignores waiting for a busy core; share: of the whole path)")
        Swift.print("")
        if failures.isEmpty {
            Swift.print("refused:  none")
        } else {
            for (reason, count) in failures.sorted(by: { $0.value > $1.value }) {
                Swift.print("refused:  \(count) article(s): \(reason)")
            }
        }
        Swift.print("memory:   peak RSS \(format(peakMemory, 1)) MiB (\(format(memoryAfterLoading, 1)) MiB after loading and preparing inputs)")
        Swift.print("checksum: \(checksum)")
    }

    /// One table row for `path`; its share is of the whole path's mean time.
    private func row(_ path: TimedPath, indent: String = "") -> String {
        let sorted = path.articleNanoseconds.sorted()
        let share = path.meanMicroseconds / whole.meanMicroseconds * 100
        return pad(indent + path.name, 38)
            + pad(grouped(path.articlesPerSecond), 12, right: true)
            + pad(format(path.megabytesPerSecond, 1), 9, right: true)
            + pad(format(path.meanMicroseconds, 1), 10, right: true)
            + pad(format(path.percentileMicroseconds(0.50, sorted: sorted), 1), 10, right: true)
            + pad(format(path.percentileMicroseconds(0.99, sorted: sorted), 1), 10, right: true)
            + pad(grouped(path.bestRoundArticlesPerSecond), 12, right: true)
            + pad(grouped(path.cpuArticlesPerSecond), 11, right: true)
            + pad(format(share, 0) + "%", 7, right: true)
    }

    /// `value` with `decimals` digits after the point.
    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// `value` rounded to a whole number, thousands separated by commas.
    private func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let digits = String(Int(value.rounded()))
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    /// `text` padded with spaces to `width` characters, on the left when `right`.
    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
