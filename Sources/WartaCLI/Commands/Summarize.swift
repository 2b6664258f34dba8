import ArgumentParser
import ArticleReading
import Foundation
import HTTP
import IndonesianText
import Pipeline
import Providers
import Storage
import Summarization
import Translation

/// `warta summarize`: one or more articles in, a clean article and its bullets out.
struct Summarize: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean an article and pick the sentences that carry it as bullet points.",
        discussion: """
            Reads each FILE (plain text, Markdown or HTML; `-` for standard input), removes \
            scraping boilerplate, and prints the bullets and the clean article.

            With --jsonl, reads a batch of `{"id", "title"?, "text"}` lines and writes one \
            `{"id", "title", "bullets", "error"?}` line per article; an article that fails gets \
            an `error` and the batch goes on.

            Examples:
              warta summarize article.txt
              warta summarize --bullets 5 --format json page.html
              warta summarize --jsonl articles.jsonl --output summaries.jsonl
              warta summarize article.txt --to en --provider local
              warta summarize article.txt --to en --provider openai,local
            """
    )

    @OptionGroup var input: InputSelection

    @Option(help: "Exactly this many bullets (1–20); by default the number adapts to the article.")
    var bullets: Int?

    @Option(help: "Output format for single articles: md, json or text.")
    var format: SummaryFormat = .markdown

    @Option(name: .customLong("input-format"), help: "Read the files as text, markdown or html instead of guessing from the name.")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("Also give the title and bullets in this language (only `en`).", valueName: "language"))
    var to: String?

    @Option(name: .customLong("provider"), help: ArgumentHelp("With --to: the providers tried in order (`local` is built in, and the default).", valueName: "name"))
    var providerOptions: [String] = []

    @Option(help: ArgumentHelp("With --to: a glossary (TSV).", valueName: "file"))
    var glossary: String?

    @Flag(help: "With --to: ask the providers again instead of using remembered translations.")
    var noCache = false

    @OptionGroup var project: ProjectOptions

    func validate() throws {
        if let to, to.lowercased() != "en" {
            throw ValidationError("--to only knows en (English), not '\(to)'.")
        }
        if to == nil, !providerOptions.isEmpty || glossary != nil {
            throw ValidationError("--provider and --glossary go with --to en.")
        }
        if let bullets, !(1...20).contains(bullets) {
            throw ValidationError("--bullets must be between 1 and 20, not \(bullets).")
        }
    }

    func run() async throws {
        if to != nil {
            try await runBilingual()
            return
        }
        let sink = OutputSink(path: input.output)
        let summarizer = ArticleSummarizer()
        if let jsonl = input.jsonl {
            try await summarizeBatch(jsonl, with: summarizer, into: sink)
            try sink.finish()
            return
        }
        let renderer = SummaryRenderer(format: format)
        let failures = input.forEachFile(format: inputFormat) { position, article in
            let summarized = try summarizer.summarize(text: article.text, title: article.title, bulletCount: bullets)
            if position > 0 && format == .markdown { sink.write("\n---\n\n") }
            sink.write(renderer.render(summarized, id: article.id))
        }
        try sink.finish()
        if failures > 0 { throw ExitCode.failure }
    }

    private func summarizeBatch(_ path: String, with summarizer: ArticleSummarizer, into sink: OutputSink) async throws {
        let lines = try InputSelection.batchLines(at: path)
        let bulletCount = bullets
        let results = await lines.parallelMap { line -> BatchSummaryLine in
            switch line {
            case .failure(let error):
                return BatchSummaryLine(id: nil, title: nil, bullets: [], error: error.description)
            case .success(let article):
                do {
                    let summarized = try summarizer.summarize(text: article.text, title: article.title, bulletCount: bulletCount)
                    return BatchSummaryLine(
                        id: article.id, title: summarized.document.title,
                        bullets: summarized.summary.bullets.map(\.text), error: nil
                    )
                } catch {
                    return BatchSummaryLine(id: article.id, title: nil, bullets: [], error: "\(article.origin): \(error)")
                }
            }
        }
        var failures = 0
        for result in results {
            if result.error != nil { failures += 1 }
            sink.write(JSONText.encode(result) + "\n")
        }
        if failures > 0 {
            StandardError.print("\(failures) of \(results.count) articles failed; see the `error` field of their lines")
        }
    }
}

extension Summarize {
    /// `--to en`: bullets (and title) in Indonesian with their English.
    private func runBilingual() async throws {
        let names = providerNames(providerOptions).isEmpty ? [LocalTranslationBackend.providerName] : providerNames(providerOptions)
        let setup = TranslationSetup(providerNames: names, providersPath: project.providers, promptsDirectory: project.prompts, glossaryPath: glossary)
        let ledger = UsageLedger()
        let composer: ArticleComposer
        do {
            let memory = try TranslationMemory(database: StoreDatabase.open(at: project.storePath))
            let translator = try setup.translator(http: HTTPClient(), ledger: ledger, observer: nil, memory: memory, useMemory: !noCache)
            composer = ArticleComposer(bulletCount: bullets, translator: translator, parts: [.title, .bullet])
        } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
        let sink = OutputSink(path: input.output)
        let articles: [QueuedArticle]
        if let jsonl = input.jsonl {
            articles = ArticleCollector().articles(inFile: jsonl)
        } else {
            articles = input.files.flatMap { ArticleCollector().articles(inFile: $0) }
        }
        let renderer = BilingualSummaryRenderer(format: input.jsonl == nil ? format : .json)
        var failures = 0
        for (position, article) in articles.enumerated() {
            do {
                let composition = try await composer.compose(article)
                if input.jsonl != nil {
                    sink.write(JSONText.encode(BilingualSummaryJSON(composition.article)) + "\n")
                } else {
                    if position > 0 && format == .markdown { sink.write("\n---\n\n") }
                    sink.write(renderer.render(composition.article))
                }
                for failed in composition.translation?.failures ?? [] {
                    StandardError.print("\(article.origin): \(failed.source.id) not translated: \(failed.failure ?? "failed")")
                }
            } catch {
                failures += 1
                if input.jsonl != nil {
                    sink.write(JSONText.encode(BilingualSummaryJSON(id: article.id, error: "\(error)")) + "\n")
                } else {
                    StandardError.print("\(error)")
                }
            }
        }
        try sink.finish()
        let providers = (try? setup.providersFile())??.providers ?? []
        for line in ledger.summary(for: providers) { StandardError.print(line) }
        if failures > 0, input.jsonl == nil { throw ExitCode.failure }
    }
}

/// One line of `warta summarize --jsonl` output.
struct BatchSummaryLine: Encodable, Sendable {
    var id: String?
    var title: String?
    var bullets: [String]
    var error: String?
}

extension InputFormat: ExpressibleByArgument {}
