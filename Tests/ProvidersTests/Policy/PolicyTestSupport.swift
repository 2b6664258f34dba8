import Providers
import Testing

/// A failure with the retry advice a test scripts, described like a provider's answer.
struct ScriptedFailure: RetryClassifiable, CustomStringConvertible {
    let retryAdvice: RetryAdvice
    var description = "HTTP 503 from the test provider"
}

/// A failure that says nothing about retrying.
struct PlainFailure: Error {}

/// Always returns the same number: 0 gives no backoff at all, `.max` the longest one.
struct FixedRandom: RandomNumberGenerator, Sendable {
    let value: UInt64
    mutating func next() -> UInt64 { value }
}

/// SplitMix64: a small seeded generator, so jittered waits are the same on every run.
struct SeededRandom: RandomNumberGenerator, Sendable {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Records when attempts start (as offsets of the test clock) and how many run at once.
actor AttemptLog {
    private(set) var starts: [Duration] = []
    private(set) var labels: [String] = []
    private(set) var inFlight = 0
    private(set) var largestInFlight = 0

    var count: Int { starts.count }

    /// Records an attempt starting at `offset`, labelled with the caller that made it.
    func begin(at offset: Duration, label: String = "") {
        starts.append(offset)
        labels.append(label)
        inFlight += 1
        largestInFlight = max(largestInFlight, inFlight)
    }

    /// Records an attempt ending.
    func end() { inFlight -= 1 }
}

/// Waits until `condition` holds, letting the tasks under test run; `false` if it never does.
///
/// The bound only keeps a broken implementation from hanging the suite; no test depends on how
/// long anything takes.
func eventually(_ condition: () async -> Bool) async -> Bool {
    for round in 0..<20_000 {
        if await condition() { return true }
        if round < 1_000 {
            await Task.yield()
        } else {
            try? await Task.sleep(for: .milliseconds(1))
        }
    }
    return await condition()
}


/// Counts calls, e.g. the attempts of one request.
actor Counter {
    private(set) var value = 0

    /// Counts one more call and returns the new count.
    @discardableResult
    func next() -> Int {
        value += 1
        return value
    }
}

extension Array where Element == Duration {
    /// The gaps between consecutive offsets.
    var gaps: [Duration] { zip(self, dropFirst()).map { $1 - $0 } }
}

/// Fails the test when `condition` never holds while the tasks under test run.
func waitUntil(
    sourceLocation: SourceLocation = #_sourceLocation, _ condition: () async -> Bool
) async throws {
    guard await eventually(condition) else {
        Issue.record("the awaited state was never reached", sourceLocation: sourceLocation)
        throw StateNotReached()
    }
}

/// Thrown by `waitUntil` so a test stops at the state it never reached.
struct StateNotReached: Error {}
