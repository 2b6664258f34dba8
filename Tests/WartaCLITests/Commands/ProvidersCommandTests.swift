import Foundation
import Testing
import WartaTestSupport

/// `warta providers check` and `list`, run as a user would against a loopback server.
@Suite struct ProvidersCommandTests {
    static let sentinelKey = "sk-SENTINEL-cli-9f8e7d6c-NEVER-PRINT"

    /// A fresh environment variable holding the sentinel key, inherited by the `warta` child.
    static func exportKey() -> String {
        let name = "WARTA_TEST_KEY_\(UInt32.random(in: 0...UInt32.max))"
        setenv(name, sentinelKey, 1)
        return name
    }

    /// A providers file with an OpenAI-compatible server and a LibreTranslate, both on `server`.
    static func providersFile(in folder: TemporaryFolder, server: LoopbackHTTPServer, variable: String) throws -> String {
        try folder.write("providers.yml", """
            providers:
              local-llm:
                kind: openai
                base_url: \(server.baseURL.absoluteString)/v1
                model: tiny-model
                api_key_env: \(variable)
                limits: { timeout_seconds: 10 }
              lt:
                kind: libretranslate
                base_url: \(server.baseURL.absoluteString)
                limits: { timeout_seconds: 10 }
            """)
    }

    /// Answers chat completions and translations as the two providers would.
    static let answering: @Sendable (RecordedRequest) -> ScriptedReply = { request in
        if request.path.hasSuffix("/chat/completions") {
            return .json(#"{"model": "tiny-model-q4", "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "length"}], "usage": {"prompt_tokens": 12, "completion_tokens": 1}}"#)
        }
        return .json(#"{"translatedText": ["hello"]}"#)
    }

    @Test func checkReportsEveryProviderAndSucceedsWhenAllAnswer() throws {
        let server = LoopbackHTTPServer(handler: Self.answering)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let variable = Self.exportKey()
        defer { unsetenv(variable) }
        let file = try Self.providersFile(in: folder, server: server, variable: variable)
        let outcome = try WartaProcess.run(["providers", "check", "--providers", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("NAME"))
        #expect(lines[1].hasPrefix("local-llm") && lines[1].contains("openai") && lines[1].contains("tiny-model") && lines[1].contains(" ms") && lines[1].contains("ok: key accepted, model tiny-model-q4"))
        #expect(lines[2].hasPrefix("lt") && lines[2].contains("libretranslate") && lines[2].contains("ok: answered"))
        #expect(server.requests.first { $0.path == "/v1/chat/completions" }?.header("Authorization") == "Bearer \(Self.sentinelKey)")
        #expect(!outcome.standardOutput.contains(Self.sentinelKey))
    }

    @Test func checkOfOneNameSendsOneRequest() throws {
        let server = LoopbackHTTPServer(handler: Self.answering)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let file = try Self.providersFile(in: folder, server: server, variable: "WARTA_TEST_UNUSED")
        let outcome = try WartaProcess.run(["providers", "check", "lt", "--providers", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(server.requests.map(\.path) == ["/translate"])
        #expect(!outcome.standardOutput.contains("local-llm"))
    }

    @Test func aRejectedKeyFailsWithTheReasonAndNeverShowsTheKey() throws {
        let server = LoopbackHTTPServer { request in
            guard request.path.hasSuffix("/chat/completions") else { return Self.answering(request) }
            // Quote the key back, as some servers do, to prove it is redacted.
            let sent = request.header("Authorization") ?? ""
            return .json(#"{"error": {"message": "Incorrect API key provided: \#(sent)", "type": "invalid_request_error", "code": "invalid_api_key"}}"#, status: 401)
        }
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let variable = Self.exportKey()
        defer { unsetenv(variable) }
        let file = try Self.providersFile(in: folder, server: server, variable: variable)
        let outcome = try WartaProcess.run(["providers", "check", "--providers", file])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("the key in $\(variable) was rejected by local-llm (127.0.0.1:\(server.port)): HTTP 401"))
        #expect(outcome.standardError.contains("1 of 2 providers failed the check"))
        #expect(outcome.standardOutput.contains("failed:"))
        #expect(!outcome.standardOutput.contains(Self.sentinelKey) && !outcome.standardError.contains(Self.sentinelKey))
    }

    @Test func anUnsetKeyVariableIsNamedAndNothingIsSent() throws {
        let server = LoopbackHTTPServer(handler: Self.answering)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let file = try Self.providersFile(in: folder, server: server, variable: "WARTA_TEST_NEVER_SET")
        let outcome = try WartaProcess.run(["providers", "check", "local-llm", "--providers", file])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("$WARTA_TEST_NEVER_SET, which is unset or empty"))
        #expect(server.requestCount == 0)
    }

    @Test func anUnknownNameListsTheConfiguredOnes() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("providers.yml", "providers:\n  lt: { kind: libretranslate, base_url: \"http://127.0.0.1:9\" }\n")
        let outcome = try WartaProcess.run(["providers", "check", "deepl", "--providers", file])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("provider 'deepl': no such provider in this file; it configures 'lt'"))
    }

    @Test func aBrokenFileIsReportedWithItsLine() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("providers.yml", "providers:\n  lt:\n    kind: libretranslate\n    base_url: http://127.0.0.1:9\n    timeout: 5\n")
        let outcome = try WartaProcess.run(["providers", "check", "--providers", file])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("\(file):5: provider 'lt', field 'timeout': unknown field"))
    }

    @Test func listShowsWhichKeyVariablesAreSetButNoKey() throws {
        let folder = try TemporaryFolder()
        let variable = Self.exportKey()
        defer { unsetenv(variable) }
        let file = try folder.write("providers.yml", """
            providers:
              a: { kind: deepl, api_key_env: \(variable) }
              b: { kind: google, api_key_env: WARTA_TEST_NEVER_SET }
            """)
        let outcome = try WartaProcess.run(["providers", "list", "--providers", file])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("$\(variable) (set)"))
        #expect(outcome.standardOutput.contains("$WARTA_TEST_NEVER_SET (unset)"))
        #expect(!outcome.standardOutput.contains(Self.sentinelKey))
    }
}
