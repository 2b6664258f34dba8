import Foundation

/// A directory holding a job file, its articles, providers.yml and the store, removed at the end.
final class JobWorkspace {
    let folder: TemporaryFolder
    var url: URL { folder.url }
    var storePath: String { url.appendingPathComponent("warta.sqlite").path }
    var outputURL: URL { url.appendingPathComponent("out") }

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Writes `count` generated articles to `articles.jsonl`.
    func writeGeneratedArticles(_ count: Int, from first: Int = 0) throws {
        try folder.write("articles.jsonl", (first..<(first + count)).map(ArticleGenerator.jsonLine).joined(separator: "\n") + "\n")
    }

    /// Writes `job.yml` translating with `provider` (named in providers.yml), `retries` retries.
    func writeJob(provider: String = "fake", sources: String = "  - jsonl: articles.jsonl", formats: String = "[md, json, html]", retries: Int = 3, concurrency: Int = 4, parts: String = "[title, bullets, body]") throws {
        try folder.write("job.yml", """
            name: test-job
            sources:
            \(sources)
            translate:
              provider: \(provider)
              parts: \(parts)
            output:
              dir: out
              formats: \(formats)
            concurrency: \(concurrency)
            retries: \(retries)
            """)
    }

    /// Runs `warta` here with the workspace's store and providers.
    func warta(_ arguments: [String]) throws -> WartaProcess.Outcome {
        try WartaProcess.run(arguments + ["--store", storePath, "--providers", url.appendingPathComponent("providers.yml").path], in: url)
    }

    /// Starts `warta run job.yml` here, logging to `run.log`.
    func startRun(_ extra: [String] = []) throws -> RunningWarta {
        try RunningWarta(["run", "job.yml", "--store", storePath, "--providers", url.appendingPathComponent("providers.yml").path] + extra, in: url, log: url.appendingPathComponent("run.log"))
    }

    /// The files of the output directory, by name.
    func outputFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: outputURL.path)) ?? []).sorted()
    }
}
