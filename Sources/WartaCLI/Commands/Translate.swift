import ArgumentParser
import Foundation
import HTTP
import Pipeline
import Providers
import Publishing
import Storage
import Translation

/// `warta translate`: articles in, bilingual outputs out.
struct Translate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Translate articles into English, block by block, beside their Indonesian.",
        discussion: """
            Each FILE is cleaned and summarized, then its title, bullets and paragraphs are \
            translated through the providers named (tried in order, block by block; `local` \
            is the offline translator). Outputs go to --out in the formats asked for; without \
            --out, the Markdown goes to standard output. Translations are remembered in the \
            store, so the same text is never paid for twice (--no-cache asks again).

            With --jsonl, reads `{"id", "text"}` lines (or `id_text`) and writes \
            `{"id", "en_text", "error"?}` lines, each text translated as it is.

            Examples:
              warta translate article.txt --provider local
              warta translate pages/*.html --provider openai,local --glossary terms.tsv --out out/
              warta translate --jsonl sentences.jsonl --provider deepl -o english.jsonl
              warta translate article.txt --provider openai --dry-run
            """
    )

    @Argument(help: ArgumentHelp("Articles to translate (text, Markdown, HTML).", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("A JSON Lines batch of texts to translate as they are.", valueName: "file"))
    var jsonl: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("With --jsonl: write the lines to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("provider"), help: ArgumentHelp("Providers tried in order (repeat, or separate with commas); `local` is built in.", valueName: "name"))
    var providerOptions: [String] = []

    @Option(help: ArgumentHelp("A glossary (TSV: indonesian, english, optional note).", valueName: "file"))
    var glossary: String?

    @Option(help: ArgumentHelp("Write each article's outputs to this directory.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Output formats with --out: md, json, html, separated by commas.", valueName: "list"))
    var format: String = "md,json,html"

    @Option(help: ArgumentHelp("The translation prompt's name in the prompts directory.", valueName: "name"))
    var prompt: String = "translate"

    @Flag(help: "Ask the providers again instead of using remembered translations (the new ones are still remembered).")
    var noCache = false

    @Flag(help: "Print the requests, tokens or characters and the estimated cost; send nothing, write nothing.")
    var dryRun = false

    @OptionGroup var project: ProjectOptions

    var names: [String] { providerNames(providerOptions).isEmpty ? [LocalTranslationBackend.providerName] : providerNames(providerOptions) }

    func validate() throws {
        if jsonl == nil, files.isEmpty { throw ValidationError("Name the articles to translate, or a batch with --jsonl.") }
        if jsonl != nil, !files.isEmpty { throw ValidationError("Give either files or --jsonl, not both.") }
        do { _ = try OutputFormat.parseList(format) } catch { throw ValidationError("\(error)") }
    }

    func run() async throws {
        let database = try StoreDatabase.open(at: project.storePath)
        let memory = try TranslationMemory(database: database)
        let setup = TranslationSetup(providerNames: names, providersPath: project.providers, promptsDirectory: project.prompts, promptName: prompt, glossaryPath: glossary)
        let ledger = UsageLedger()
        let translator: ArticleTranslator
        do {
            translator = try setup.translator(http: HTTPClient(), ledger: ledger, observer: nil, memory: memory, useMemory: !noCache)
        } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
        if let jsonl {
            try await translateBatch(jsonl, with: translator)
        } else {
            try await translateArticles(with: translator)
        }
        let providers = (try? setup.providersFile())??.providers ?? []
        for line in ledger.summary(for: providers) { StandardError.print(line) }
    }

    private func translateBatch(_ path: String, with translator: ArticleTranslator) async throws {
        let batch: SentenceBatch
        do { batch = try SentenceBatch.read(path: path) } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
        for problem in batch.problems { StandardError.print(problem) }
        if dryRun {
            let blocks = batch.rows.enumerated().map { SourceBlock(id: .paragraph($0 + 1), kind: .paragraph, text: $1.text) }
            print(DryRunText.lines(articles: batch.rows.count, estimates: [translator.estimate(blocks)]).joined(separator: "\n"))
            return
        }
        let sink = OutputSink(path: output)
        let results = await batch.translate(with: translator)
        var failures = batch.problems.count
        for result in results {
            if result.error != nil { failures += 1 }
            sink.write(JSONText.encode(TranslatedLine(id: result.row.id, en_text: result.english, error: result.error)) + "\n")
        }
        try sink.finish()
        if failures > 0 { StandardError.print("\(failures) of \(results.count + batch.problems.count) lines failed; see their `error` field") }
    }

    private func translateArticles(with translator: ArticleTranslator) async throws {
        let articles = files.flatMap { ArticleCollector().articles(inFile: $0) }
        let composer = ArticleComposer(translator: translator)
        if dryRun {
            var estimates: [TranslationEstimate] = []
            let local = ArticleComposer()
            for article in articles {
                guard let composition = try? await local.compose(article) else { continue }
                estimates.append(translator.estimate(composition.article.blocks.map(\.source)))
            }
            print(DryRunText.lines(articles: articles.count, estimates: DryRunText.merged(estimates)).joined(separator: "\n"))
            return
        }
        let writer = try out.map { try ArticleWriter(directory: URL(fileURLWithPath: $0), formats: OutputFormat.parseList(format)) }
        var failures = 0
        for (position, article) in articles.enumerated() {
            do {
                let composition = try await composer.compose(article)
                for warning in composition.translation?.warnings ?? [] { StandardError.print("\(article.origin): \(warning)") }
                for failed in composition.translation?.failures ?? [] {
                    StandardError.print("\(article.origin): \(failed.source.id) not translated: \(failed.failure ?? "failed")")
                }
                if let writer {
                    for file in try writer.write(composition.article) { print(file.path) }
                } else {
                    if position > 0 { print("\n---\n") }
                    print(ArticleWriter.render(composition.article, as: .markdown), terminator: "")
                }
            } catch {
                StandardError.print("\(error)")
                failures += 1
            }
        }
        if failures > 0 { throw ExitCode.failure }
    }
}

/// One line of `warta translate --jsonl` output, as `warta-score translations` reads it.
struct TranslatedLine: Encodable, Sendable {
    var id: String
    var en_text: String?
    var error: String?
}
