import ArgumentParser
import Foundation
import Pipeline
import Providers
import Publishing

/// `warta run Jobs/NAME.yml`: the main job.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a job: take its articles, summarize and translate each, write bilingual outputs and a digest.",
        discussion: """
            The job's articles are queued in the store; each is cleaned, summarized and \
            translated, and its outputs are written atomically. After a crash, Ctrl-C or a \
            provider outage, running the same job again resumes where it stopped: finished \
            articles are not redone, and translations already paid for come from the memory.

            Examples:
              warta run Jobs/demo.yml
              warta run Jobs/openai.yml --dry-run
              warta run Jobs/world-desk.yml --concurrency 32
            """
    )

    @Argument(help: ArgumentHelp("The job file.", valueName: "job.yml"))
    var jobFile: String

    @Flag(help: "Print the articles, requests and estimated cost; send nothing, write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Articles processed at once (overrides the job's concurrency).", valueName: "n"))
    var concurrency: Int?

    @Flag(help: "Ask the providers again instead of using remembered translations.")
    var noCache = false

    @Flag(help: "Keep provider request and reply bodies in the request log (`warta log --bodies`).")
    var logBodies = false

    @Option(help: ArgumentHelp("Seconds a claimed article stays reserved without a heartbeat.", valueName: "seconds"))
    var lease: Int = 60

    @Option(help: ArgumentHelp("Seconds to wait after an article's first failure (doubling, up to five minutes).", valueName: "seconds"))
    var retryDelay: Double = 2

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        if let concurrency, !(1...256).contains(concurrency) { throw ValidationError("--concurrency must be between 1 and 256.") }
        if lease < 1 { throw ValidationError("--lease must be at least 1 second.") }
    }

    func run() async throws {
        let job: JobDefinition
        do { job = try JobFile.load(path: jobFile) } catch {
            StandardError.print("\(error)")
            throw ExitCode(2)
        }
        let execution = JobExecution(
            job: job, storePath: project.storePath, providersPath: project.providers, promptsDirectory: project.prompts,
            concurrency: concurrency, useMemory: !noCache, logBodies: logBodies, leaseDuration: .seconds(lease),
            retryDelay: .milliseconds(Int64(retryDelay * 1000))
        )
        if dryRun {
            do {
                let report = try await execution.dryRun()
                for failure in report.sourceFailures { StandardError.print(failure) }
                print(DryRunText.lines(articles: report.articles, estimates: report.estimates).joined(separator: "\n"))
                if report.unreadable > 0 { print("unreadable: \(report.unreadable) (they would fail)") }
            } catch {
                StandardError.print("\(error)")
                throw ExitCode.failure
            }
            return
        }
        let stop = StopRequest()
        let signals = StopSignals(stop: stop)
        defer { signals.cancel() }
        let outcome: JobExecution.Outcome
        do {
            outcome = try await execution.run(stop: stop, progress: ProgressDisplay.automatic(label: job.name))
        } catch {
            StandardError.print("\(job.name): \(error)")
            throw ExitCode.failure
        }
        for failure in outcome.sourceFailures { StandardError.print("source: \(failure)") }
        for line in RunReportText.lines(job: job, outcome: outcome) { StandardError.print(line) }
        if outcome.report.outcome == .interrupted { throw ExitCode(130) }
        if outcome.report.dead > 0 || outcome.report.counts.failed > 0 { throw ExitCode.failure }
    }
}
