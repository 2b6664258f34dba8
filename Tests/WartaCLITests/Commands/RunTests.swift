import Foundation
import Testing
import WartaTestSupport

/// `warta run`, `status`, `retry`, `log` on real job files, a real store and a loopback provider.
@Suite(.serialized) struct RunTests {
    @Test func theDemoJobWritesABilingualDigestOffline() throws {
        let workspace = try JobWorkspace()
        let samples = SharedData.repositoryRoot.appendingPathComponent("Jobs/samples").path
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try workspace.writeJob(provider: "local", sources: "  - directory: \(samples)")
        let outcome = try workspace.warta(["run", "job.yml"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let files = workspace.outputFiles()
        #expect(files.contains("digest.html") && files.contains("digest.md") && files.contains("articles.jsonl"))
        for name in ["banjir-sungai-kerinci", "tarif-integrasi-bus-sambara", "bulu-tangkis-sambara-masters"] {
            for format in ["md", "json", "html"] { #expect(files.contains("\(name).\(format)"), "\(name).\(format)") }
        }
        let digest = try String(contentsOf: workspace.outputURL.appendingPathComponent("digest.md"), encoding: .utf8)
        #expect(digest.contains("Sungai Kerinci"))
        #expect(digest.contains("EN:"))
        #expect(outcome.standardError.contains("finished"))
        #expect(outcome.standardError.contains("digest: "))
    }

    @Test func runningTheSameInputAgainCostsNoRequest() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(1))
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.writeGeneratedArticles(5)
        try workspace.writeJob()
        let first = try workspace.warta(["run", "job.yml"])
        #expect(first.status == 0, "\(first.standardError)")
        let requests = server.server.requestCount
        #expect(requests > 0)
        let second = try workspace.warta(["run", "job.yml"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(server.server.requestCount == requests)
        let third = try workspace.warta(["run", "job.yml", "--no-cache"])
        #expect(third.status == 0)
        #expect(server.server.requestCount > requests)
    }

    @Test func aDryRunSendsNothingAndWritesNothing() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer()
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.writeGeneratedArticles(3)
        try workspace.writeJob()
        let outcome = try workspace.warta(["run", "job.yml", "--dry-run"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("articles: 3"))
        #expect(outcome.standardOutput.contains("fake"))
        #expect(outcome.standardOutput.contains("characters"))
        #expect(server.server.requestCount == 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.outputURL.path))
    }

    @Test func badArticlesFailClearlyWhileTheOthersComplete() throws {
        let workspace = try JobWorkspace()
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("in"), withIntermediateDirectories: true)
        try workspace.folder.write("in/good.txt", ArticleGenerator.article(1).text)
        try workspace.folder.write("in/empty.txt", "   \n")
        try workspace.folder.write("in/binary.txt", Data([0x00, 0x01, 0x02, 0xff, 0x00, 0x10] + Array(repeating: 0, count: 64)))
        try workspace.folder.write("in/huge.txt", String(repeating: "Warga berkumpul di balai desa. ", count: 600_000))
        try workspace.writeJob(provider: "local", sources: "  - directory: in", retries: 0)
        let outcome = try workspace.warta(["run", "job.yml"])
        #expect(outcome.status == 1)
        let files = workspace.outputFiles()
        #expect(files.contains("good.md") && files.contains("good.html"))
        let status = try workspace.warta(["status", "test-job"])
        #expect(status.standardOutput.contains("done 1"))
        #expect(status.standardOutput.contains("dead 3"))
        #expect(status.standardOutput.contains("empty.txt: the input is empty"))
        #expect(status.standardOutput.contains("binary.txt: this looks like binary data"))
        #expect(status.standardOutput.contains("huge.txt"))
    }

    @Test func aBadJobFileIsAClearErrorNamingFileLineAndField() throws {
        let workspace = try JobWorkspace()
        try workspace.folder.write("providers.yml", "providers: {}\n")
        try workspace.folder.write("job.yml", "name: x\nsources:\n  - files: missing/*.txt\noutput: { dir: out, colour: blue }\nconcurrency: lots\n")
        let outcome = try workspace.warta(["run", "job.yml"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("job.yml:3: field 'sources[1].files': 'missing/*.txt' matches no file"))
        #expect(outcome.standardError.contains("job.yml:4: field 'output.colour': unknown field"))
        #expect(outcome.standardError.contains("job.yml:5: field 'concurrency': expected a whole number"))
    }

    @Test func statusRetryAndLogTellWhatHappened() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(1))
        try workspace.folder.write("providers.yml", server.providersFile)
        try workspace.writeGeneratedArticles(3)
        try workspace.writeJob(retries: 0)
        server.fail(for: 3_600)
        let failed = try workspace.warta(["run", "job.yml", "--retry-delay", "0.01"])
        #expect(failed.status == 1)
        let status = try workspace.warta(["status", "test-job"])
        #expect(status.standardOutput.contains("dead 3"), "\(status.standardOutput)")
        #expect(status.standardOutput.contains("not translated"))

        server.fail(for: 0)
        let retry = try workspace.warta(["retry", "test-job", "--dead"])
        #expect(retry.standardOutput.contains("requeued 3 articles"), "\(retry.standardOutput)\(retry.standardError)")
        let resumed = try workspace.warta(["run", "job.yml"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(try workspace.warta(["status", "test-job"]).standardOutput.contains("done 3"))

        let log = try workspace.warta(["log", "test-job"])
        #expect(log.standardOutput.contains("fake"))
        #expect(log.standardOutput.contains(" 500 "))
        #expect(log.standardOutput.contains(" 200 "))
        #expect(log.standardOutput.contains("chars"))
    }
}

/// Stopping a run with SIGTERM and resuming it.
@Suite(.serialized) struct RunStopTests {
    @Test func sigtermStopsGracefullyAndTheNextRunResumesWithoutRepeatingWork() throws {
        let workspace = try JobWorkspace()
        let server = FakeTranslationServer(latency: .milliseconds(60))
        try workspace.folder.write("providers.yml", server.providersFile)
        // 120 articles at 60 ms and concurrency 2 take over 3 s: the signal lands mid-run.
        try workspace.writeGeneratedArticles(120)
        try workspace.writeJob(concurrency: 2)
        let runner = try workspace.startRun()
        Thread.sleep(forTimeInterval: 1.0)
        runner.kill(SIGTERM)
        let status = runner.wait()
        #expect(status == 130)
        let interrupted = try workspace.warta(["status", "test-job"]).standardOutput
        #expect(interrupted.contains("interrupted"), "\(interrupted)")
        #expect(interrupted.contains("running 0"), "a graceful stop leaves no task held: \(interrupted)")
        let resumed = try workspace.warta(["run", "job.yml"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardError.contains("resumed"))
        #expect(server.repeated.isEmpty, "\(server.repeated.count) texts asked twice")
        #expect(try workspace.warta(["status", "test-job"]).standardOutput.contains("done 120"))
    }
}
