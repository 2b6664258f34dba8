import ArgumentParser
import ArticleReading
import Foundation
import IndonesianText

/// `warta sentences`: the sentence splitter alone.
struct Sentences: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split text into sentences.",
        discussion: """
            Prints each sentence on a line of its own, with a blank line between paragraphs. \
            The text is split as it is, without cleaning. With --jsonl, reads `{"id", "text"}` \
            lines and writes `{"id", "sentences"}` lines.
            """
    )

    @OptionGroup var input: InputSelection

    func run() async throws {
        let sink = OutputSink(path: input.output)
        let splitter = SentenceSplitter()
        var failures = 0
        if let jsonl = input.jsonl {
            let lines = try InputSelection.batchLines(at: jsonl)
            for line in lines {
                switch line {
                case .failure(let error):
                    failures += 1
                    sink.write(JSONText.encode(SentenceSplitLine(id: nil, sentences: [], error: error.description)) + "\n")
                case .success(let article):
                    let sentences = Self.paragraphs(of: article.text).flatMap(splitter.split)
                    sink.write(JSONText.encode(SentenceSplitLine(id: article.id, sentences: sentences, error: nil)) + "\n")
                }
            }
        } else {
            failures = input.forEachFile { _, article in
                let paragraphs = Self.paragraphs(of: article.text).map { splitter.split($0).joined(separator: "\n") }
                sink.write(paragraphs.joined(separator: "\n\n") + "\n")
            }
        }
        try sink.finish()
        if failures > 0 && input.jsonl == nil { throw ExitCode.failure }
    }

    /// The non-empty lines of `text`, trimmed: each is a paragraph.
    static func paragraphs(of text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// One line of `warta sentences --jsonl` output, in the shape `warta-score sentences` reads.
struct SentenceSplitLine: Encodable {
    var id: String?
    var sentences: [String]
    var error: String?
}
