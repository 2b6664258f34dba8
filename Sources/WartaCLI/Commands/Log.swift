import ArgumentParser
import Foundation
import Queue
import Storage

/// `warta log [JOB]`: every provider request of a run.
struct Log: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every provider request of a job's latest run (or of --run N): time, provider, model, status, latency, usage, cost.",
        discussion: "Keys are never logged; bodies only when the run kept them (`warta run --log-bodies`).\n\nExamples:\n  warta log demo\n  warta log --run 3 --bodies"
    )

    @Argument(help: ArgumentHelp("The job's name; the latest run of any job when left out.", valueName: "job"))
    var job: String?

    @Option(help: ArgumentHelp("A run's number instead of the latest.", valueName: "n"))
    var run: Int64?

    @Flag(help: "Print request and reply bodies, when the run kept them.")
    var bodies = false

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let store = try SQLiteTaskStore(database: StoreDatabase.open(at: project.storePath))
        let runID: RunID
        if let run {
            runID = RunID(run)
        } else if let latest = try await store.runs(job: job, limit: 1).first {
            runID = latest.id
        } else {
            print(job.map { "job '\($0)' has not run yet" } ?? "no job has run yet")
            return
        }
        let requests = try await store.requests(in: runID)
        print("run \(runID): \(requests.count) request\(requests.count == 1 ? "" : "s")")
        for request in requests {
            var parts = [Status.time(request.time), request.provider, request.model ?? "-", request.httpStatus.map(String.init) ?? "-",
                         request.errorCategory ?? "ok", String(format: "%.0f ms", request.latencyMilliseconds)]
            if let input = request.inputTokens, let output = request.outputTokens { parts.append("\(input)+\(output) tokens") }
            if let characters = request.characters { parts.append("\(characters) chars") }
            if let cost = request.cost { parts.append(String(format: "cost %.5f", cost)) }
            if let task = request.taskID { parts.append("task \(task)") }
            print(parts.joined(separator: "  "))
            if bodies {
                if let body = request.requestBody { print("  request: \(body)") }
                if let body = request.responseBody { print("  reply: \(body)") }
            }
        }
    }
}
