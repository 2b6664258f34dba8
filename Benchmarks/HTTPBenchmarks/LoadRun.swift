import Foundation
import HTTP
import Synchronization

/// The figures of one client sending one load.
struct LoadResult {
    /// Who sent the load: "warta" or "curl".
    var client: String
    /// Requests sent.
    var requests: Int
    /// Requests in flight at once.
    var concurrency: Int
    /// The server's latency for these requests.
    var latency: Duration
    /// Wall time, in seconds.
    var wallSeconds: Double
    /// CPU time the client used, in seconds.
    var cpuSeconds: Double
    /// The client process's peak resident memory so far, in MiB (NaN when unknown).
    var peakMebibytes: Double

    /// Requests per second.
    var requestsPerSecond: Double { Double(requests) / wallSeconds }
    /// The best possible wall time: requests × latency ÷ concurrency.
    var idealSeconds: Double {
        let (seconds, attoseconds) = latency.components
        return Double(requests) * (Double(seconds) + Double(attoseconds) / 1e18) / Double(concurrency)
    }
}

/// Runs loads with Warta's client and with the curl CLI.
enum LoadRun {
    /// Sends `requests` GETs of `url` with `client`, `concurrency` at a time.
    static func warta(client: HTTPClient, url: URL, requests: Int, concurrency: Int, latency: Duration) async throws(BenchmarkFailure) -> LoadResult {
        let request = HTTPRequest(url: url)
        let issued = Counter()
        let failures = FailureRecord()
        let before = ResourceUsage.current()
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(concurrency, requests) {
                group.addTask {
                    while issued.next() < requests {
                        do {
                            let response = try await client.send(request)
                            if response.status != 200 { throw HTTPError.transferFailed(host: "", reason: "status \(response.status)") }
                        } catch {
                            failures.record(error)
                        }
                    }
                }
            }
        }
        let elapsed = ContinuousClock.now - start
        let after = ResourceUsage.current()
        if let (failed, sample) = failures.summary {
            throw .requestsFailed(client: "warta", failed: failed, sample: sample)
        }
        return LoadResult(
            client: "warta", requests: requests, concurrency: concurrency, latency: latency,
            wallSeconds: seconds(elapsed), cpuSeconds: after.cpuSeconds - before.cpuSeconds,
            peakMebibytes: after.peakMebibytes
        )
    }

    /// Sends the same load with `curl --parallel`, URLs numbered by curl's globbing.
    static func curl(baseURL: String, path: String, requests: Int, concurrency: Int, latency: Duration) throws(BenchmarkFailure) -> LoadResult {
        let arguments = [
            "curl", "--silent", "--show-error", "--no-progress-meter", "--fail",
            "--parallel", "--parallel-immediate", "--parallel-max", "\(concurrency)",
            "--output", "/dev/null", "\(baseURL)\(path)/[1-\(requests)]",
        ]
        let start = ContinuousClock.now
        let child = try ChildProcess.start(arguments, capturesOutput: false)
        let (status, usage) = child.wait()
        let elapsed = ContinuousClock.now - start
        guard status == 0 else {
            throw .requestsFailed(client: "curl", failed: -1, sample: "curl exited with status \(status)")
        }
        return LoadResult(
            client: "curl", requests: requests, concurrency: concurrency, latency: latency,
            wallSeconds: seconds(elapsed), cpuSeconds: usage.cpuSeconds,
            // A posix_spawn child's ru_maxrss counts the parent's pages it ran in before exec,
            // so curl's own peak is not known.
            peakMebibytes: .nan
        )
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

/// A counter shared by the load's tasks.
final class Counter: Sendable {
    private let count = Atomic<Int>(0)

    /// Returns the current value and adds one.
    func next() -> Int {
        count.wrappingAdd(1, ordering: .relaxed).oldValue
    }

    /// The current value.
    var value: Int { count.load(ordering: .relaxed) }
}

/// The failed requests of a load: how many, and the first one's error.
final class FailureRecord: Sendable {
    private let state = Mutex<(count: Int, first: String?)>((0, nil))

    /// Counts `error`, keeping its description if it is the first.
    func record(_ error: any Error) {
        state.withLock { state in
            state.count += 1
            if state.first == nil { state.first = "\(error)" }
        }
    }

    /// The count and first error, nil when nothing failed.
    var summary: (count: Int, sample: String)? {
        state.withLock { $0.count == 0 ? nil : ($0.count, $0.first ?? "") }
    }
}
