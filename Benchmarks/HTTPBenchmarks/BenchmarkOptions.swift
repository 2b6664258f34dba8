/// What the command line asked for.
struct BenchmarkOptions {
    /// Requests per configuration (latency × concurrency × client).
    var requests = 10_000
    /// Concurrency levels to measure.
    var concurrencies = [1, 16, 64, 256]
    /// The delayed server's latency.
    var latency: Duration = .milliseconds(50)
    /// With latency, fewer requests are sent when the ideal time would pass this many seconds
    /// (10,000 requests one at a time at 50 ms would take over eight minutes).
    var maximumIdealSeconds = 10.0
    /// Whether to skip the curl CLI reference.
    var skipsCurl = false
    /// Run as the server child process instead (internal).
    var servesWithLatency: Duration?
    /// Whether only the usage text was asked for.
    var showsHelp = false

    /// The usage text.
    static let usage = """
        USAGE: HTTPBenchmarks [--requests N] [--concurrency 1,16,64,256] [--latency-ms 50]
                              [--max-ideal-seconds S] [--no-curl]

        Sends N small GET requests with Warta's HTTPClient to a loopback server (a child
        process) that answers at once, then after the latency, at each concurrency, and the
        same load with `curl --parallel --parallel-max C` as the reference.

        OPTIONS:
          --requests N            requests per configuration (default 10000)
          --concurrency LIST      comma-separated concurrency levels (default 1,16,64,256)
          --latency-ms MS         the delayed server's latency (default 50)
          --max-ideal-seconds S   with latency, send fewer requests when requests x latency
                                  / concurrency would exceed S seconds (default 10)
          --no-curl               skip the curl CLI reference
          -h, --help              show this help
        """

    /// Reads the options from `arguments`, the command line without the program name.
    static func parse(_ arguments: [String]) throws(BenchmarkFailure) -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var remaining = arguments[...]
        func value(of name: String) throws(BenchmarkFailure) -> String {
            guard let next = remaining.popFirst() else { throw .badOption("\(name) needs a value") }
            return next
        }
        func number(of name: String) throws(BenchmarkFailure) -> Int {
            let text = try value(of: name)
            guard let number = Int(text), number >= 0 else { throw .badOption("\(name) needs a whole number, not \(text)") }
            return number
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "-h", "--help":
                options.showsHelp = true
            case "--requests":
                options.requests = max(1, try number(of: argument))
            case "--concurrency":
                let list = try value(of: argument).split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
                guard !list.isEmpty else { throw .badOption("--concurrency needs numbers like 1,16,64") }
                options.concurrencies = list
            case "--latency-ms":
                options.latency = .milliseconds(try number(of: argument))
            case "--max-ideal-seconds":
                let text = try value(of: argument)
                guard let seconds = Double(text), seconds > 0 else { throw .badOption("--max-ideal-seconds needs a positive number") }
                options.maximumIdealSeconds = seconds
            case "--no-curl":
                options.skipsCurl = true
            case "--serve-latency-ms":
                options.servesWithLatency = .milliseconds(try number(of: argument))
            default:
                throw .badOption("unknown option \(argument)")
            }
        }
        return options
    }
}
