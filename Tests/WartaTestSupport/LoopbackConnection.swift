import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One accepted connection of a `LoopbackHTTPServer`, served on its own thread: reads
/// requests one after another (keep-alive) and plays each one's scripted reply.
final class LoopbackConnection {
    private let descriptor: Int32
    private let number: Int
    private let core: LoopbackServerCore
    /// Bytes received and not yet consumed.
    private var buffer: [UInt8] = []

    /// The largest request head accepted; a larger one is answered 431.
    private static let maximumHeadBytes = 64 << 10
    /// The largest request body accepted; a larger one is answered 413.
    private static let maximumBodyBytes = 64 << 20

    init(descriptor: Int32, number: Int, core: LoopbackServerCore) {
        self.descriptor = descriptor
        self.number = number
        self.core = core
    }

    /// Serves requests until the client leaves, a reply ends the connection, a timeout
    /// passes, or the server stops; then closes the socket.
    func run() {
        defer { close(descriptor) }
        while true {
            let request: RecordedRequest
            switch readRequest() {
            case .request(let received): request = received
            case .closed: return
            case .malformed(let status, let reason):
                _ = send(head(status: status, headers: [("Connection", "close")], contentLength: reason.utf8.count) + Array(reason.utf8))
                return
            }
            let reply = core.reply(to: request)
            if reply.delay > .zero, !core.sleep(for: reply.delay) { return }
            guard play(reply, for: request) else { return }
        }
    }

    // MARK: Replying

    /// Sends `reply`; true when the connection stays open for another request.
    private func play(_ reply: ScriptedReply, for request: RecordedRequest) -> Bool {
        switch reply.kind {
        case let .complete(status, headers, body):
            // A HEAD reply announces the length a GET would get; these statuses have no body.
            let hasNoBody = status < 200 || status == 204 || status == 304
            let length = hasNoBody ? nil : body.count
            let bodyBytes = hasNoBody || request.method == "HEAD" ? [] : [UInt8](body)
            let sent = send(head(status: status, headers: headers, contentLength: length) + bodyBytes)
            return sent && !wantsClose(request, headers)

        case .reset:
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            var linger = linger(l_onoff: 1, l_linger: 0)
            _ = setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
            return false

        case let .truncated(status, headers, body, sendBytes):
            _ = send(head(status: status, headers: headers, contentLength: body.count) + [UInt8](body.prefix(sendBytes)))
            return false

        case .stall:
            // Hold the connection until the server stops or the client closes it; anything
            // more the client sends is read and dropped.
            var scratch = [UInt8](repeating: 0, count: 4096)
            while core.wait(for: descriptor, timeout: nil) == .ready {
                if recv(descriptor, &scratch, scratch.count, 0) <= 0 { break }
            }
            return false

        case let .chunked(status, headers, chunks, interval, cutAfter):
            var fields = headers.filter { !Self.named($0.name, "Content-Length") && !Self.named($0.name, "Transfer-Encoding") }
            fields.append(("Transfer-Encoding", "chunked"))
            guard send(head(status: status, headers: fields, contentLength: nil)) else { return false }
            // An empty chunk would end the body early, so empty entries are skipped.
            let nonEmpty = chunks.filter { !$0.isEmpty }
            let sendCount = cutAfter.map { max(0, min($0, nonEmpty.count)) } ?? nonEmpty.count
            for (index, chunk) in nonEmpty.prefix(sendCount).enumerated() {
                if index > 0, !core.sleep(for: interval) { return false }
                let size = Array(String(chunk.count, radix: 16).utf8) + [13, 10]
                guard send(size + [UInt8](chunk) + [13, 10]) else { return false }
            }
            // A cut stream closes without the terminating chunk, so the client sees it break.
            if cutAfter != nil { return false }
            return send(Array("0\r\n\r\n".utf8)) && !wantsClose(request, headers)
        }
    }

    /// The status line and header block; `Content-Length` is added when `contentLength` is
    /// given and `headers` has none.
    private func head(status: Int, headers: [(name: String, value: String)], contentLength: Int?) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reasonPhrase(status))\r\n"
        for field in headers {
            text += "\(field.name): \(field.value)\r\n"
        }
        if let contentLength, !headers.contains(where: { Self.named($0.name, "Content-Length") }) {
            text += "Content-Length: \(contentLength)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// Whether the request or the reply asks to close the connection after this exchange.
    private func wantsClose(_ request: RecordedRequest, _ replyHeaders: [(name: String, value: String)]) -> Bool {
        let requested = request.header("Connection")?.lowercased().contains("close") ?? false
        let replied = replyHeaders.contains { Self.named($0.name, "Connection") && $0.value.lowercased().contains("close") }
        return requested || replied
    }

    /// Sends all of `bytes`; false if the connection failed or a send timed out.
    private func send(_ bytes: [UInt8]) -> Bool {
        #if canImport(Glibc)
        let flags = Int32(MSG_NOSIGNAL)  // A client that left must not kill the test with SIGPIPE.
        #else
        let flags: Int32 = 0  // SO_NOSIGPIPE is set on the socket instead.
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.send(descriptor, raw.baseAddress! + offset, raw.count - offset, flags)
                #else
                Darwin.send(descriptor, raw.baseAddress! + offset, raw.count - offset, flags)
                #endif
            }
            if sent < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += sent
        }
        return true
    }

    // MARK: Reading

    /// What reading a request gave.
    private enum ReadOutcome {
        case request(RecordedRequest)
        /// The client left, a timeout passed, or the server is stopping.
        case closed
        /// The request cannot be understood; answer `status` and close.
        case malformed(status: Int, reason: String)
    }

    /// Reads one request: head, optional `100 Continue`, then a `Content-Length` or chunked body.
    private func readRequest() -> ReadOutcome {
        guard let headEnd = readUntil([13, 10, 13, 10], limit: Self.maximumHeadBytes, firstWait: LoopbackServerCore.idleTimeout) else {
            return buffer.count >= Self.maximumHeadBytes ? .malformed(status: 431, reason: "request head too large\n") : .closed
        }
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)

        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else {
            return .malformed(status: 400, reason: "malformed request line\n")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else {
                return .malformed(status: 400, reason: "malformed header line\n")
            }
            headers.append((
                String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            ))
        }
        func header(_ name: String) -> String? {
            headers.first { Self.named($0.name, name) }?.value
        }

        let isChunked = header("Transfer-Encoding")?.lowercased().contains("chunked") ?? false
        var contentLength = 0
        if !isChunked, let value = header("Content-Length") {
            guard let length = Int(value), length >= 0 else {
                return .malformed(status: 400, reason: "malformed Content-Length\n")
            }
            guard length <= Self.maximumBodyBytes else {
                return .malformed(status: 413, reason: "request body too large\n")
            }
            contentLength = length
        }
        if header("Expect")?.lowercased() == "100-continue", isChunked || contentLength > 0 {
            guard send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return .closed }
        }

        var body: [UInt8] = []
        if isChunked {
            switch readChunkedBody() {
            case .some(.some(let chunks)): body = chunks
            case .some(.none): return .malformed(status: 400, reason: "malformed chunked body\n")
            case .none: return .closed
            }
        } else if contentLength > 0 {
            guard fill(contentLength) else { return .closed }
            body = Array(buffer[..<contentLength])
            buffer.removeFirst(contentLength)
        }
        return .request(RecordedRequest(
            method: String(requestLine[0]),
            path: String(requestLine[1]),
            headers: headers,
            body: Data(body),
            connectionNumber: number
        ))
    }

    /// A chunked body, de-chunked: nil if the connection ended, `.some(nil)` if malformed.
    private func readChunkedBody() -> [UInt8]?? {
        var body: [UInt8] = []
        while true {
            guard let lineEnd = readUntil([13, 10], limit: 4096, firstWait: LoopbackServerCore.transferTimeout) else { return nil }
            let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self)
                .split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            buffer.removeFirst(lineEnd + 2)
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return .some(nil) }
            if size == 0 {
                // Trailer fields, if any, end with an empty line.
                while true {
                    guard let trailerEnd = readUntil([13, 10], limit: Self.maximumHeadBytes, firstWait: LoopbackServerCore.transferTimeout) else { return nil }
                    buffer.removeFirst(trailerEnd + 2)
                    if trailerEnd == 0 { return .some(body) }
                }
            }
            guard body.count + size <= Self.maximumBodyBytes else { return .some(nil) }
            guard fill(size + 2) else { return nil }
            body += buffer[..<size]
            buffer.removeFirst(size + 2)
        }
    }

    /// The offset in `buffer` where `delimiter` begins, receiving more bytes as needed;
    /// nil if the connection ended, a wait timed out, or `limit` bytes came without it.
    /// The first wait is `firstWait` (long for an idle keep-alive connection), later ones
    /// `transferTimeout`.
    private func readUntil(_ delimiter: [UInt8], limit: Int, firstWait: Duration) -> Int? {
        var searchFrom = 0
        var timeout = firstWait
        while true {
            if buffer.count >= delimiter.count {
                let lastStart = buffer.count - delimiter.count
                var index = searchFrom
                while index <= lastStart {
                    if buffer[index] == delimiter[0], buffer[index..<(index + delimiter.count)].elementsEqual(delimiter) {
                        return index
                    }
                    index += 1
                }
                searchFrom = lastStart + 1
            }
            if buffer.count >= limit { return nil }
            guard receive(timeout: timeout) else { return nil }
            timeout = LoopbackServerCore.transferTimeout
        }
    }

    /// Receives until `buffer` holds at least `count` bytes; false if that did not happen.
    private func fill(_ count: Int) -> Bool {
        while buffer.count < count {
            guard receive(timeout: LoopbackServerCore.transferTimeout) else { return false }
        }
        return true
    }

    /// Receives what is available into `buffer`; false on end of file, error, timeout or stop.
    /// The timeout is poll's rather than `SO_RCVTIMEO`, so the same wait also ends at `stop()`.
    private func receive(timeout: Duration) -> Bool {
        guard core.wait(for: descriptor, timeout: timeout) == .ready else { return false }
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let count = recv(descriptor, &chunk, chunk.count, 0)
        if count <= 0 { return false }
        buffer += chunk[..<count]
        return true
    }

    // MARK: Helpers

    private static func named(_ name: String, _ expected: String) -> Bool {
        name.caseInsensitiveCompare(expected) == .orderedSame
    }

    private static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "Status \(status)"
        }
    }
}
