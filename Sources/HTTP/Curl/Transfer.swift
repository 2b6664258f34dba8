import CCurl
import Foundation

/// One request's life inside the client: its libcurl easy handle, what it sends, what has
/// arrived, and who is waiting for the outcome.
///
/// A transfer is configured on the caller's thread, then handed to the loop thread, which alone
/// touches it from then on (the hand-over goes through the loop's lock). The easy handle's C
/// callbacks reach it through an unretained pointer: the loop's table of active transfers keeps
/// it alive for as long as libcurl may call back.
final class Transfer: @unchecked Sendable {
    /// How the outcome reaches the caller.
    enum Delivery {
        /// The whole response at the end.
        case whole(CheckedContinuation<Result<HTTPResponse, HTTPError>, Never>)
        /// Status and headers as soon as they are complete, then body chunks as they arrive.
        case streaming(
            head: CheckedContinuation<Result<HTTPStreamingResponse, HTTPError>, Never>,
            body: AsyncThrowingStream<Data, any Error>.Continuation,
            stream: AsyncThrowingStream<Data, any Error>
        )
    }

    /// The easy handle; nil once cleaned up.
    private(set) var handle: UnsafeMutableRawPointer?
    /// Where the caller waits; nil once resumed (or before `deliver(to:)`).
    private var delivery: Delivery?
    /// Whether the head of a streaming response has been handed to the caller.
    private var headDelivered = false
    /// The host (with port when the URL names one), the only part of the URL put in errors.
    let host: String
    /// The request's time limits, for error messages.
    private let timeouts: HTTPTimeouts
    /// The response-size cap.
    private let maximumResponseBytes: Int

    /// libcurl's copy of the request headers; must outlive the transfer.
    private var headerList: UnsafeMutablePointer<curl_slist>?
    /// libcurl writes its detailed error message here. It is read to tell kinds of failure apart.
    private let errorBuffer: UnsafeMutablePointer<CChar>

    /// Status of the latest response head seen (1xx heads are replaced by the final one).
    private var status = 0
    /// Header fields of the latest response head.
    private var headers: [(name: String, value: String)] = []
    /// Whether a final (non-1xx) head has been read to its blank line.
    private var headComplete = false
    /// The body so far, for `.whole` delivery.
    private var body = Data()
    /// Body bytes received so far (after decompression).
    private var receivedBytes = 0
    /// Set when the write callback refused bytes past the cap.
    private var exceededLimit = false

    /// Set under the loop's lock when the caller cancels; read under that lock on hand-over.
    var cancelRequested = false
    /// Whether the handle is in the multi handle (loop thread only).
    var isActive = false

    /// Configures an easy handle for `request`; throws when the request is unusable.
    init(request: HTTPRequest) throws(HTTPError) {
        host = Transfer.hostDescription(of: request.url)
        timeouts = request.timeouts
        maximumResponseBytes = max(0, request.maximumResponseBytes)
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        handle = curl_easy_init()
        guard let handle else {
            throw .invalidRequest(reason: "libcurl could not create a transfer (out of memory?)")
        }
        try configure(handle, for: request)
    }

    deinit {
        if let handle { curl_easy_cleanup(handle) }
        if let headerList { curl_slist_free_all(headerList) }
        errorBuffer.deallocate()
    }

    /// Sets where the outcome goes; called once, before the hand-over to the loop.
    func deliver(to delivery: Delivery) {
        self.delivery = delivery
    }

    // MARK: - Configuration

    private func configure(_ handle: UnsafeMutableRawPointer, for request: HTTPRequest) throws(HTTPError) {
        guard let scheme = request.url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw .invalidRequest(reason: "only http and https URLs can be sent (host \(host))")
        }
        guard let urlHost = request.url.host, !urlHost.isEmpty else {
            throw .invalidRequest(reason: "the URL has no host")
        }
        let method = request.method.uppercased()
        guard !method.isEmpty, method.utf8.allSatisfy(Transfer.isTokenByte) else {
            throw .invalidRequest(reason: "the method \"\(request.method)\" is not an HTTP token")
        }

        var failed: CURLcode = CURLE_OK
        func set(_ code: CURLcode) { if failed == CURLE_OK { failed = code } }

        set(warta_curl_easy_setopt_string(handle, CURLOPT_URL, request.url.absoluteString))
        // Only HTTP(S), also after a redirect (redirects are not followed by default anyway).
        set(warta_curl_easy_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https"))
        set(warta_curl_easy_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https"))
        // Timeouts must not raise SIGALRM in a multithreaded process.
        set(warta_curl_easy_setopt_long(handle, CURLOPT_NOSIGNAL, 1))
        set(warta_curl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        // TLS verification is libcurl's default; stated here so nobody wonders.
        set(warta_curl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1))
        set(warta_curl_easy_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2))
        // "" offers every encoding libcurl can decode (gzip, deflate, br, zstd) and decodes it.
        set(warta_curl_easy_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, ""))
        set(warta_curl_easy_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)))
        // Through an HTTPS proxy, the proxy's "200 Connection established" is not our response.
        set(warta_curl_easy_setopt_long(handle, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1))
        set(warta_curl_easy_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1))
        set(warta_curl_easy_setopt_string(handle, CURLOPT_USERAGENT, "Warta"))
        // CURLOPT_PROXY is deliberately left unset: libcurl then reads http_proxy,
        // https_proxy, ALL_PROXY and NO_PROXY from the environment.

        set(warta_curl_easy_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Transfer.milliseconds(timeouts.connect)))
        set(warta_curl_easy_setopt_long(handle, CURLOPT_TIMEOUT_MS, Transfer.milliseconds(timeouts.total)))
        if request.timeouts.lowSpeedBytes > 0 {
            // libcurl aborts when the average speed stays below LIMIT bytes/s for TIME seconds.
            let seconds = max(1, (Transfer.milliseconds(timeouts.lowSpeedWindow) + 999) / 1000)
            let bytesPerSecond = max(1, (timeouts.lowSpeedBytes + seconds - 1) / seconds)
            set(warta_curl_easy_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, seconds))
            set(warta_curl_easy_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, bytesPerSecond))
        }
        // An announced Content-Length over the cap fails before any body byte is read.
        set(warta_curl_easy_setopt_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maximumResponseBytes)))

        let context = Unmanaged.passUnretained(self).toOpaque()
        set(warta_curl_easy_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, Transfer.writeCallback))
        set(warta_curl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context))
        set(warta_curl_easy_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, Transfer.headerCallback))
        set(warta_curl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context))

        try setHeaders(request.headers, on: handle, set: set)
        switch method {
        case "GET" where request.body.isEmpty:
            set(warta_curl_easy_setopt_long(handle, CURLOPT_HTTPGET, 1))
        case "HEAD":
            set(warta_curl_easy_setopt_long(handle, CURLOPT_NOBODY, 1))
        case "DELETE" where request.body.isEmpty, "OPTIONS" where request.body.isEmpty:
            set(warta_curl_easy_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method))
        default:
            if method != "POST" {
                set(warta_curl_easy_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method))
            }
            set(warta_curl_easy_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count)))
            // COPYPOSTFIELDS copies the bytes now, so nothing has to outlive this call.
            request.body.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress, bytes.count > 0 {
                    set(warta_curl_easy_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base)))
                } else {
                    set(warta_curl_easy_setopt_string(handle, CURLOPT_COPYPOSTFIELDS, ""))
                }
            }
        }
        if failed != CURLE_OK {
            throw .invalidRequest(reason: "libcurl refused an option for \(host): \(String(cString: curl_easy_strerror(failed)))")
        }
    }

    private func setHeaders(
        _ fields: [(name: String, value: String)],
        on handle: UnsafeMutableRawPointer,
        set: (CURLcode) -> Void
    ) throws(HTTPError) {
        var list: UnsafeMutablePointer<curl_slist>?
        var hasExpect = false
        for field in fields {
            guard !field.name.isEmpty, field.name.utf8.allSatisfy(Transfer.isTokenByte) else {
                throw .invalidRequest(reason: "the header name \"\(field.name)\" is not an HTTP token")
            }
            // A CR or LF in a value would smuggle in another header; the value itself is never
            // put in the message, as it may be a key.
            guard !field.value.utf8.contains(where: { $0 == 13 || $0 == 10 || $0 == 0 }) else {
                throw .invalidRequest(reason: "the value of header \(field.name) contains a line break")
            }
            if field.name.caseInsensitiveCompare("Expect") == .orderedSame { hasExpect = true }
            // libcurl sends "Name;" as a header with an empty value ("Name:" would remove it).
            let line = field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)"
            list = curl_slist_append(list, line)
        }
        if !hasExpect {
            // Without this libcurl waits up to a second for "100 Continue" before large bodies.
            list = curl_slist_append(list, "Expect:")
        }
        headerList = list
        set(warta_curl_easy_setopt_list(handle, CURLOPT_HTTPHEADER, list))
    }

    // MARK: - Callbacks (loop thread, inside curl_multi_perform)

    private static let writeCallback: curl_write_callback = { data, size, count, context in
        let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
        return transfer.receiveBody(UnsafeRawPointer(data!), count: size * count)
    }

    private static let headerCallback: curl_write_callback = { data, size, count, context in
        let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: size * count)
        transfer.receiveHeaderLine(bytes)
        return size * count
    }

    private func receiveBody(_ bytes: UnsafeRawPointer, count: Int) -> Int {
        if count > maximumResponseBytes - receivedBytes {
            exceededLimit = true
            return 0  // anything but `count` makes libcurl fail with CURLE_WRITE_ERROR
        }
        receivedBytes += count
        switch delivery {
        case .whole:
            body.append(bytes.assumingMemoryBound(to: UInt8.self), count: count)
        case let .streaming(_, continuation, _):
            deliverHeadIfNeeded()
            continuation.yield(Data(bytes: bytes, count: count))
        case nil:
            break
        }
        return count
    }

    private func receiveHeaderLine(_ line: UnsafeRawBufferPointer) {
        var end = line.count
        while end > 0, line[end - 1] == 10 || line[end - 1] == 13 { end -= 1 }
        if end == 0 {
            // The blank line ending a head; 1xx heads are followed by the real one.
            if status >= 200 {
                headComplete = true
                deliverHeadIfNeeded()
            }
            return
        }
        let text = line[0..<end]
        if text.starts(with: "HTTP/".utf8) {
            // A new head (after a 1xx, or an HTTP/2 ":status" rendered by libcurl).
            status = Transfer.statusCode(in: text)
            headers.removeAll(keepingCapacity: true)
            headComplete = false
            return
        }
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = String(decoding: text[text.startIndex..<colon], as: UTF8.self)
        var valueStart = colon + 1
        while valueStart < end, line[valueStart] == 32 || line[valueStart] == 9 { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, line[valueEnd - 1] == 32 || line[valueEnd - 1] == 9 { valueEnd -= 1 }
        headers.append((name: name, value: String(decoding: line[valueStart..<valueEnd], as: UTF8.self)))
    }

    /// Hands status and headers of a streaming response to the waiting caller, once.
    private func deliverHeadIfNeeded() {
        guard !headDelivered, case let .streaming(head, _, stream) = delivery else { return }
        headDelivered = true
        head.resume(returning: .success(HTTPStreamingResponse(status: status, headers: headers, body: stream)))
    }

    // MARK: - Completion (loop thread)

    /// The outcome of a transfer libcurl reported done with `code`; call before the handle
    /// leaves the multi handle.
    func outcome(for code: CURLcode) -> HTTPError? {
        if code == CURLE_OK { return nil }
        let detail = errorDetail(code)
        switch code {
        case CURLE_WRITE_ERROR where exceededLimit, CURLE_FILESIZE_EXCEEDED:
            return .responseTooLarge(host: host, limit: maximumResponseBytes)
        case CURLE_OPERATION_TIMEDOUT:
            let message = String(cString: errorBuffer)
            if message.hasPrefix("Connection timed out") || message.hasPrefix("Resolving timed out") {
                return .connectionFailed(host: host, reason: "no connection within \(timeouts.connect)")
            }
            if message.hasPrefix("Operation too slow") {
                return .timedOut(host: host, after: timeouts.lowSpeedWindow)
            }
            return .timedOut(host: host, after: timeouts.total)
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .connectionFailed(host: host, reason: detail)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return .invalidRequest(reason: "\(detail) (host \(host))")
        default:
            // Resets, bodies cut short (PARTIAL_FILE), empty replies, HTTP/2 stream errors,
            // TLS failures: the connection broke.
            return .transferFailed(host: host, reason: detail)
        }
    }

    /// libcurl's detailed message when it cannot carry the URL's path or query (which may hold
    /// secrets), else the generic text for `code`.
    private func errorDetail(_ code: CURLcode) -> String {
        let generic = String(cString: curl_easy_strerror(code))
        let message = String(cString: errorBuffer)
        if message.isEmpty || message.contains("/") || message.contains("?") { return generic }
        return message
    }

    /// Resumes the caller with `error`, or with the response when nil, and frees the handle.
    /// The handle must already be out of the multi handle.
    func finish(with error: HTTPError?) {
        if let handle {
            curl_easy_cleanup(handle)
            self.handle = nil
        }
        if let headerList {
            curl_slist_free_all(headerList)
            self.headerList = nil
        }
        guard let delivery else { return }
        self.delivery = nil
        switch delivery {
        case let .whole(continuation):
            if let error {
                continuation.resume(returning: .failure(error))
            } else {
                continuation.resume(returning: .success(HTTPResponse(status: status, headers: headers, body: body)))
            }
        case let .streaming(head, body, stream):
            if !headDelivered {
                headDelivered = true
                if let error {
                    head.resume(returning: .failure(error))
                } else {
                    head.resume(returning: .success(HTTPStreamingResponse(status: status, headers: headers, body: stream)))
                }
            }
            if let error { body.finish(throwing: error) } else { body.finish() }
        }
    }

    // MARK: - Helpers

    /// "host" or "host:port" from `url`; never its path or query.
    static func hostDescription(of url: URL) -> String {
        let host = url.host ?? "(no host)"
        if let port = url.port { return "\(host):\(port)" }
        return host
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        let total = seconds.multipliedReportingOverflow(by: 1000)
        if total.overflow || seconds < 0 { return seconds < 0 ? 1 : Int.max / 2 }
        // At least 1 ms: 0 would mean "no limit" to libcurl.
        return max(1, Int(total.partialValue) + Int(attoseconds / 1_000_000_000_000_000))
    }

    private static func statusCode(in line: Slice<UnsafeRawBufferPointer>) -> Int {
        // "HTTP/1.1 200 OK" or "HTTP/2 200": the three digits after the first space.
        guard let space = line.firstIndex(of: 32) else { return 0 }
        var code = 0
        var index = space + 1
        while index < line.endIndex, line[index] >= 48, line[index] <= 57, code < 1000 {
            code = code * 10 + Int(line[index] - 48)
            index += 1
        }
        return code
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
