import Foundation

/// Prints the benchmark's table and the checks against its targets.
struct BenchmarkReport {
    private var results: [LoadResult] = []

    /// The column titles.
    static let header = row(["latency", "conc", "client", "requests", "wall s", "req/s", "ideal s", "ratio", "CPU s/1k", "peak MiB"])

    /// Column widths; the first and third columns are left-aligned.
    private static let widths = [8, 5, 6, 9, 9, 9, 8, 7, 9, 9]

    /// One line of the table.
    private static func row(_ cells: [String]) -> String {
        zip(cells, widths).enumerated().map { index, column in
            let (cell, width) = column
            let padding = String(repeating: " ", count: max(0, width - cell.count))
            return index == 0 || index == 2 ? cell + padding : padding + cell
        }.joined(separator: " ")
    }

    /// Adds `result` and prints its row.
    mutating func add(_ result: LoadResult) {
        results.append(result)
        let ideal = result.idealSeconds
        print(BenchmarkReport.row([
            "\(milliseconds(result.latency)) ms", "\(result.concurrency)", result.client, "\(result.requests)",
            String(format: "%.3f", result.wallSeconds), String(format: "%.0f", result.requestsPerSecond),
            ideal > 0 ? String(format: "%.3f", ideal) : "-",
            ideal > 0 ? String(format: "%.3f", result.wallSeconds / ideal) : "-",
            String(format: "%.3f", result.cpuSeconds / Double(result.requests) * 1000),
            result.peakMebibytes.isNaN ? "-" : String(format: "%.1f", result.peakMebibytes),
        ]))
        fflush(nil)
    }

    /// Prints how the figures compare with the targets.
    func printSummary() {
        print("\nTargets:")
        for warta in results where warta.client == "warta" && warta.latency == .zero {
            guard let curl = results.first(where: {
                $0.client == "curl" && $0.latency == .zero && $0.concurrency == warta.concurrency
            }) else { continue }
            let ratio = warta.requestsPerSecond / curl.requestsPerSecond
            print("  zero latency, concurrency \(warta.concurrency): warta/curl requests/s = "
                + String(format: "%.2f", ratio) + " (target >= 0.90) " + (ratio >= 0.9 ? "ok" : "MISSED"))
        }
        for warta in results where warta.client == "warta" && warta.latency > .zero && warta.concurrency == 64 {
            let ratio = warta.wallSeconds / warta.idealSeconds
            print("  \(milliseconds(warta.latency)) ms latency, concurrency 64: wall/ideal = "
                + String(format: "%.3f", ratio) + " (target <= 1.10) " + (ratio <= 1.10 ? "ok" : "MISSED"))
        }
        let wartaRuns = results.filter { $0.client == "warta" }
        if let first = wartaRuns.first, let last = wartaRuns.last {
            print("  warta peak memory: " + String(format: "%.1f", first.peakMebibytes)
                + " MiB after the first run, " + String(format: "%.1f", last.peakMebibytes)
                + " MiB after all \(wartaRuns.reduce(0) { $0 + $1.requests }) requests")
        }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
