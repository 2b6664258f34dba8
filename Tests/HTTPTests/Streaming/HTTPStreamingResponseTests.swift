import Foundation
import HTTP
import Testing
import WartaTestSupport

@Suite struct HTTPStreamingResponseTests {
    @Test func theHeadArrivesFirstThenTheEvents() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.eventStream(events: ["{\"delta\":\"Se\"}", "{\"delta\":\"lamat\"}", "[DONE]"]))
        let client = HTTPClient()

        let response = try await client.stream(HTTPRequest(method: "POST", url: server.url("/v1/chat"), body: Data("{}".utf8)))

        #expect(response.status == 200)
        #expect(response.header("content-type") == "text/event-stream")
        var received: [String] = []
        for try await event in response.events { received.append(event.data) }
        #expect(received == ["{\"delta\":\"Se\"}", "{\"delta\":\"lamat\"}", "[DONE]"])
    }

    @Test func eventsSplitAcrossChunksAreReassembled() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        let chunks = ["event: delta\r\nda", "ta: one\r", "\n\r\ndata: two\n", "\n"].map { Data($0.utf8) }
        server.enqueue(.chunked(chunks: chunks, interval: .milliseconds(5), headers: [("Content-Type", "text/event-stream")]))
        let client = HTTPClient()

        let response = try await client.stream(HTTPRequest(url: server.url("/")))

        var received: [ServerSentEvent] = []
        for try await event in response.events { received.append(event) }
        #expect(received == [ServerSentEvent(type: "delta", data: "one"), ServerSentEvent(data: "two")])
    }

    @Test func aStreamCutInTheMiddleThrowsAfterTheEventsBeforeTheCut() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.eventStream(events: ["a", "b", "c", "d"], cutAfter: 2))
        let client = HTTPClient()

        let response = try await client.stream(HTTPRequest(url: server.url("/")))

        var received: [String] = []
        var thrown: (any Error)?
        do {
            for try await event in response.events { received.append(event.data) }
        } catch {
            thrown = error
        }
        #expect(received == ["a", "b"])
        guard case .transferFailed? = thrown as? HTTPError else {
            Issue.record("expected transferFailed, got \(String(describing: thrown))")
            return
        }
    }

    @Test func anErrorStatusStillStreamsItsBody() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.json(#"{"error":"overloaded"}"#, status: 529))
        let client = HTTPClient()

        let response = try await client.stream(HTTPRequest(url: server.url("/")))

        #expect(response.status == 529)
        #expect(String(decoding: try await response.collectBody(), as: UTF8.self) == #"{"error":"overloaded"}"#)
    }

    @Test func aFailureBeforeTheHeadIsThrownByStream() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.reset)
        let client = HTTPClient()

        do {
            _ = try await client.stream(HTTPRequest(url: server.url("/")))
            Issue.record("expected an error")
        } catch {
            guard case .transferFailed = error else {
                Issue.record("expected transferFailed, got \(error)")
                return
            }
        }
    }

    @Test func theSizeCapAppliesToStreamedBodies() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.chunked(chunks: Array(repeating: Data(count: 500), count: 5), interval: .milliseconds(2)))
        let client = HTTPClient()

        let response = try await client.stream(HTTPRequest(url: server.url("/"), maximumResponseBytes: 1_200))

        await #expect(throws: HTTPError.responseTooLarge(host: "127.0.0.1:\(server.port)", limit: 1_200)) {
            _ = try await response.collectBody()
        }
    }

    @Test func cancellingWhileWaitingForTheHeadAbortsTheTransfer() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.stall)
        let client = HTTPClient()
        let request = HTTPRequest(url: server.url("/"), timeouts: HTTPTimeouts(total: .seconds(30)))

        let task = Task { () -> HTTPError? in
            do throws(HTTPError) {
                _ = try await client.stream(request)
                return nil
            } catch {
                return error
            }
        }
        #expect(await server.waitForRequests(1))
        task.cancel()

        #expect(await task.value == .cancelled)
    }

    @Test func leavingTheBodyEarlyFreesTheClientForMoreRequests() async throws {
        let server = LoopbackHTTPServer()
        defer { server.stop() }
        server.enqueue(.eventStream(events: (0..<50).map { "event \($0)" }, interval: .milliseconds(20)))
        server.handler = { _ in .text("next") }
        let client = HTTPClient()

        let response = try await client.stream(HTTPRequest(url: server.url("/events")))
        for try await _ in response.events { break }
        let next = try await client.send(HTTPRequest(url: server.url("/next")))

        #expect(String(decoding: next.body, as: UTF8.self) == "next")
    }
}
