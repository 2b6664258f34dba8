import Foundation

/// One HTTP request as Warta's providers send it.
public struct HTTPRequest: Sendable {
    /// The method, e.g. "POST".
    public var method: String
    /// The absolute URL.
    public var url: URL
    /// Header fields in order; names are case-insensitive.
    public var headers: [(name: String, value: String)]
    /// The body, empty for none.
    public var body: Data
    /// Limits on how long the request may take.
    public var timeouts: HTTPTimeouts
    /// The largest response body accepted; a larger one fails with `HTTPError.responseTooLarge`.
    public var maximumResponseBytes: Int

    /// Creates a request.
    public init(
        method: String = "GET",
        url: URL,
        headers: [(name: String, value: String)] = [],
        body: Data = Data(),
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        maximumResponseBytes: Int = 16 << 20
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
        self.maximumResponseBytes = maximumResponseBytes
    }
}

/// Time limits for one request.
public struct HTTPTimeouts: Sendable, Hashable {
    /// The longest wait for the connection (TCP and TLS).
    public var connect: Duration
    /// The longest the whole request may take, body included.
    public var total: Duration
    /// The transfer fails when fewer than `lowSpeedBytes` arrive in `lowSpeedWindow`
    /// (libcurl's low-speed check: an average under ⌈bytes ÷ whole seconds⌉ bytes/s for the
    /// whole window). The wait for the first response byte counts too, so the window must
    /// exceed the longest a server may think before answering. 0 turns the check off.
    public var lowSpeedBytes: Int
    /// See `lowSpeedBytes`.
    public var lowSpeedWindow: Duration

    /// Creates time limits; the defaults suit LLM calls that can take a minute or two.
    public init(connect: Duration = .seconds(10), total: Duration = .seconds(300), lowSpeedBytes: Int = 1, lowSpeedWindow: Duration = .seconds(60)) {
        self.connect = connect
        self.total = total
        self.lowSpeedBytes = lowSpeedBytes
        self.lowSpeedWindow = lowSpeedWindow
    }
}
