import Foundation
import IndonesianText
import Summarization

/// The speed benchmark of Warta's local path: loads the articles, prepares every
/// stage's input once, then times the whole path and each stage on one thread.
///
/// Two timings of the whole path are taken. The main one, "clean + split + summarize",
/// starts from text already passed through `TextNormalizer.normalize` up front, outside
/// the timed loop, because the readers normalize text as they decode it and the CLI's
/// summarize step never sees raw text. The second adds that normalization inside the
/// loop, to show what it costs on top.
struct Benchmark {
    /// What the command line asked for.
    var options: BenchmarkOptions

    /// Runs the benchmark and prints its report on standard output.
    func run() throws(BenchmarkError) {
        let dataPath: String
        if let path = options.dataPath {
            dataPath = path
        } else {
            dataPath = try SharedFolder.locateDevSet()
        }
        let articles = try BenchmarkArticle.load(from: dataPath)

        // Inputs prepared once: the normalized text, then the output of each stage,
        // which is the input of the next when a stage is timed alone.
        let normalized = articles.map { article in
            BenchmarkArticle(
                id: article.id,
                title: TextNormalizer.normalize(article.title),
                text: TextNormalizer.normalize(article.text)
            )
        }
        let pipeline = ArticleSummarizer()
        let cleaned = normalized.map { pipeline.cleaner.clean($0.text, title: $0.headline) }
        let documents = cleaned.map { Document($0, splitter: pipeline.splitter) }
        let failures = Self.failures(of: pipeline, on: normalized)

        if let sentencesPath = options.sentencesOutputPath {
            try SentenceDump.write(ids: normalized.map(\.id), documents: documents, to: sentencesPath)
        }
        let memoryAfterLoading = PeakMemory.mebibytes()

        let bytesPerRound = articles.reduce(0) { $0 + $1.inputByteCount }
        var timer = PathTimer(articleCount: articles.count, bytesPerRound: bytesPerRound)
        let summarizeWhole: (Int) -> Int = { index in
            let article = normalized[index]
            do {
                return try pipeline.summarize(text: article.text, title: article.headline).summary.bullets.count
            } catch {
                return -1
            }
        }

        // One untimed-for-the-report pass warms caches and sizes the rounds.
        let warmUp = timer.measure("warm-up", rounds: 1, summarizeWhole)
        let rounds = options.rounds
            ?? max(1, Int((options.targetSeconds / max(warmUp.totalSeconds, 1e-9)).rounded(.up)))

        // Rounds are interleaved (every path once per round) so that the load of the
        // shared machine drifting over time weighs on every path alike.
        let paths: [(name: String, work: (Int) -> Int)] = [
            ("clean + split + summarize", summarizeWhole),
            ("normalize + clean + split + summarize", { index in
                let article = articles[index]
                do {
                    return try pipeline.summarize(
                        text: TextNormalizer.normalize(article.text),
                        title: article.headline.map(TextNormalizer.normalize)
                    ).summary.bullets.count
                } catch {
                    return -1
                }
            }),
            ("normalize only", { index in
                TextNormalizer.normalize(articles[index].text).utf8.count
            }),
            ("clean only", { index in
                pipeline.cleaner.clean(normalized[index].text, title: normalized[index].headline).paragraphs.count
            }),
            ("split only", { index in
                Document(cleaned[index], splitter: pipeline.splitter).paragraphs.count
            }),
            ("summarize only", { index in
                pipeline.summarizer.summarize(documents[index]).bullets.count
            }),
        ]
        var results = paths.map { timer.emptyPath($0.name) }
        for _ in 0..<rounds {
            for (index, path) in paths.enumerated() {
                timer.measureRound(path.work, into: &results[index])
            }
        }
        let whole = results[0]
        let wholeWithNormalization = results[1]
        let stages = Array(results[2...])

        let sentenceCount = documents.reduce(0) { $0 + $1.sentences.count }
        BenchmarkReport(
            dataPath: dataPath,
            articleCount: articles.count,
            bytesPerRound: bytesPerRound,
            sentenceCount: sentenceCount,
            rounds: rounds,
            whole: whole,
            wholeWithNormalization: wholeWithNormalization,
            stages: stages,
            failures: failures,
            memoryAfterLoading: memoryAfterLoading,
            peakMemory: PeakMemory.mebibytes(),
            checksum: timer.checksum
        ).print()
    }

    /// How many articles the whole path refuses, by reason.
    private static func failures(of pipeline: ArticleSummarizer, on articles: [BenchmarkArticle]) -> [String: Int] {
        var failures: [String: Int] = [:]
        for article in articles {
            do {
                _ = try pipeline.summarize(text: article.text, title: article.headline)
            } catch {
                failures["\(error)", default: 0] += 1
            }
        }
        return failures
    }
}
