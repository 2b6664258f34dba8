import Foundation
import HTTP
import Testing
import WartaTestSupport

@Suite struct HTTPClientTests {
    /// Sends `request`, returning the error it failed with (nil when it succeeded).
    private func failure(of request: HTTPRequest, on client: HTTPClient) async -> HTTPError? {
        do {
            _ = try await client.send(request)
            return nil
        } catch {
            return error
        }
    }

    @Test func aRequestHasSensibleDefaultTimeouts() {
        let timeouts = HTTPTimeouts()
        #expect(timeouts.connect < timeouts.total)
    }

    @Test func aGETReturnsStatusHeadersAndBody() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.text("selamat pagi", status: 203, headers: [("X-Reply", "yes")]))
        let client = HTTPClient()

        let request = HTTPRequest(url: server.url("/v1/models?limit=2"), headers: [("X-Trace", "abc"), ("X-Empty", "")])
        let response = try await client.send(request)

        #expect(response.status == 203)
        #expect(response.header("x-reply") == "yes")
        #expect(String(decoding: response.body, as: UTF8.self) == "selamat pagi")
        let recorded = try #require(server.requests.first)
        #expect(recorded.method == "GET")
        #expect(recorded.path == "/v1/models?limit=2")
        #expect(recorded.header("X-Trace") == "abc")
        #expect(recorded.header("X-Empty") == "")
        #expect(recorded.header("Expect") == nil)
        #expect(recorded.header("Accept-Encoding")?.contains("gzip") == true)
    }

    @Test func aPOSTSendsItsBodyWithoutWaitingForContinue() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.json(#"{"ok":true}"#))
        let client = HTTPClient()
        // Large enough that libcurl would otherwise send "Expect: 100-continue".
        let body = Data(repeating: UInt8(ascii: "a"), count: 200_000)

        let response = try await client.send(HTTPRequest(
            method: "POST", url: server.url("/v1/chat"),
            headers: [("Content-Type", "application/json")], body: body
        ))

        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        let recorded = try #require(server.requests.first)
        #expect(recorded.method == "POST")
        #expect(recorded.body == body)
        #expect(recorded.header("Content-Type") == "application/json")
        #expect(recorded.header("Expect") == nil)
    }

    @Test func otherMethodsAreSentAsNamed() async throws {
        let server = LoopbackHTTPServer { _ in ScriptedReply(status: 204) }
        defer { server.stop() }
        let client = HTTPClient()

        _ = try await client.send(HTTPRequest(method: "PUT", url: server.url("/a"), body: Data("x".utf8)))
        _ = try await client.send(HTTPRequest(method: "DELETE", url: server.url("/b")))
        let head = try await client.send(HTTPRequest(method: "HEAD", url: server.url("/c")))

        #expect(server.requests.map(\.method) == ["PUT", "DELETE", "HEAD"])
        #expect(server.requests.first?.bodyText == "x")
        #expect(head.status == 204)
    }

    @Test func aGzippedBodyIsDecompressed() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        let text = Data(String(repeating: "berita hari ini ", count: 100).utf8)
        server.enqueue(.gzipped(body: text))
        let client = HTTPClient()

        let response = try await client.send(HTTPRequest(url: server.url("/")))

        #expect(response.body == text)
    }

    @Test func sixtyFourConcurrentRequestsAllGetTheirOwnReplies() async throws {
        let server = LoopbackHTTPServer { request in .text("reply to \(request.path)") }
        defer { server.stop() }
        let client = HTTPClient()

        let bodies = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<64 {
                group.addTask {
                    let response = try await client.send(HTTPRequest(url: server.url("/item/\(index)")))
                    return (index, String(decoding: response.body, as: UTF8.self))
                }
            }
            var bodies: [Int: String] = [:]
            for try await (index, body) in group { bodies[index] = body }
            return bodies
        }

        #expect(bodies.count == 64)
        #expect(bodies.allSatisfy { $0.value == "reply to /item/\($0.key)" })
        #expect(server.requestCount == 64)
        #expect(server.connectionCount <= 64)
    }

    @Test func sequentialRequestsReuseTheConnection() async throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }
        let client = HTTPClient()

        for _ in 0..<5 { _ = try await client.send(HTTPRequest(url: server.url("/"))) }

        #expect(server.connectionCount == 1)
    }

    @Test func aReplySlowerThanTheTotalTimeoutTimesOut() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(ScriptedReply.text("late").delayed(by: .seconds(5)))
        let client = HTTPClient()
        let timeouts = HTTPTimeouts(connect: .seconds(5), total: .milliseconds(300))

        let error = await failure(of: HTTPRequest(url: server.url("/slow"), timeouts: timeouts), on: client)

        #expect(error == .timedOut(host: "127.0.0.1:\(server.port)", after: .milliseconds(300)))
    }

    @Test func aStalledReplyTripsTheLowSpeedLimit() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.stall)
        let client = HTTPClient()
        let timeouts = HTTPTimeouts(total: .seconds(30), lowSpeedBytes: 1, lowSpeedWindow: .seconds(1))

        let error = await failure(of: HTTPRequest(url: server.url("/"), timeouts: timeouts), on: client)

        #expect(error == .timedOut(host: "127.0.0.1:\(server.port)", after: .seconds(1)))
    }

    @Test func aClosedPortFailsToConnect() async throws {
        let server = LoopbackHTTPServer()
        let url = server.url("/")
        server.stop()  // nothing listens on the port any more
        let client = HTTPClient()

        let error = await failure(of: HTTPRequest(url: url), on: client)

        guard case let .connectionFailed(host, _) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(host == "127.0.0.1:\(url.port!)")
    }

    @Test func cancellingTheTaskAbortsAStalledTransfer() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.stall)
        let client = HTTPClient()
        // Were cancellation ignored, the request would end in .timedOut instead.
        let request = HTTPRequest(url: server.url("/stall"), timeouts: HTTPTimeouts(total: .seconds(30)))

        let task = Task { await failure(of: request, on: client) }
        #expect(await server.waitForRequests(1))
        task.cancel()

        #expect(await task.value == .cancelled)
    }

    @Test func aTaskCancelledBeforeSendingNeverReachesTheServer() async throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }
        let client = HTTPClient()

        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return await failure(of: HTTPRequest(url: server.url("/")), on: client)
        }

        #expect(await task.value == .cancelled)
        #expect(server.requestCount == 0)
    }

    @Test func anAnnouncedBodyOverTheCapIsRefused() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(ScriptedReply(body: Data(count: 10_000)))
        let client = HTTPClient()

        let error = await failure(of: HTTPRequest(url: server.url("/big"), maximumResponseBytes: 1_000), on: client)

        #expect(error == .responseTooLarge(host: "127.0.0.1:\(server.port)", limit: 1_000))
    }

    @Test func aStreamedBodyOverTheCapIsCutOff() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        // Chunked, so no length is announced: the cap has to be enforced as bytes arrive.
        server.enqueue(.chunked(chunks: Array(repeating: Data(count: 600), count: 4)))
        let client = HTTPClient()

        let error = await failure(of: HTTPRequest(url: server.url("/big"), maximumResponseBytes: 1_000), on: client)

        #expect(error == .responseTooLarge(host: "127.0.0.1:\(server.port)", limit: 1_000))
    }

    @Test func aBodyAtTheCapIsAccepted() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.chunked(chunks: [Data(count: 600), Data(count: 400)]))
        let client = HTTPClient()

        let response = try await client.send(HTTPRequest(url: server.url("/"), maximumResponseBytes: 1_000))

        #expect(response.body.count == 1_000)
    }

    @Test func aResetConnectionFailsTheTransfer() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.reset)
        let client = HTTPClient()

        let error = await failure(of: HTTPRequest(url: server.url("/")), on: client)

        guard case .transferFailed = error else {
            Issue.record("expected transferFailed, got \(String(describing: error))")
            return
        }
    }

    @Test func aTruncatedBodyFailsTheTransfer() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.truncated(body: Data(count: 1_000), sendBytes: 400))
        let client = HTTPClient()

        let error = await failure(of: HTTPRequest(url: server.url("/")), on: client)

        guard case .transferFailed = error else {
            Issue.record("expected transferFailed, got \(String(describing: error))")
            return
        }
    }

    @Test func errorsNameTheHostButNeitherPathQueryNorHeaders() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.reset)
        let client = HTTPClient()
        let request = HTTPRequest(
            url: server.url("/v1/secret-path?key=query-secret"),
            headers: [("Authorization", "Bearer header-secret")]
        )

        let message = try #require(await failure(of: request, on: client)).description

        #expect(message.contains("127.0.0.1:\(server.port)"))
        for secret in ["secret-path", "query-secret", "header-secret"] {
            #expect(!message.contains(secret))
        }
    }

    @Test func aHeaderValueWithALineBreakIsRefused() async throws {
        let client = HTTPClient()
        let request = HTTPRequest(url: URL(string: "http://127.0.0.1:9/")!, headers: [("X-Key", "a\r\nInjected: yes")])

        let error = await failure(of: request, on: client)

        guard case let .invalidRequest(reason) = error else {
            Issue.record("expected invalidRequest, got \(String(describing: error))")
            return
        }
        #expect(!reason.contains("Injected"))
    }

    @Test func onlyHTTPAndHTTPSURLsAreSent() async {
        let client = HTTPClient()

        let error = await failure(of: HTTPRequest(url: URL(string: "file:///etc/passwd")!), on: client)

        guard case .invalidRequest = error else {
            Issue.record("expected invalidRequest, got \(String(describing: error))")
            return
        }
    }

    @Test func shuttingDownCancelsTransfersInFlightAndRefusesNewOnes() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.stall)
        let client = HTTPClient()

        let inFlight = Task { await failure(of: HTTPRequest(url: server.url("/stall")), on: client) }
        #expect(await server.waitForRequests(1))
        client.shutdown()
        client.shutdown()

        #expect(await inFlight.value == .cancelled)
        let later = await failure(of: HTTPRequest(url: server.url("/")), on: client)
        guard case .invalidRequest = later else {
            Issue.record("expected invalidRequest, got \(String(describing: later))")
            return
        }
    }

    @Test func manyClientsCanBeMadeAndDropped() async throws {
        let server = LoopbackHTTPServer { _ in .text("ok") }
        defer { server.stop() }

        for _ in 0..<20 {
            let client = HTTPClient()
            let response = try await client.send(HTTPRequest(url: server.url("/")))
            #expect(response.status == 200)
        }
    }
}
