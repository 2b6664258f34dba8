#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the HTTP benchmark could not run.
enum BenchmarkFailure: Error, CustomStringConvertible {
    /// A system call failed with `errno`.
    case system(String, Int32)
    /// An option was not understood.
    case badOption(String)
    /// The server child process did not report its port.
    case serverDidNotStart
    /// Some requests failed, which would make the figures meaningless.
    case requestsFailed(client: String, failed: Int, sample: String)

    /// A sentence saying what went wrong and what to do.
    var description: String {
        switch self {
        case let .system(call, code):
            return "\(call) failed: \(String(cString: strerror(code)))"
        case let .badOption(text):
            return "\(text)\n\n\(BenchmarkOptions.usage)"
        case .serverDidNotStart:
            return "the benchmark server process did not report its port"
        case let .requestsFailed(client, failed, sample):
            return "\(failed) requests failed with \(client) (e.g. \(sample)); the figures would be meaningless"
        }
    }
}
