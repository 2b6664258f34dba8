import Foundation
import Testing
import WartaTestSupport

/// The job runner under crashes, competition and outages, with real processes, a real store
/// and a loopback provider: nothing finished is lost or done twice.
@Suite(.serialized) struct RunReliabilityTests {
    /// The loopback provider's answer time in the kill test, in seconds.
    static let latency = 0.04

    /// Every article has exactly one complete set of outputs and no temporary file is left.
    static func expectCompleteOutputs(_ workspace: JobWorkspace, articles: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let files = workspace.outputFiles()
        let leftovers = files.filter { $0.hasPrefix(".") || $0.contains(".tmp") || $0.contains("~") }
        #expect(leftovers.isEmpty, "partial files: \(leftovers)", sourceLocation: sourceLocation)
        for index in 0..<articles {
            for format in ["md", "json", "html"] {
                #expect(files.contains("berita-\(index).\(format)"), "berita-\(index).\(format) missing", sourceLocation: sourceLocation)
            }
            let json = try Data(contentsOf: workspace.outputURL.appendingPathComponent("berita-\(index).json"))
            #expect((try? JSONSerialization.jsonObject(with: json)) != nil, "berita-\(index).json is not whole", sourceLocation: sourceLocation)
        }
        #expect(files.count == articles * 3 + 3, "expected one file per article and format plus the digest's three", sourceLocation: sourceLocation)
        let lines = try String(contentsOf: workspace.outputURL.appendingPathComponent("articles.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == articles, sourceLocation: sourceLocation)
    }

    @Test func killedNineTimesOverAndRestartedTheRunEndsWithEveryArticleOnceAndNoTextPaidTwice() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(Int64(Self.latency * 1000)))
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.writeGeneratedArticles(300)
        try workspace.writeJob(concurrency: 4)
        var kills: [Date] = []
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            let runner = try workspace.startRun(["--lease", "2"])
            Thread.sleep(forTimeInterval: Double.random(in: 0.3...1.2, using: &generator))
            if runner.isRunning {
                runner.kill()
                kills.append(Date())
            }
            runner.wait()
        }
        let last = try workspace.startRun(["--lease", "2"])
        let status = last.wait()
        let log = (try? String(contentsOf: workspace.url.appendingPathComponent("run.log"), encoding: .utf8)) ?? ""
        #expect(status == 0, "the final run failed:\n\(log.suffix(2_000))")
        #expect(kills.count >= 5, "the run finished too early for the kills to mean much (\(kills.count) kills)")
        try Self.expectCompleteOutputs(workspace, articles: 300)
        // A text may be asked again only if its first answer never reached a live process (the
        // kill came while the request was in flight; on a loaded machine the server may read
        // such a request late) or came just before the kill, between receiving the reply and
        // storing it: a kill must lie within half a second of that first answer.
        for repeat_ in server.repeated {
            let explained = kills.contains { abs($0.timeIntervalSince(repeat_.first)) < 0.5 }
            let times = server.answered.filter { $0.text == repeat_.text }.map { String(format: "%.3f", $0.answeredAt.timeIntervalSince1970) }
            #expect(explained, "'\(repeat_.text.prefix(60))' was answered at \(times) with no kill near its first answer (kills: \(kills.map { String(format: "%.3f", $0.timeIntervalSince1970) }))")
        }
    }

    @Test func twoRunnersOnOneStoreNeverProcessAnArticleTwice() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(20))
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.writeGeneratedArticles(120)
        try workspace.writeJob(concurrency: 4)
        let first = try workspace.startRun()
        let second = try workspace.startRun()
        let statuses = [first.wait(), second.wait()]
        let log = (try? String(contentsOf: workspace.url.appendingPathComponent("run.log"), encoding: .utf8)) ?? ""
        #expect(statuses == [0, 0], "\(log.suffix(2_000))")
        #expect(server.repeated.isEmpty, "\(server.repeated.count) texts were translated twice")
        try Self.expectCompleteOutputs(workspace, articles: 120)
        let status = try workspace.warta(["status", "test-job"])
        #expect(status.standardOutput.contains("done 120"), "\(status.standardOutput)")
    }

    @Test func aProviderDownForAMinuteDoesNotStopTheRun() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(5))
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.writeGeneratedArticles(20)
        try workspace.writeJob(retries: 8, concurrency: 4)
        server.fail(for: 60)
        let outcome = try workspace.warta(["run", "job.yml", "--retry-delay", "2"])
        #expect(outcome.status == 0, "\(outcome.standardError.suffix(2_000))")
        #expect(server.failures > 0)
        try Self.expectCompleteOutputs(workspace, articles: 20)
    }
}
