import Foundation

/// Sends HTTP requests over libcurl's multi interface: many concurrent transfers on one loop
/// thread, each awaited by an async caller.
///
/// One client is meant to be shared by every task of a run: it is `Sendable`, keeps
/// connections alive between requests, and multiplexes HTTP/2 where the server offers it.
/// Every request:
/// - verifies TLS certificates (never disabled);
/// - asks for and decodes gzip/deflate (and brotli/zstd when libcurl has them);
/// - goes through the proxy named by the standard environment variables, read by libcurl:
///   `http_proxy` (lower case only), `https_proxy`/`HTTPS_PROXY`, `ALL_PROXY`/`all_proxy`,
///   with `NO_PROXY`/`no_proxy` listing hosts, domains (matching subdomains) or, from
///   libcurl 7.86, IP ranges that bypass it, `*` for all. Loopback is not exempt by itself:
///   set `NO_PROXY=127.0.0.1,localhost` when a proxy is set and a local server is used;
/// - sends no `Expect: 100-continue` (no second's wait before large bodies);
/// - does not follow redirects (the 3xx response is returned);
/// - fails with an `HTTPError` naming the host (never the path, query or headers).
///
/// Cancelling the awaiting task aborts the transfer at once and throws `.cancelled`.
public final class HTTPClient: Sendable {
    /// The loop thread and its multi handle; nil when libcurl could not be set up.
    private let loop: CurlMultiLoop?

    /// Creates a client and starts its loop thread.
    public init() {
        loop = CurlMultiLoop()
    }

    deinit {
        loop?.shutdown()
    }

    /// Sends `request` and returns the complete response, whatever its status.
    ///
    /// Throws `HTTPError`: `.connectionFailed`, `.timedOut`, `.responseTooLarge` (body over
    /// `maximumResponseBytes`), `.transferFailed` (reset, body cut short, TLS failure),
    /// `.cancelled` (the task was cancelled or the client shut down), `.invalidRequest`.
    public func send(_ request: HTTPRequest) async throws(HTTPError) -> HTTPResponse {
        let loop = try runningLoop()
        let transfer = try Transfer(request: request)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.deliver(to: .whole(continuation))
                loop.submit(transfer)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
        return try result.get()
    }

    /// Sends `request` and returns as soon as the response's status and headers have arrived;
    /// the body then arrives chunk by chunk through `HTTPStreamingResponse.body` (see there
    /// for how it ends, fails and is cancelled). Use `HTTPStreamingResponse.events` for
    /// server-sent events.
    ///
    /// Throws the same errors as `send(_:)` when the transfer fails before the head is
    /// complete; cancelling the task while it waits aborts the transfer.
    public func stream(_ request: HTTPRequest) async throws(HTTPError) -> HTTPStreamingResponse {
        let loop = try runningLoop()
        let transfer = try Transfer(request: request)
        let (body, bodyContinuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        bodyContinuation.onTermination = { [weak transfer] termination in
            // The consumer stopped listening before the end: nobody wants the rest.
            if case .cancelled = termination, let transfer { loop.cancel(transfer) }
        }
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                transfer.deliver(to: .streaming(head: continuation, body: bodyContinuation, stream: body))
                loop.submit(transfer)
            }
        } onCancel: {
            loop.cancel(transfer)
        }
        return try result.get()
    }

    /// Stops the loop thread: transfers in flight fail with `.cancelled`, later requests with
    /// `.invalidRequest`. Waits for the thread to end. Called by `deinit` too; safe to repeat.
    public func shutdown() {
        loop?.shutdown()
    }

    private func runningLoop() throws(HTTPError) -> CurlMultiLoop {
        guard let loop else {
            throw .invalidRequest(reason: "libcurl could not be initialized")
        }
        return loop
    }
}
