/// The benchmark's command-line options.
struct BenchmarkOptions {
    /// Tasks per measured run.
    var tasks = 10_000
    /// In-flight tasks for the runner measurements.
    var concurrency = 64
    /// The simulated per-article latency of the slow processor, in milliseconds.
    var latencyMilliseconds = 20
    /// Bytes of the payload of each task (an article of ~3 KB).
    var payloadBytes = 3_000

    static let usage = """
        usage: PipelineBenchmarks [--tasks N] [--concurrency N] [--latency-ms N] [--payload-bytes N]
        """

    /// Reads the options from the arguments after the program name.
    static func parse(_ arguments: [String]) throws -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var index = 0
        while index < arguments.count {
            let name = arguments[index]
            guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else {
                throw BenchmarkUsageError(message: "\(name) needs a positive whole number\n\(usage)")
            }
            switch name {
            case "--tasks": options.tasks = value
            case "--concurrency": options.concurrency = value
            case "--latency-ms": options.latencyMilliseconds = value
            case "--payload-bytes": options.payloadBytes = value
            default: throw BenchmarkUsageError(message: "unknown option \(name)\n\(usage)")
            }
            index += 2
        }
        return options
    }
}

/// A wrong command line.
struct BenchmarkUsageError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
