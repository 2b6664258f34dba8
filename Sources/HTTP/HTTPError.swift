/// Why an HTTP request produced no response.
public enum HTTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connection could not be made within the connect timeout, or was refused.
    case connectionFailed(host: String, reason: String)
    /// The request ran past its total or low-speed timeout.
    case timedOut(host: String, after: Duration)
    /// The response body was larger than the request allowed.
    case responseTooLarge(host: String, limit: Int)
    /// The connection broke mid-transfer (reset, closed early, TLS failure).
    case transferFailed(host: String, reason: String)
    /// The task was cancelled and the transfer aborted.
    case cancelled
    /// The request itself is unusable (bad URL, plain HTTP refused).
    case invalidRequest(reason: String)

    public var description: String {
        switch self {
        case let .connectionFailed(host, reason): return "could not connect to \(host): \(reason)"
        case let .timedOut(host, after): return "\(host) did not answer within \(after)"
        case let .responseTooLarge(host, limit): return "the response from \(host) is larger than \(limit) bytes"
        case let .transferFailed(host, reason): return "the transfer from \(host) failed: \(reason)"
        case .cancelled: return "the request was cancelled"
        case let .invalidRequest(reason): return "invalid request: \(reason)"
        }
    }
}
