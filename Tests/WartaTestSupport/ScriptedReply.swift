import Foundation

/// What `LoopbackHTTPServer` does with one request: answer it normally, or misbehave in a
/// scripted way (wait, reset, truncate, stall, stream events and break off).
public struct ScriptedReply: Sendable {
    /// The ways a reply can go.
    enum Kind: Sendable {
        /// A complete response with a `Content-Length` body.
        case complete(status: Int, headers: [(name: String, value: String)], body: Data)
        /// Close with a TCP reset, sending nothing.
        case reset
        /// Announce `body.count` bytes, send the first `sendBytes`, then close.
        case truncated(status: Int, headers: [(name: String, value: String)], body: Data, sendBytes: Int)
        /// Send nothing and keep the connection open until the server stops or the client leaves.
        case stall
        /// A chunked response sending `chunks` one by one, `interval` apart; with `cutAfter`,
        /// the connection closes after that many chunks, without the terminating chunk.
        case chunked(status: Int, headers: [(name: String, value: String)], chunks: [Data], interval: Duration, cutAfter: Int?)
    }

    /// What the reply does once its delay has passed.
    let kind: Kind
    /// How long the server waits after reading the request before doing anything, e.g. to
    /// run past a client's timeout. Zero by default.
    public var delay: Duration

    init(kind: Kind, delay: Duration = .zero) {
        self.kind = kind
        self.delay = delay
    }

    /// A complete response. `Content-Length` is added unless `headers` has one, and the body
    /// is left out for HEAD requests and 1xx/204/304 statuses. A `Connection: close` header
    /// makes the server close the connection after the reply.
    public init(
        status: Int = 200,
        headers: [(name: String, value: String)] = [],
        body: Data = Data(),
        delay: Duration = .zero
    ) {
        self.init(kind: .complete(status: status, headers: headers, body: body), delay: delay)
    }

    /// A complete response whose body is `text` in UTF-8, with a `Content-Type` of
    /// `text/plain; charset=utf-8` unless `headers` sets one.
    public static func text(
        _ text: String,
        status: Int = 200,
        headers: [(name: String, value: String)] = []
    ) -> ScriptedReply {
        ScriptedReply(
            status: status,
            headers: adding(("Content-Type", "text/plain; charset=utf-8"), to: headers),
            body: Data(text.utf8)
        )
    }

    /// A complete response whose body is the JSON text `json`, with a `Content-Type` of
    /// `application/json` unless `headers` sets one.
    public static func json(
        _ json: String,
        status: Int = 200,
        headers: [(name: String, value: String)] = []
    ) -> ScriptedReply {
        ScriptedReply(
            status: status,
            headers: adding(("Content-Type", "application/json"), to: headers),
            body: Data(json.utf8)
        )
    }

    /// A complete response whose body is sent gzip-compressed with `Content-Encoding: gzip`;
    /// a client that decompresses sees `body`.
    public static func gzipped(
        status: Int = 200,
        headers: [(name: String, value: String)] = [],
        body: Data
    ) -> ScriptedReply {
        ScriptedReply(
            status: status,
            headers: headers + [("Content-Encoding", "gzip")],
            body: StoredGzip.encode(body)
        )
    }

    /// Closes the connection with a TCP reset (`SO_LINGER` 0) after reading the request,
    /// without sending a byte: the client sees "connection reset by peer".
    public static let reset = ScriptedReply(kind: .reset)

    /// Announces the full `Content-Length` of `body` but sends only its first `sendBytes`
    /// bytes, then closes the connection: the client sees a body cut short.
    public static func truncated(
        status: Int = 200,
        headers: [(name: String, value: String)] = [],
        body: Data,
        sendBytes: Int
    ) -> ScriptedReply {
        ScriptedReply(kind: .truncated(status: status, headers: headers, body: body, sendBytes: max(0, min(sendBytes, body.count))))
    }

    /// Reads the request and then sends nothing, keeping the connection open until the server
    /// stops or the client closes it: the client's timeout or cancellation has to end it.
    public static let stall = ScriptedReply(kind: .stall)

    /// A `text/event-stream` response in chunked transfer encoding, each event sent as one
    /// `data: <event>\n\n` chunk, `interval` apart. With `cutAfter`, the connection closes
    /// after that many events without the terminating chunk, so the client sees the stream
    /// break off; without it the stream ends normally.
    public static func eventStream(
        events: [String],
        interval: Duration = .zero,
        cutAfter: Int? = nil,
        status: Int = 200,
        headers: [(name: String, value: String)] = []
    ) -> ScriptedReply {
        chunked(
            chunks: events.map { Data("data: \($0)\n\n".utf8) },
            interval: interval,
            cutAfter: cutAfter,
            status: status,
            headers: adding(("Content-Type", "text/event-stream"), to: headers)
                + [("Cache-Control", "no-cache")]
        )
    }

    /// A chunked response sending each of `chunks` verbatim as one chunk, `interval` apart,
    /// e.g. server-sent events split mid-line. `cutAfter` works as in `eventStream`.
    public static func chunked(
        chunks: [Data],
        interval: Duration = .zero,
        cutAfter: Int? = nil,
        status: Int = 200,
        headers: [(name: String, value: String)] = []
    ) -> ScriptedReply {
        ScriptedReply(kind: .chunked(status: status, headers: headers, chunks: chunks, interval: interval, cutAfter: cutAfter))
    }

    /// This reply, sent after waiting `delay` once the request has been read.
    public func delayed(by delay: Duration) -> ScriptedReply {
        var reply = self
        reply.delay = delay
        return reply
    }

    /// `headers` with `field` appended unless a header of that name is already there.
    private static func adding(
        _ field: (name: String, value: String),
        to headers: [(name: String, value: String)]
    ) -> [(name: String, value: String)] {
        if headers.contains(where: { $0.name.caseInsensitiveCompare(field.name) == .orderedSame }) {
            return headers
        }
        return headers + [field]
    }
}
