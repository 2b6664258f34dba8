import Foundation

/// One request as `LoopbackHTTPServer` received it, recorded before it was answered.
public struct RecordedRequest: Sendable {
    /// The method, e.g. "POST".
    public var method: String
    /// The request target as sent: the path with its query, e.g. "/v1/chat?stream=true".
    public var path: String
    /// Header fields in the order received, names as the client spelled them.
    public var headers: [(name: String, value: String)]
    /// The body, de-chunked when it came with `Transfer-Encoding: chunked`; empty for none.
    public var body: Data
    /// Which connection carried the request, counting accepted connections from 1; equal
    /// numbers mean the client reused a keep-alive connection.
    public var connectionNumber: Int

    /// Creates a recorded request (the server makes these; tests rarely need to).
    public init(
        method: String,
        path: String,
        headers: [(name: String, value: String)] = [],
        body: Data = Data(),
        connectionNumber: Int = 1
    ) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.connectionNumber = connectionNumber
    }

    /// The first value of the header `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body decoded as UTF-8 (invalid bytes replaced), for readable expectations.
    public var bodyText: String {
        String(decoding: body, as: UTF8.self)
    }
}
