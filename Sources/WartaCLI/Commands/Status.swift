import ArgumentParser
import Foundation
import Queue
import Storage

/// `warta status [JOB]`: runs, counts by state and the last errors.
struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a job's runs, its articles by state, and the last errors.",
        discussion: "Examples:\n  warta status\n  warta status demo"
    )

    @Argument(help: ArgumentHelp("The job's name (as in its file); all jobs when left out.", valueName: "job"))
    var job: String?

    @Option(help: ArgumentHelp("How many runs to show.", valueName: "n"))
    var runs: Int = 5

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        guard FileManager.default.fileExists(atPath: project.storePath) else {
            print("no store at \(project.storePath): nothing has run here yet")
            return
        }
        let store = try SQLiteTaskStore(database: StoreDatabase.open(at: project.storePath))
        let records = try await store.runs(job: job, limit: runs)
        if records.isEmpty {
            print(job.map { "job '\($0)' has not run yet" } ?? "no job has run yet")
            return
        }
        for record in records {
            let counts = try await store.counts(in: record.id)
            print("\(record.job)  run \(record.id)  \(record.state.rawValue)  started \(Self.time(record.startedAt))\(record.finishedAt.map { "  finished \(Self.time($0))" } ?? "")")
            print("  queued \(counts.queued)  running \(counts.running)  done \(counts.done)  failed \(counts.failed)  dead \(counts.dead)")
            for error in try await store.lastErrors(in: record.id, limit: 5) {
                print("  \(error.state.rawValue) after \(error.attempts) attempt\(error.attempts == 1 ? "" : "s"): \(error.message)")
            }
        }
    }

    static func time(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
