import Foundation

/// A response whose status and headers have arrived and whose body is still arriving.
///
/// `HTTPClient.stream(_:)` returns this as soon as the final response head is read. The body's
/// chunks come from `body` in order, as libcurl receives them (decompressed), in whatever sizes
/// the network delivered. The stream:
/// - ends normally only when the transfer completed (chunked terminator or full
///   `Content-Length` received);
/// - throws an `HTTPError` when the transfer fails part-way (reset, body cut short,
///   `.timedOut`, `.responseTooLarge`), so a stream broken off mid-way is never a silent end;
/// - aborts the transfer when the consumer stops iterating early, drops the stream, or its task
///   is cancelled (a cancelled iterating task then sees the stream end, as `AsyncThrowingStream`
///   does; check `Task.isCancelled`).
///
/// Iterate `body` from one task only. Chunks are buffered without bound while the consumer is
/// slow; the request's `maximumResponseBytes` caps the total.
public struct HTTPStreamingResponse: Sendable {
    /// The status code of the final response.
    public var status: Int
    /// Header fields of the final response, in order.
    public var headers: [(name: String, value: String)]
    /// The body's chunks as they arrive; errors thrown are `HTTPError`.
    public var body: AsyncThrowingStream<Data, any Error>

    /// Creates a streaming response (the client makes these; tests may too).
    public init(status: Int, headers: [(name: String, value: String)], body: AsyncThrowingStream<Data, any Error>) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The body parsed as server-sent events (`text/event-stream`), as they complete.
    public var events: ServerSentEventSequence<AsyncThrowingStream<Data, any Error>> {
        ServerSentEventSequence(body)
    }

    /// Reads the rest of the body into one `Data`, e.g. to show an error reply.
    public func collectBody() async throws(HTTPError) -> Data {
        var data = Data()
        do {
            for try await chunk in body { data.append(chunk) }
        } catch let error as HTTPError {
            throw error
        } catch {
            throw .transferFailed(host: "(stream)", reason: "\(error)")
        }
        if Task.isCancelled { throw .cancelled }
        return data
    }
}
