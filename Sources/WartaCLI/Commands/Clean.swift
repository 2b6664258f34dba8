import ArgumentParser
import ArticleReading
import Foundation
import IndonesianText

/// `warta clean`: the cleaning step alone, for inspecting what is kept and what is removed.
struct Clean: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Remove scraping boilerplate from articles and print the clean text.",
        discussion: """
            Prints the headline, the dateline, the source and the body, one paragraph per line. \
            With --jsonl, reads `{"id", "title"?, "text"}` lines and writes \
            `{"id", "title", "dateline", "source", "text"}` lines (`text` holds one paragraph per line).
            """
    )

    @OptionGroup var input: InputSelection

    @Option(name: .customLong("input-format"), help: "Read the files as text, markdown or html instead of guessing from the name.")
    var inputFormat: InputFormat?

    func run() async throws {
        let sink = OutputSink(path: input.output)
        let cleaner = ArticleCleaner()
        var failures = 0
        if let jsonl = input.jsonl {
            let lines = try InputSelection.batchLines(at: jsonl)
            let results = await lines.parallelMap { line -> CleanArticleLine in
                switch line {
                case .failure(let error): return CleanArticleLine(id: nil, error: error.description)
                case .success(let article): return CleanArticleLine(id: article.id, article: cleaner.clean(article.text, title: article.title))
                }
            }
            for result in results {
                if result.error != nil { failures += 1 }
                sink.write(JSONText.encode(result) + "\n")
            }
        } else {
            failures = input.forEachFile(format: inputFormat) { _, article in
                let clean = cleaner.clean(article.text, title: article.title)
                var lines: [String] = []
                if let title = clean.title { lines.append("title: \(title)") }
                if let dateline = clean.dateline { lines.append("dateline: \(dateline.text)") }
                if let source = clean.source { lines.append("source: \(source)") }
                if !lines.isEmpty { lines.append("") }
                lines += clean.paragraphs
                sink.write(lines.joined(separator: "\n") + "\n")
            }
        }
        try sink.finish()
        if failures > 0 && input.jsonl == nil { throw ExitCode.failure }
    }
}

/// One line of `warta clean --jsonl` output, in the shape `warta-score cleaning` reads.
struct CleanArticleLine: Encodable, Sendable {
    var id: String?
    var title: String?
    var dateline: String?
    var source: String?
    var text: String?
    var error: String?

    init(id: String?, error: String) {
        self.id = id
        self.error = error
    }

    init(id: String, article: CleanArticle) {
        self.id = id
        title = article.title
        dateline = article.dateline?.text
        source = article.source
        text = article.paragraphsWithDateline.joined(separator: "\n")
    }
}
