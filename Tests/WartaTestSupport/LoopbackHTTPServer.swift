import Foundation
import Synchronization

/// A real HTTP/1.1 server on 127.0.0.1 for tests: it records every request and answers with
/// scripted replies, including faults (delays, resets, truncated bodies, stalls, broken
/// event streams).
///
/// It is written by hand on POSIX sockets, one thread per connection, rather than on a server
/// framework, because tests need byte-level control over what goes on the wire — a body cut
/// after N bytes, a reset instead of a reply, a chunked stream without its last chunk — that
/// frameworks deliberately make impossible.
///
/// The server listens on an ephemeral port as soon as it is created and serves keep-alive
/// connections (as libcurl reuses them). Replies come first from the queue filled by
/// `enqueue(_:)`, in order, then from `handler`, which answers 404 unless set.
/// `stop()` — also run by `deinit` — closes every socket and joins every thread; all reads
/// have timeouts, so no connection outlives the server. Keep the server alive for the whole
/// test (`defer { server.stop() }`, or `withServer(_:)`): Swift may end an unused object's
/// lifetime early.
///
/// ```swift
/// let server = LoopbackHTTPServer()
/// defer { server.stop() }
/// server.enqueue(.text("slow down", status: 429, headers: [("Retry-After", "1")]))
/// server.handler = { request in .json(#"{"ok":true}"#) }
/// // ... send requests to server.url("/v1/translate") ...
/// #expect(server.requests.map(\.path) == ["/v1/translate", "/v1/translate"])
/// ```
public final class LoopbackHTTPServer: Sendable {
    /// The TCP port the server listens on (chosen by the system).
    public let port: Int
    /// `http://127.0.0.1:<port>`, without a trailing slash.
    public let baseURL: URL
    private let core: LoopbackServerCore

    /// Starts a server on 127.0.0.1 at an ephemeral port, answering with `handler` once the
    /// queue of scripted replies is empty. Traps if the loopback interface cannot be bound,
    /// which only happens on a broken machine.
    public init(
        handler: @escaping @Sendable (RecordedRequest) -> ScriptedReply = LoopbackHTTPServer.notFound
    ) {
        do {
            core = try LoopbackServerCore(handler: handler)
        } catch {
            fatalError("LoopbackHTTPServer could not start: \(error)")
        }
        port = core.port
        baseURL = URL(string: "http://127.0.0.1:\(core.port)")!
    }

    deinit {
        core.stop()
    }

    /// The default handler: 404 with a plain-text body naming the request.
    public static let notFound: @Sendable (RecordedRequest) -> ScriptedReply = { request in
        .text("no scripted reply for \(request.method) \(request.path)\n", status: 404)
    }

    /// Answers each request once the queue of scripted replies is empty. It runs on the
    /// connection's thread, outside the server's lock, so it may read `requests`.
    public var handler: @Sendable (RecordedRequest) -> ScriptedReply {
        get { core.state.withLock { $0.handler } }
        set { core.state.withLock { $0.handler = newValue } }
    }

    /// Queues `reply` for the next request not yet answered; queued replies are used in order
    /// before `handler`, e.g. a 429 then a 503 then the handler's 200.
    public func enqueue(_ reply: ScriptedReply) {
        core.state.withLock { $0.queue.append(reply) }
    }

    /// Queues `replies`, in order, as `enqueue(_:)` does.
    public func enqueue(contentsOf replies: [ScriptedReply]) {
        core.state.withLock { $0.queue.append(contentsOf: replies) }
    }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] {
        core.state.withLock { $0.requests }
    }

    /// How many requests have been received so far.
    public var requestCount: Int {
        core.state.withLock { $0.requests.count }
    }

    /// How many connections have been accepted so far; fewer connections than requests
    /// means the client reused keep-alive connections.
    public var connectionCount: Int {
        core.state.withLock { $0.connectionCount }
    }

    /// The URL of `path` (with its query, if any) on this server, e.g. `url("/v1/chat?x=1")`.
    public func url(_ path: String) -> URL {
        URL(string: baseURL.absoluteString + (path.hasPrefix("/") ? path : "/" + path))!
    }

    /// Waits until at least `count` requests have arrived, e.g. to cancel a client only once
    /// its request reached a stalling server. Returns false if `timeout` passed first.
    public func waitForRequests(_ count: Int, timeout: Duration = .seconds(30)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while requestCount < count {
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// Closes the listening socket and every connection (stalled and delayed ones included)
    /// and joins all the server's threads. Safe to call more than once.
    public func stop() {
        core.stop()
    }

    /// Runs `body` with a fresh server and stops the server when `body` returns or throws.
    public static func withServer<Result>(
        isolation: isolated (any Actor)? = #isolation,
        _ body: (LoopbackHTTPServer) async throws -> Result
    ) async rethrows -> Result {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        return try await body(server)
    }
}
