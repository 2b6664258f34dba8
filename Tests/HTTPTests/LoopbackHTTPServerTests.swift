import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import WartaTestSupport

/// The loopback server as a client sees it on the wire. The checks use raw sockets (and
/// URLSession where a full client is needed), never the project's own HTTP client, so a bug
/// there cannot hide a bug here.
@Suite struct LoopbackHTTPServerTests {
    // MARK: Answering and recording

    @Test func answersWithTheScriptedStatusHeadersAndBody() throws {
        let server = LoopbackHTTPServer { _ in .json(#"{"ok":true}"#, headers: [("X-Request-Id", "abc")]) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET /v1/models?limit=2 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let response = try #require(client.readResponse())

        #expect(response.status == 200)
        #expect(response.header("content-type") == "application/json")
        #expect(response.header("X-Request-Id") == "abc")
        #expect(response.header("Content-Length") == "11")
        #expect(response.bodyText == #"{"ok":true}"#)
    }

    @Test func recordsMethodPathWithQueryHeadersAndBody() throws {
        let server = LoopbackHTTPServer { _ in ScriptedReply(status: 204) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("POST /v1/chat?stream=false HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\nContent-Length: 5\r\n\r\nhalo!")
        #expect(client.readResponse()?.status == 204)

        let request = try #require(server.requests.first)
        #expect(server.requestCount == 1)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/chat?stream=false")
        #expect(request.header("authorization") == "Bearer k")
        #expect(request.header("X-Missing") == nil)
        #expect(request.bodyText == "halo!")
    }

    @Test func answers404WhenNothingIsScripted() throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n")

        #expect(client.readResponse()?.status == 404)
    }

    @Test func usesQueuedRepliesInOrderBeforeTheHandler() throws {
        let server = LoopbackHTTPServer { _ in .text("fine") }
        defer { server.stop() }
        server.enqueue(.text("slow down", status: 429, headers: [("Retry-After", "2")]))
        server.enqueue(ScriptedReply(status: 503))
        let client = try RawClient(port: server.port)

        var statuses: [Int] = []
        for _ in 0..<3 {
            client.send("GET /retry HTTP/1.1\r\nHost: x\r\n\r\n")
            statuses.append(client.readResponse()?.status ?? 0)
        }

        #expect(statuses == [429, 503, 200])
    }

    @Test func aHandlerSetLaterReplacesTheFirst() throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.handler = { request in .text("echo \(request.path)") }
        let client = try RawClient(port: server.port)

        client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")

        #expect(client.readResponse()?.bodyText == "echo /a")
    }

    @Test func omitsTheBodyForHEADRequests() throws {
        let server = LoopbackHTTPServer { _ in .text("twelve bytes") }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try #require(client.readResponse(expectBody: false))
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")

        #expect(head.header("Content-Length") == "12")
        #expect(client.readResponse()?.bodyText == "twelve bytes")
    }

    // MARK: Connections

    @Test func servesSeveralRequestsOnOneKeptAliveConnection() throws {
        let server = LoopbackHTTPServer { request in .text(request.path) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = client.readResponse()?.bodyText
        client.send("GET /two HTTP/1.1\r\nHost: x\r\n\r\n")
        let second = client.readResponse()?.bodyText

        #expect([first, second] == ["/one", "/two"])
        #expect(server.connectionCount == 1)
        #expect(server.requests.map(\.connectionNumber) == [1, 1])
    }

    @Test func numbersEachConnection() throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }
        for _ in 0..<2 {
            let client = try RawClient(port: server.port)
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = client.readResponse()
        }

        #expect(server.requests.map(\.connectionNumber) == [1, 2])
    }

    @Test func closesTheConnectionWhenTheClientAsks() throws {
        let server = LoopbackHTTPServer { _ in .text("bye") }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

        #expect(client.readResponse()?.bodyText == "bye")
        #expect(client.readToEnd() == .closed)
    }

    @Test func decodesAChunkedRequestBody() throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n6;ext=1\r\npedia \r\n0\r\n\r\n")

        #expect(client.readResponse()?.status == 200)
        #expect(server.requests.first?.bodyText == "Wikipedia ")
    }

    @Test func answers100ContinueBeforeReadingAnExpectedBody() throws {
        let server = LoopbackHTTPServer { _ in ScriptedReply(status: 201) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("PUT /big HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
        let interim = client.readResponse(expectBody: false)?.status
        client.send("abc")

        #expect(interim == 100)
        #expect(client.readResponse()?.status == 201)
        #expect(server.requests.first?.bodyText == "abc")
    }

    @Test func answers400ToAMalformedRequest() throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("NONSENSE\r\n\r\n")

        #expect(client.readResponse()?.status == 400)
        #expect(server.requestCount == 0)
    }

    // MARK: Faults

    @Test func waitsTheScriptedDelayBeforeAnswering() throws {
        let server = LoopbackHTTPServer { _ in ScriptedReply(status: 200, delay: .milliseconds(150)) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        let clock = ContinuousClock()

        let start = clock.now
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let status = client.readResponse()?.status
        let waited = clock.now - start

        #expect(status == 200)
        // A lower bound the server guarantees, not a speed measurement.
        #expect(waited >= .milliseconds(150))
    }

    @Test func delayedByAppliesToAnyReply() {
        let reply = ScriptedReply.text("late").delayed(by: .seconds(3))

        #expect(reply.delay == .seconds(3))
    }

    @Test func resetsTheConnectionWithoutAnswering() throws {
        let server = LoopbackHTTPServer { _ in .reset }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")

        #expect(client.readToEnd() == .reset)
        #expect(client.received.isEmpty)
        #expect(server.requestCount == 1)
    }

    @Test func truncatesTheBodyItAnnounced() throws {
        let body = Data("0123456789abcdefghij".utf8)
        let server = LoopbackHTTPServer { _ in .truncated(body: body, sendBytes: 8) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try #require(client.readResponse(expectBody: false))
        let end = client.readToEnd()

        #expect(head.header("Content-Length") == "20")
        #expect(end == .closed)
        #expect(String(decoding: client.received, as: UTF8.self) == "01234567")
    }

    @Test func stallsUntilTheServerStops() async throws {
        let server = LoopbackHTTPServer { _ in .stall }
        defer { server.stop() }
        let client = try RawClient(port: server.port, receiveTimeout: .milliseconds(100))

        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(await server.waitForRequests(1))
        let whileStalled = client.readToEnd()
        server.stop()
        let afterStop = client.readToEnd()

        #expect(whileStalled == .timedOut)
        #expect(client.received.isEmpty)
        #expect(afterStop == .closed)
    }

    @Test func stopEndsIdleKeptAliveConnections() throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        let client = try RawClient(port: server.port)
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = client.readResponse()

        server.stop()

        #expect(client.readToEnd() == .closed)
        #expect(throws: RawClient.ConnectFailed.self) { try RawClient(port: server.port) }
    }

    @Test func stopCanBeCalledTwice() {
        let server = LoopbackHTTPServer()
        server.stop()
        server.stop()
        #expect(server.requestCount == 0)
    }

    // MARK: Streams

    @Test func streamsEventsAsChunksAndEndsTheBody() throws {
        let server = LoopbackHTTPServer { _ in .eventStream(events: ["satu", "dua", "[DONE]"], interval: .milliseconds(5)) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("POST /v1/chat HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        let response = try #require(client.readResponse())

        #expect(response.header("Content-Type") == "text/event-stream")
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.chunks == ["data: satu\n\n", "data: dua\n\n", "data: [DONE]\n\n"])
        #expect(response.ended)
    }

    @Test func cutsTheStreamAfterTheGivenNumberOfEvents() throws {
        let server = LoopbackHTTPServer { _ in .eventStream(events: ["satu", "dua", "tiga"], cutAfter: 2) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try #require(client.readResponse())

        #expect(response.chunks == ["data: satu\n\n", "data: dua\n\n"])
        #expect(!response.ended)
        #expect(client.readToEnd() == .closed)
    }

    @Test func sendsRawChunksVerbatim() throws {
        let parts = ["event: delta\nda", "ta: {\"t\":1}\n\n", ": keep-alive\n\n"]
        let server = LoopbackHTTPServer { _ in .chunked(chunks: parts.map { Data($0.utf8) }) }
        defer { server.stop() }
        let client = try RawClient(port: server.port)

        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try #require(client.readResponse())

        #expect(response.chunks == parts)
        #expect(response.ended)
    }

    // MARK: With a full client

    @Test func aURLSessionClientReceivesAGzippedBodyDecoded() async throws {
        let text = String(repeating: "Berita hari ini dari Jakarta. ", count: 3000)
        try await LoopbackHTTPServer.withServer { server in
            server.handler = { _ in .gzipped(headers: [("Content-Type", "text/plain")], body: Data(text.utf8)) }
            let session = URLSession(configuration: .ephemeral)
            defer { session.invalidateAndCancel() }

            let (data, response) = try await session.data(from: server.url("/gz"))

            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self) == text)
            #expect(server.requests.first?.path == "/gz")
        }
    }
}

/// A minimal blocking HTTP/1.1 client on a POSIX socket, reading exactly what the server sent.
private final class RawClient {
    /// The connection was refused or failed.
    struct ConnectFailed: Error {
        var code: Int32
    }

    /// How reading to the end of the connection stopped.
    enum End: Equatable {
        case closed
        case reset
        case timedOut
    }

    /// A parsed response.
    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8] = []
        var chunks: [String] = []
        /// Whether a chunked body reached its terminating chunk.
        var ended = false

        func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }

        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    private var descriptor: Int32
    /// Bytes received and not yet parsed.
    private(set) var received: [UInt8] = []

    init(port: Int, receiveTimeout: Duration = .seconds(2)) throws {
        #if canImport(Glibc)
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            // deinit still runs when a class's initializer throws after every property is
            // set; marking the descriptor closed keeps it from closing a number that another
            // test's socket may already have been given.
            descriptor = -1
            throw ConnectFailed(code: code)
        }
        let (seconds, attoseconds) = receiveTimeout.components
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: .init(attoseconds / 1_000_000_000_000))
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { raw in
            #if canImport(Glibc)
            Glibc.send(descriptor, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
            #else
            Darwin.send(descriptor, raw.baseAddress, raw.count, 0)
            #endif
        }
    }

    /// Receives once into `received`; nil when bytes came, else why nothing did.
    private func receive() -> End? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(descriptor, &chunk, chunk.count, 0)
        if count > 0 {
            received += chunk[..<count]
            return nil
        }
        if count == 0 { return .closed }
        switch errno {
        case ECONNRESET: return .reset
        case EAGAIN, EWOULDBLOCK: return .timedOut
        case EINTR: return receive()
        default: return .closed
        }
    }

    /// Receives until the connection ends or the receive timeout passes.
    func readToEnd() -> End {
        while true {
            if let end = receive() { return end }
        }
    }

    /// Receives until `received` holds `count` bytes; false if it never did.
    private func fill(_ count: Int) -> Bool {
        while received.count < count {
            if receive() != nil { return false }
        }
        return true
    }

    /// Takes a CRLF-terminated line (without the CRLF) from `received`.
    private func line() -> String? {
        while true {
            if let index = received.indices.dropLast().first(where: { received[$0] == 13 && received[$0 + 1] == 10 }) {
                let text = String(decoding: received[..<index], as: UTF8.self)
                received.removeFirst(index + 2)
                return text
            }
            if receive() != nil { return nil }
        }
    }

    /// Reads one response: the head, then (with `expectBody`) a `Content-Length` body or the
    /// chunks of a chunked one, as far as the connection delivers them.
    func readResponse(expectBody: Bool = true) -> Response? {
        guard let statusLine = line() else { return nil }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var response = Response(status: status, headers: [])
        while let field = line(), !field.isEmpty {
            let colon = field.firstIndex(of: ":")!
            response.headers.append((
                String(field[..<colon]),
                String(field[field.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            ))
        }
        guard expectBody else { return response }
        if response.header("Transfer-Encoding") == "chunked" {
            while let sizeLine = line(), let size = Int(sizeLine, radix: 16) {
                if size == 0 {
                    _ = line()
                    response.ended = true
                    break
                }
                guard fill(size + 2) else { break }
                response.chunks.append(String(decoding: received[..<size], as: UTF8.self))
                received.removeFirst(size + 2)
            }
        } else if let length = response.header("Content-Length").flatMap({ Int($0) }), fill(length) {
            response.body = Array(received[..<length])
            received.removeFirst(length)
        }
        return response
    }
}
