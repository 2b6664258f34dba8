import Foundation
@testable import Pipeline
import Testing
import Translation

/// Job files: what they say, resolved against their directory, and every mistake named with
/// the file, the line and the field.
@Suite struct JobFileTests {
    /// A temporary directory with a sample article and a glossary, removed afterwards.
    final class Workspace {
        let directory: URL
        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("warta-jobs-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("articles/deep"), withIntermediateDirectories: true)
            try "Jakarta - Pemerintah kota membuka taman baru.".write(to: directory.appendingPathComponent("articles/taman.txt"), atomically: true, encoding: .utf8)
            try "Bandung - Hujan deras turun sejak pagi.".write(to: directory.appendingPathComponent("articles/deep/hujan.md"), atomically: true, encoding: .utf8)
            try "taman\tpark\n".write(to: directory.appendingPathComponent("terms.tsv"), atomically: true, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: directory) }
        var jobPath: String { directory.appendingPathComponent("job.yml").path }
        func parse(_ yaml: String) throws(JobFileError) -> JobDefinition { try JobFile.parse(yaml, path: jobPath) }
        func problems(_ yaml: String) -> [JobFileError.Problem] {
            do {
                _ = try parse(yaml)
                return []
            } catch {
                return error.problems
            }
        }
    }

    @Test func readsEverySectionAndResolvesPathsAgainstTheJobFile() throws {
        let workspace = try Workspace()
        let job = try workspace.parse("""
            name: world-desk
            schedule: "0 6 * * 1-5"
            timezone: Europe/Berlin
            catch_up: skip
            sources:
              - files: articles/**/*.md
              - directory: articles
                recursive: true
              - feed: https://example.org/rss.xml
              - url: https://example.org/a/1
            summarize: { engine: extractive, bullets: 4 }
            translate:
              provider: [openai, local]
              prompt: translate
              glossary: terms.tsv
              parts: [title, bullets]
            output: { dir: out, formats: "md,html" }
            concurrency: 16
            retries: 1
            """)
        let base = workspace.directory.path
        #expect(job.name == "world-desk")
        #expect(job.schedule == ScheduleSettings(expression: "0 6 * * 1-5", timeZone: "Europe/Berlin", catchUp: "skip"))
        #expect(job.sources == [
            .files(pattern: base + "/articles/**/*.md"), .directory(path: base + "/articles", recursive: true),
            .feed(URL(string: "https://example.org/rss.xml")!), .page(URL(string: "https://example.org/a/1")!),
        ])
        #expect(job.summarize == SummarizeSettings(engine: .extractive, bullets: 4))
        #expect(job.translate.providers == ["openai", "local"])
        #expect(job.translate.glossary == base + "/terms.tsv")
        #expect(job.translate.parts == [.title, .bullet])
        #expect(job.output == OutputSettings(directory: base + "/out", formats: ["md", "html"]))
        #expect(job.concurrency == 16 && job.retries == 1)
    }

    @Test func providerNoneTranslatesNothing() throws {
        let job = try Workspace().parse("name: id-only\nsources: [articles/*.txt]\ntranslate: { provider: none }\noutput: { dir: out }")
        #expect(job.translate.providers.isEmpty)
        #expect(!job.translate.isEnabled)
    }

    @Test func anUnknownFieldIsNamedWithItsLineAndTheFieldsAllowed() throws {
        let problems = try Workspace().problems("name: x\nsources: [articles/*.txt]\noutput: { dir: out }\ntranslat: { provider: local }")
        let problem = try #require(problems.first)
        #expect(problem.line == 4)
        #expect(problem.field == "translat")
        #expect(problem.description.contains("job.yml:4: field 'translat': unknown field; expected one of name, schedule"))
    }

    @Test func aWrongTypeIsNamedWithWhatWasExpected() throws {
        let problems = try Workspace().problems("name: x\nsources: [articles/*.txt]\noutput: { dir: out }\nconcurrency: many")
        #expect(problems.map(\.field) == ["concurrency"])
        #expect(problems.first?.message == "expected a whole number from 1 to 256")
        #expect(problems.first?.line == 4)
    }

    @Test func aMissingSourceIsReportedWithThePathLookedAt() throws {
        let workspace = try Workspace()
        let problems = workspace.problems("name: x\nsources:\n  - files: nowhere/*.txt\n  - jsonl: missing.jsonl\noutput: { dir: out }")
        #expect(problems.map(\.field) == ["sources[1].files", "sources[2].jsonl"])
        #expect(problems[0].message.contains("matches no file"))
        #expect(problems[1].message.contains(workspace.directory.path + "/missing.jsonl"))
    }

    @Test func collectsEveryProblemRatherThanStoppingAtTheFirst() throws {
        let problems = try Workspace().problems("""
            name: "bad name!"
            schedule: "61 * * * *"
            timezone: Mars/Olympus
            sources: [{ feed: "ftp://example.org/x" }]
            summarize: { engine: neural }
            translate: { parts: [title, footnotes] }
            output: { formats: [pdf] }
            """)
        #expect(Set(problems.compactMap(\.field)) == ["name", "schedule", "timezone", "sources[1].feed", "summarize.engine", "translate.parts[2]", "output.dir"])
        #expect(problems.first { $0.field == "schedule" }?.message.contains("minute") == true)
    }

    @Test func namesTheFileWhenItIsNotYAML() throws {
        let problems = try Workspace().problems("name: [unclosed\nsources: x")
        #expect(problems.count == 1)
        #expect(problems[0].description.contains("job.yml:"))
        #expect(problems[0].message.hasPrefix("not valid YAML"))
    }

    @Test func aMissingFileIsAClearError() {
        #expect(throws: JobFileError.self) { try JobFile.load(path: "/nonexistent/job.yml") }
    }
}
