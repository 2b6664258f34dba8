import Foundation
import Testing
import WartaTestSupport

/// `warta schedule` over a directory of job files.
@Suite(.serialized) struct ScheduleTests {
    static func jobsDirectory(_ workspace: JobWorkspace, schedule: String) throws {
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("jobs"), withIntermediateDirectories: true)
        try workspace.writeGeneratedArticles(2)
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try workspace.folder.write("jobs/minutely.yml", """
            name: minutely
            schedule: "\(schedule)"
            timezone: Europe/Berlin
            sources: [{ jsonl: ../articles.jsonl }]
            translate: { provider: local }
            output: { dir: ../out }
            """)
        try workspace.folder.write("jobs/unscheduled.yml", "name: once\nsources: [{ jsonl: ../articles.jsonl }]\noutput: { dir: ../out-once }\n")
    }

    @Test func listsTheNextFiveFireTimesInTheJobsZoneAndInUTC() throws {
        let workspace = try JobWorkspace()
        try Self.jobsDirectory(workspace, schedule: "30 6 * * 1-5")
        let outcome = try workspace.warta(["schedule", "--jobs", "jobs", "--list"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first?.contains("minutely") == true)
        #expect(lines.filter { $0.contains("UTC") && $0.contains("06:30") }.count == 5)
        #expect(!lines.contains { $0.hasPrefix("once") }, "the job without a schedule is not listed")
    }

    @Test func onceRunsWhatIsDueAndASecondPassInTheSameMinuteDoesNotFireAgain() throws {
        let workspace = try JobWorkspace()
        try Self.jobsDirectory(workspace, schedule: "* * * * *")
        let start = Date()
        let first = try workspace.warta(["schedule", "--jobs", "jobs", "--once"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(workspace.outputFiles().contains("digest.md"), "\(first.standardError)")
        let second = try workspace.warta(["schedule", "--jobs", "jobs", "--once"])
        let end = Date()
        let runs = try workspace.warta(["status", "minutely"]).standardOutput.split(separator: "\n").filter { $0.hasPrefix("minutely  run") }
        let sameMinute = Int(start.timeIntervalSince1970 / 60) == Int(end.timeIntervalSince1970 / 60)
        // Within one minute the job fires once; across a minute's turn, once per minute.
        #expect(runs.count == (sameMinute ? 1 : 2), "\(second.standardError)")
    }

    @Test func anInvalidScheduleIsAnErrorPointingAtTheField() throws {
        let workspace = try JobWorkspace()
        try Self.jobsDirectory(workspace, schedule: "0 25 * * *")
        let outcome = try workspace.warta(["schedule", "--jobs", "jobs", "--list"])
        #expect(outcome.standardError.contains("minutely.yml:2: field 'schedule'"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("hour"))
    }
}
