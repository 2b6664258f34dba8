import ArgumentParser
import ArticleReading

/// The inputs a command reads: files named on the command line, or one JSON Lines batch.
struct InputSelection: ParsableArguments {
    @Argument(help: ArgumentHelp("Files to read; `-` reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Read a JSON Lines batch from this file (`-` for standard input).", valueName: "file"))
    var jsonl: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if jsonl == nil && files.isEmpty {
            throw ValidationError("Name a file to read (or `-` for standard input), or a batch with --jsonl.")
        }
        if jsonl != nil && !files.isEmpty { throw ValidationError("Give either files or --jsonl, not both.") }
    }

    /// The lines of the batch at `path`, each an article or the reason it is not one;
    /// when the batch cannot be read at all, the reason goes to standard error and the command fails.
    static func batchLines(at path: String) throws -> [Result<RawArticle, ArticleReadingError>] {
        do {
            return try ArticleReader().readJSONLines(path: path)
        } catch {
            StandardError.print(error.description)
            throw ExitCode.failure
        }
    }

    /// Reads each named file in turn and hands it to `body`. A file that cannot be read,
    /// or that `body` fails on, is reported on standard error (naming the file) and counted;
    /// the others go on. Returns how many failed.
    func forEachFile(format: InputFormat? = nil, _ body: (_ position: Int, _ article: RawArticle) throws -> Void) -> Int {
        var failures = 0
        for (position, path) in files.enumerated() {
            do {
                let article = try ArticleReader().read(path: path, format: format)
                do {
                    try body(position, article)
                } catch {
                    StandardError.print("\(article.origin): \(error)")
                    failures += 1
                }
            } catch {
                StandardError.print(error.description)
                failures += 1
            }
        }
        return failures
    }
}
