/// Sends HTTP requests over libcurl's multi interface: many concurrent transfers on one
/// loop thread, each awaited by an async caller. (Placeholder until the transport lands.)
public final class HTTPClient: Sendable {
    /// Creates a client.
    public init() {}

    /// Sends `request` and returns the complete response.
    public func send(_ request: HTTPRequest) async throws(HTTPError) -> HTTPResponse {
        throw .invalidRequest(reason: "the libcurl transport is not built yet")
    }
}
