import Foundation
import Pipeline
import Queue

// Measures the queue's overhead per task and the runner's throughput against the ideal.
// Run: swift run -c release --scratch-path .build-queue PipelineBenchmarks [--tasks N] …

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

/// A processor that answers at once: what is left is the runner's and the queue's own cost.
struct ImmediateProcessor: TaskProcessor {
    func process(_ task: ClaimedTask) async throws -> String {
        #"{"key":"\#(task.key)","bullets":["satu","dua","tiga"]}"#
    }
}

/// A processor that waits like a provider answering after a fixed latency.
struct SleepingProcessor: TaskProcessor {
    let latency: Duration
    func process(_ task: ClaimedTask) async throws -> String {
        try await Task.sleep(for: latency)
        return #"{"key":"\#(task.key)"}"#
    }
}

func microseconds(_ duration: Duration, per count: Int) -> Double {
    let parts = duration.components
    let seconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    return seconds * 1e6 / Double(max(1, count))
}

func format(_ value: Double, _ decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f", value)
}

let clock = ContinuousClock()
let tasks = options.tasks
print("pipeline benchmarks: \(tasks) tasks, payload \(options.payloadBytes) B, store in a temporary directory (WAL, synchronous=NORMAL)")

// 1. The store alone: claim in batches of 32, complete one by one, on one worker.
do {
    let scratch = try ScratchStore("store")
    defer { scratch.remove() }
    let fillStart = clock.now
    let (store, run) = try await scratch.filledRun(tasks: tasks, payloadBytes: options.payloadBytes)
    let fill = clock.now - fillStart
    let start = clock.now
    let cpuStart = ProcessCPUClock.seconds()
    var claims = 0
    while true {
        let batch = try await store.claim(in: run, owner: "bench", limit: 32, leaseDuration: .seconds(60))
        if batch.isEmpty { break }
        claims += 1
        for task in batch {
            _ = try await store.complete(task.id, owner: "bench", result: #"{"key":"\#(task.key)"}"#)
        }
    }
    let elapsed = clock.now - start
    let cpu = (ProcessCPUClock.seconds() - cpuStart) * 1e6 / Double(tasks)
    print("store: enqueue \(format(microseconds(fill, per: tasks))) µs/task; claim (batches of 32) + complete \(format(microseconds(elapsed, per: tasks))) µs/task wall, \(format(cpu)) µs/task CPU, \(claims) claims")
}

// 2. The runner with a processor that answers at once: the queue overhead per task as a run sees it.
do {
    let scratch = try ScratchStore("runner-immediate")
    defer { scratch.remove() }
    let (store, run) = try await scratch.filledRun(tasks: tasks, payloadBytes: options.payloadBytes)
    let runner = JobRunner(
        store: store, processor: ImmediateProcessor(),
        configuration: RunnerConfiguration(concurrency: options.concurrency, claimBatchSize: 32))
    let start = clock.now
    let cpuStart = ProcessCPUClock.seconds()
    let report = try await runner.run(run)
    let elapsed = clock.now - start
    let cpu = (ProcessCPUClock.seconds() - cpuStart) * 1e6 / Double(tasks)
    print("runner, instant processor, concurrency \(options.concurrency): \(format(microseconds(elapsed, per: tasks))) µs/task wall, \(format(cpu)) µs/task CPU (\(report.done) done), RSS now \(format(ResidentMemory.currentMebibytes())) MiB")
}

// 3. The runner with a 20 ms processor at concurrency 64, against the ideal tasks × latency ÷ concurrency.
do {
    let scratch = try ScratchStore("runner-latency")
    defer { scratch.remove() }
    let (store, run) = try await scratch.filledRun(tasks: tasks, payloadBytes: options.payloadBytes)
    let latency = Duration.milliseconds(options.latencyMilliseconds)
    let runner = JobRunner(
        store: store, processor: SleepingProcessor(latency: latency),
        configuration: RunnerConfiguration(concurrency: options.concurrency, claimBatchSize: 32))
    let start = clock.now
    let report = try await runner.run(run)
    let elapsed = clock.now - start
    let seconds = microseconds(elapsed, per: 1) / 1e6
    let ideal = Double(tasks) * Double(options.latencyMilliseconds) / 1000 / Double(options.concurrency)
    let rate = Double(report.done) / seconds
    let idealRate = Double(tasks) / ideal
    let ratio = seconds / ideal
    var line = "runner, \(options.latencyMilliseconds) ms processor, concurrency \(options.concurrency): "
    line += "\(format(rate, 0)) articles/s, wall \(format(seconds, 2)) s vs ideal \(format(ideal, 2)) s "
    line += "(\(format(idealRate, 0))/s), wall/ideal \(format(ratio, 3))"
    print(line)
}

// 4. The same sleeps in a bare task group with no queue: what the machine itself allows.
do {
    let latency = Duration.milliseconds(options.latencyMilliseconds)
    let start = clock.now
    await withTaskGroup(of: Void.self) { group in
        var started = 0
        while started < min(options.concurrency, tasks) {
            group.addTask { try? await Task.sleep(for: latency) }
            started += 1
        }
        while await group.next() != nil {
            if started < tasks {
                group.addTask { try? await Task.sleep(for: latency) }
                started += 1
            }
        }
    }
    let seconds = microseconds(clock.now - start, per: 1) / 1e6
    let ideal = Double(tasks) * Double(options.latencyMilliseconds) / 1000 / Double(options.concurrency)
    print("baseline, bare task group of \(options.latencyMilliseconds) ms sleeps at \(options.concurrency): \(format(Double(tasks) / seconds, 0))/s, wall/ideal \(format(seconds / ideal, 3))")
}

print("peak RSS: \(format(ResidentMemory.peakMebibytes())) MiB")
