/// What the command line asked for.
struct BenchmarkOptions {
    /// The JSON Lines file of articles; when nil it is looked for beside the repository.
    var dataPath: String?
    /// How many times every article is processed per timed path; when nil it is chosen
    /// so that the full path runs for about `targetSeconds`.
    var rounds: Int?
    /// The wall time the full path should take when `rounds` is not given.
    var targetSeconds: Double = 5
    /// Where to write the sentence splits (JSON Lines) for the Python peer, if anywhere.
    var sentencesOutputPath: String?
    /// Whether only the usage text was asked for.
    var showsHelp = false

    /// The usage text.
    static let usage = """
        USAGE: WartaBenchmarks [--data PATH] [--rounds N | --seconds S] [--write-sentences PATH]

        Times Warta's local path (clean + split + summarize) on one thread over every
        article of the summaries evaluation set, then each stage on its own.

        OPTIONS:
          --data PATH             JSON Lines of {"id", "title", "text"} (default: summ-dev.jsonl
                                  in $WARTA_SHARED/eval, else in shared/eval beside the repository)
          --rounds N              passes over all articles per timed path (default: enough for
                                  about --seconds on the full path)
          --seconds S             target duration of the full path when --rounds is not given (default 5)
          --write-sentences PATH  write {"id", "paragraphs": [[sentence]]} per article, the splits
                                  the Python peer can reuse (Benchmarks/peers/sumy_peer.py --sentences)
          -h, --help              show this help
        """

    /// Reads the options from `arguments`, the command line without the program name.
    static func parse(_ arguments: [String]) throws(BenchmarkError) -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            // "--name=value" is accepted as well as "--name value".
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            func value() throws(BenchmarkError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst() else { throw .missingValue(option: name) }
                return next
            }
            switch name {
            case "-h", "--help":
                options.showsHelp = true
            case "--data":
                options.dataPath = try value()
            case "--rounds":
                let text = try value()
                guard let rounds = Int(text), rounds > 0 else {
                    throw .invalidValue(option: name, value: text, expected: "a whole number above 0")
                }
                options.rounds = rounds
            case "--seconds":
                let text = try value()
                guard let seconds = Double(text), seconds > 0, seconds.isFinite else {
                    throw .invalidValue(option: name, value: text, expected: "a number of seconds above 0")
                }
                options.targetSeconds = seconds
            case "--write-sentences":
                options.sentencesOutputPath = try value()
            default:
                throw .unknownOption(argument)
            }
        }
        return options
    }
}
