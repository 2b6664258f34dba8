import ArgumentParser
import Evaluation
import Foundation
import HTTP
import Pipeline
import Providers
import Storage
import Translation

/// `warta eval`: score Warta's stages against reference data.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score Warta against reference data.",
        subcommands: [EvalTranslate.self]
    )
}

/// `warta eval translate`: BLEU and chrF of a provider on a reference set.
struct EvalTranslate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a reference set with a provider and print BLEU, chrF and chrF++, overall and per source.",
        discussion: """
            The set is JSON Lines of `{"id", "id_text", "en_text", "source"?}` (e.g. \
            ../shared/eval/mt-dev.jsonl). Scores are corpus BLEU (13a) and chrF2 / chrF++ as \
            sacrebleu computes them with its defaults.

            Examples:
              warta eval translate --data ../shared/eval/mt-dev.jsonl --provider local
              warta eval translate --data mt.jsonl --provider deepl --output deepl.jsonl
            """
    )

    @Option(help: ArgumentHelp("The reference set.", valueName: "file"))
    var data: String

    @Option(name: .customLong("provider"), help: ArgumentHelp("The providers tried in order; `local` is built in.", valueName: "name"))
    var providerOptions: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Also write the translations as `{\"id\", \"en_text\"}` lines here.", valueName: "file"))
    var output: String?

    @Flag(help: "Ask the providers again instead of using remembered translations.")
    var noCache = false

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let names = providerNames(providerOptions).isEmpty ? [LocalTranslationBackend.providerName] : providerNames(providerOptions)
        let batch: SentenceBatch
        let translator: ArticleTranslator
        do {
            batch = try SentenceBatch.read(path: data)
            let setup = TranslationSetup(providerNames: names, providersPath: project.providers, promptsDirectory: project.prompts)
            let memory = try TranslationMemory(database: StoreDatabase.open(at: project.storePath))
            translator = try setup.translator(http: HTTPClient(), ledger: UsageLedger(), observer: nil, memory: memory, useMemory: !noCache)
        } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
        for problem in batch.problems { StandardError.print(problem) }
        let scored = batch.rows.filter { $0.reference != nil }
        guard !scored.isEmpty else {
            StandardError.print("\(data): no line has an `en_text` reference to score against")
            throw ExitCode.failure
        }
        let start = ContinuousClock.now
        let results = await SentenceBatch(rows: scored, problems: []).translate(with: translator)
        let elapsed = ContinuousClock.now - start

        var overall = TranslationScoreAccumulator()
        var perSource: [String: TranslationScoreAccumulator] = [:]
        var order: [String] = []
        var failures = 0
        for result in results {
            if result.english == nil { failures += 1 }
            let hypothesis = result.english ?? ""
            let reference = result.row.reference ?? ""
            overall.add(hypothesis: hypothesis, reference: reference)
            if let source = result.row.source {
                if perSource[source] == nil { order.append(source) }
                perSource[source, default: TranslationScoreAccumulator()].add(hypothesis: hypothesis, reference: reference)
            }
        }
        if let output {
            let sink = OutputSink(path: output)
            for result in results { sink.write(JSONText.encode(TranslatedLine(id: result.row.id, en_text: result.english, error: result.error)) + "\n") }
            try sink.finish()
        }
        print("provider: \(names.joined(separator: ", "))  lines: \(results.count)  failed: \(failures)  time: \(elapsed.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow)))")
        print(Self.row("", ["BLEU", "chrF", "chrF++", "lines"]))
        print(Self.row("overall", Self.figures(overall.scores)))
        for source in order.sorted() { print(Self.row(source, Self.figures(perSource[source]!.scores))) }
    }

    static func figures(_ scores: TranslationScores) -> [String] {
        [scores.bleu, scores.chrF, scores.chrFPlusPlus].map { String(format: "%.2f", $0) } + ["\(scores.segments)"]
    }

    static func row(_ label: String, _ cells: [String]) -> String {
        label.padding(toLength: 20, withPad: " ", startingAt: 0) + cells.map { String(repeating: " ", count: max(0, 8 - $0.count)) + $0 }.joined()
    }
}
