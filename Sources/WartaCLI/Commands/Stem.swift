import ArgumentParser
import Foundation
import IndonesianText

/// `warta stem`: the stemmer alone.
struct Stem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reduce Indonesian words to their roots.",
        discussion: """
            Prints `word<TAB>root` for each word given as an argument, or, with no words, \
            for each line of --file (or of standard input).

            Examples:
              warta stem mengabulkan kebijakan
              warta stem --file words.txt > roots.tsv
            """
    )

    @Argument(help: "Words to stem.")
    var words: [String] = []

    @Option(help: ArgumentHelp("Read one word per line from this file (`-` for standard input).", valueName: "file"))
    var file: String?

    func run() async throws {
        var input = words
        if input.isEmpty {
            let path = file ?? "-"
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: path) else {
                    StandardError.print("\(path): cannot read: no such file or not readable")
                    throw ExitCode.failure
                }
                data = contents
            }
            input = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let stemmer = Stemmer()
        let sink = OutputSink(path: nil)
        for word in input { sink.write("\(word)\t\(stemmer.stem(word))\n") }
        try sink.finish()
    }
}
