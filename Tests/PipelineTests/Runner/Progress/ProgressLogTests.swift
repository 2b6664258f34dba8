import Pipeline
import Synchronization
import Testing

@Suite("ProgressLog")
struct ProgressLogTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func append(_ line: String) { lines.withLock { $0.append(line) } }
    }

    static let snapshot = ProgressSnapshot(
        total: 300, done: 120, failed: 2, dead: 1, inFlight: 8, doneByThisRunner: 120, elapsed: .seconds(60))

    @Test func writesNoLineBeforeTheIntervalHasPassedAndOneAtTheEnd() {
        let lines = Lines()
        let log = ProgressLog(label: "demo", interval: .seconds(3600), write: lines.append)
        for _ in 0..<50 { log.update(Self.snapshot) }
        #expect(lines.all.isEmpty)
        log.finish(Self.snapshot)
        #expect(lines.all == ["demo: 120/300 done, 2 failed, 1 dead, 2.0/s, ETA 1:30 in 1:00\n"])
    }

    @Test func writesALineEveryIntervalWhileTheRunGoesOn() async throws {
        let lines = Lines()
        let log = ProgressLog(label: "demo", interval: .milliseconds(20), write: lines.append)
        log.update(Self.snapshot)
        try await Task.sleep(for: .milliseconds(40))
        log.update(Self.snapshot)
        #expect(lines.all == ["demo: 120/300 done, 2 failed, 1 dead, 2.0/s, ETA 1:30\n"])
    }
}
