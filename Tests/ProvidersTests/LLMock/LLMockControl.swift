import Foundation
import HTTP
import WartaTestSupport

/// The control API of a running llmock (`/_llmock/...`): forget what happened, queue scripted
/// behaviours for the next requests, and read its verdict on the client's retry behaviour.
struct LLMockControl {
    /// The server being controlled.
    let server: LLMockServer
    /// The client the control requests go through (Warta's own, like the provider traffic).
    let http: HTTPClient

    /// Forgets every recorded request and every behaviour still queued.
    func reset() async throws {
        _ = try await call("POST", "/_llmock/reset")
    }

    /// Queues behaviours, each a JSON object in llmock's scenario format, e.g.
    /// `{"type": "fail", "status": 429, "retry_after": 0.2}`; requests consume them in order.
    func queue(_ behaviors: String...) async throws {
        let body = #"{"behaviors": ["# + behaviors.joined(separator: ", ") + "]}"
        let response = try await call("POST", "/_llmock/scenario", body: body)
        guard response.status == 201 else {
            throw LLMockControlError(message: "llmock refused the scenario (HTTP \(response.status)): \(String(decoding: response.body, as: UTF8.self))")
        }
    }

    /// llmock's judgement of every request since the last reset.
    func verdict() async throws -> LLMockVerdict {
        let response = try await call("GET", "/_llmock/verdict")
        guard response.status == 200 else {
            throw LLMockControlError(message: "llmock gave no verdict (HTTP \(response.status))")
        }
        var verdict = try JSONDecoder().decode(LLMockVerdict.self, from: response.body)
        verdict.json = String(decoding: response.body, as: UTF8.self)
        return verdict
    }

    private func call(_ method: String, _ path: String, body: String = "") async throws -> HTTPResponse {
        let request = HTTPRequest(
            method: method,
            url: server.baseURL.appendingPathComponent(path),
            headers: [("Content-Type", "application/json")],
            body: Data(body.utf8),
            timeouts: HTTPTimeouts(connect: .seconds(5), total: .seconds(15))
        )
        return try await http.send(request)
    }
}

/// A control request llmock did not accept.
struct LLMockControlError: Error, CustomStringConvertible {
    /// What went wrong.
    var message: String
    var description: String { message }
}

/// llmock's verdict (`GET /_llmock/verdict`): the calls it saw (a retry resends the same body,
/// so attempts with one body group into one call), and what it found wrong. `passed` means
/// no errors; warnings are advice.
struct LLMockVerdict: Decodable {
    /// One thing llmock noticed about a call.
    struct Finding: Decodable {
        /// "error" or "warning".
        var severity: String
        /// A stable name, e.g. `retry_after_ignored`, `truncated_stream_accepted`, `gave_up`.
        var code: String
        /// A sentence describing it.
        var title: String
    }

    var passed: Bool
    var calls: Int
    var attempts: Int
    var faultsInjected: Int
    var errors: Int
    var warnings: Int
    var findings: [Finding]
    /// The verdict as llmock sent it, for failure messages.
    var json = ""

    /// The codes of every finding.
    var codes: [String] { findings.map(\.code) }

    enum CodingKeys: String, CodingKey {
        case passed, calls, attempts, errors, warnings, findings
        case faultsInjected = "faults_injected"
    }
}
