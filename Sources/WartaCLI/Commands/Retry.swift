import ArgumentParser
import Queue
import Storage

/// `warta retry JOB`: put failed or dead articles back in the queue.
struct Retry: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Put a job's failed or dead articles back in the queue of its latest run, with fresh attempts.",
        discussion: "Then `warta run` the job again to process them.\n\nExamples:\n  warta retry demo --dead\n  warta retry demo --failed --dead"
    )

    @Argument(help: ArgumentHelp("The job's name.", valueName: "job"))
    var job: String

    @Flag(help: "Articles waiting for their next attempt (made due now).")
    var failed = false

    @Flag(help: "Articles that used up their attempts.")
    var dead = false

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let selection: RetrySelection = switch (failed, dead) {
        case (true, false): .failed
        case (false, true): .dead
        default: .failedAndDead
        }
        let store = try SQLiteTaskStore(database: StoreDatabase.open(at: project.storePath))
        let outcome = try await store.retry(job: job, selection)
        guard let run = outcome.run else {
            StandardError.print("job '\(job)' has not run on \(project.storePath); nothing to retry")
            throw ExitCode.failure
        }
        print("requeued \(outcome.requeued) article\(outcome.requeued == 1 ? "" : "s") in run \(run); run `warta run` on the job to process them")
    }
}
