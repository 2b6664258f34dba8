import ArgumentParser
import Foundation
import Pipeline
import Scheduling
import Storage

/// `warta schedule`: run the scheduled jobs of a directory when they are due.
struct Schedule: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the jobs in Jobs/ that have a schedule, each when it is due.",
        discussion: """
            Sleeps until the next fire time, runs the due jobs through the same runner as \
            `warta run`, and never runs one job twice at once (a lock in the store, so a second \
            scheduler cannot double-fire). Fire times missed while no scheduler ran are run once \
            or skipped, as each job's catch_up says. SIGTERM or Ctrl-C stops it.

            Examples:
              warta schedule                 # long-running
              warta schedule --once          # run what is due and exit (cron, systemd timers)
              warta schedule --list          # next five fire times per job
            """
    )

    @Option(help: ArgumentHelp("The directory of job files.", valueName: "dir"))
    var jobs: String = "Jobs"

    @Flag(help: "Run what is due now and exit.")
    var once = false

    @Flag(help: "Print each job's next five fire times, in its zone and in UTC, and exit.")
    var list = false

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let definitions = try loadJobs()
        let scheduled = definitions.compactMap { job -> ScheduledJob? in
            guard let schedule = job.schedule else { return nil }
            return try? ScheduledJob(name: job.name, schedule: schedule.expression, timeZone: schedule.timeZone, catchUp: schedule.catchUp)
        }
        if scheduled.isEmpty {
            StandardError.print("no job in \(jobs)/ has a schedule: add `schedule: \"0 6 * * *\"` to one")
            throw ExitCode.failure
        }
        if list {
            for line in ScheduleListing.lines(for: scheduled, after: Date()) { print(line) }
            return
        }
        let byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let storePath = project.storePath
        let project = self.project
        let stop = StopRequest()
        let scheduler = try Scheduler(
            jobs: scheduled, store: ScheduleStore(database: StoreDatabase.open(at: storePath)),
            onEvent: { event in StandardError.print("schedule: \(event)") }
        ) { name, fireTime in
            guard let job = byName[name] else { return }
            let execution = JobExecution(job: job, storePath: storePath, providersPath: project.providers, promptsDirectory: project.prompts)
            let outcome = try await execution.run(stop: stop, progress: nil)
            for line in RunReportText.lines(job: job, outcome: outcome) { StandardError.print(line) }
        }
        if once {
            await scheduler.runDue()
            return
        }
        // SIGTERM and Ctrl-C stop the scheduler and let a job in progress finish gracefully.
        let signals = StopSignals(stop: stop, notice: "warta: stopping the scheduler; a job in progress finishes its in-flight articles\n")
        defer { signals.cancel() }
        let watcher = Task {
            while !stop.isRequested, !Task.isCancelled { try? await Task.sleep(for: .milliseconds(200)) }
            scheduler.stop()
        }
        defer { watcher.cancel() }
        await scheduler.run()
    }

    private func loadJobs() throws -> [JobDefinition] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: jobs)) ?? [])
            .filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && $0 != "providers.yml" }
            .sorted()
        var definitions: [JobDefinition] = []
        var failed = false
        for file in files {
            do {
                definitions.append(try JobFile.load(path: (jobs as NSString).appendingPathComponent(file)))
            } catch {
                StandardError.print("\(error)")
                failed = true
            }
        }
        if failed, definitions.isEmpty { throw ExitCode.failure }
        return definitions
    }
}
