import Foundation
import HTTP
@testable import Providers
import Testing
import WartaTestSupport

/// The key must never reach a message, however a provider fails and whatever it echoes back.
@Suite struct KeySecrecyTests {
    /// Replies that quote back everything the request carried: headers, path (Google's query) and body.
    static func echoing(status: Int) -> @Sendable (RecordedRequest) -> ScriptedReply {
        { request in
            let carried = request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "; ") + " " + request.path + " " + request.bodyText
            let escaped = carried.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            if status == 200 {
                return .text("not json: " + carried)
            }
            return .json(#"{"error": {"message": "you sent \#(escaped)", "type": "x"}, "message": "you sent \#(escaped)"}"#, status: status)
        }
    }

    @Test(arguments: ProviderKind.allCases)
    func noFailureShowsTheKey(kind: ProviderKind) async throws {
        try await LoopbackHTTPServer.withServer { server in
            var texts: [String] = []
            for status in [200, 400, 401, 403, 404, 429, 456, 500, 529] {
                server.handler = Self.echoing(status: status)
                let client = ProviderClientTests.client(kind, server: server, maxRetries: 0)
                let task = ProviderCheck.probeTask(for: kind)
                do {
                    _ = try await client.attempt(task)
                    Issue.record("status \(status) succeeded")
                } catch {
                    var dumped = ""
                    dump(error, to: &dumped)
                    texts += ["\(error)", String(reflecting: error), dumped]
                }
                let check = await ProviderCheck.run(client)
                texts.append(check.error?.description ?? "")
            }
            #expect(server.requests.contains { request in
                request.headers.contains { $0.value.contains(ProviderFixtures.sentinelKey) } || request.path.contains(ProviderFixtures.sentinelKey) || request.bodyText.contains(ProviderFixtures.sentinelKey)
            }, "the key was not sent, so the test proves nothing")
            for text in texts {
                #expect(!text.contains(ProviderFixtures.sentinelKey), "\(text)")
            }
        }
    }
}
