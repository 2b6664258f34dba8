import Foundation
import HTTP

/// Asks an `openai` or `anthropic` provider for a streamed chat answer (`"stream": true`,
/// server-sent events) and reads it to its end, under the same policy gate as the provider's
/// `ProviderClient`.
///
/// Streaming detects what a whole-body reply cannot: a stream cut in the middle (a reset, or a
/// clean close before the provider's finish event) fails as a retryable transport error
/// instead of passing half an answer on; an answer stopped at the output limit
/// (`finish_reason: length`, `stop_reason: max_tokens`) fails as `.truncatedOutput`; an error
/// event inside the stream (Anthropic's `overloaded_error`) is classified like the same error
/// sent as a status.
public struct ChatStreamer: Sendable {
    /// The client whose configuration, adapter, gate and ledger the streamed requests share.
    public let client: ProviderClient
    private let http: HTTPClient
    private let keys: APIKeyResolver

    /// Creates a streamer for `client`'s provider, sending through `http` (the client's own, or
    /// another shared by the run) with keys read by `keys`.
    public init(client: ProviderClient, http: HTTPClient, keys: APIKeyResolver = .processEnvironment) {
        self.client = client
        self.http = http
        self.keys = keys
    }

    /// Answers a conversation by streaming, under the provider's policy: concurrency, rates,
    /// `Retry-After`, backoff, retry budget and circuit, exactly as `ProviderClient.chat(_:)`.
    ///
    /// Throws what `ProviderClient.send(_:)` throws.
    public func chat(_ request: ChatRequest) async throws -> ProviderReply {
        let task = ProviderTask.chat(request)
        let estimate = client.estimatedTokens(for: task)
        return try await client.gate.run(estimatedTokens: estimate) { () async throws -> (ProviderReply, usedTokens: Int) in
            let reply = try await self.attempt(request)
            let used = reply.usage.totalTokens
            return (reply, usedTokens: used > 0 ? used : estimate)
        }
    }

    /// One streamed attempt, outside the policy: the stream is read to its finish event, its
    /// usage recorded in the client's ledger, and the reply returned.
    ///
    /// - Parameter acceptTruncated: Return an answer stopped at the output limit instead of
    ///   failing with `.truncatedOutput`.
    public func attempt(_ request: ChatRequest, acceptTruncated: Bool = false) async throws(ProviderError) -> ProviderReply {
        let configuration = client.configuration
        guard configuration.kind == .openai || configuration.kind == .anthropic else {
            throw .unsupportedTask(provider: configuration.name, kind: configuration.kind, task: "stream a chat answer")
        }
        let task = ProviderTask.chat(request)
        let key = try keys.key(for: configuration)
        let streamRequest = try Self.streaming(client.adapter.makeRequest(for: task, key: key), configuration: configuration)

        let response: HTTPStreamingResponse
        do {
            response = try await http.stream(streamRequest)
        } catch {
            throw .transport(provider: configuration.name, error)
        }
        guard (200..<300).contains(response.status) else {
            throw await failure(of: response, task: task, key: key)
        }

        var reader = ChatStreamReader(configuration: configuration, key: key)
        do {
            for try await event in response.events {
                try reader.read(event)
                if reader.isFinished { break }
            }
        } catch let error as ProviderError {
            throw error
        } catch let error as HTTPError {
            throw .transport(provider: configuration.name, error)
        } catch {
            // The parser's endedInsideEvent: the body stopped part-way through an event.
            throw cut(after: reader, reason: "the event stream stopped in the middle of an event")
        }
        if Task.isCancelled { throw .transport(provider: configuration.name, .cancelled) }
        guard reader.isFinished || (configuration.kind == .openai && reader.finishReason != nil) else {
            throw cut(after: reader, reason: "the event stream ended before the answer's finish event")
        }

        let reply = reader.reply
        client.ledger.record(reply.usage, provider: configuration.name)
        if reply.finishReason == .truncated, !acceptTruncated {
            throw .truncatedOutput(provider: configuration.name, limit: request.maxOutputTokens ?? configuration.maxOutputTokens, usage: reply.usage)
        }
        return reply
    }

    /// `request` turned into its streaming form: `"stream": true` in the body (with usage
    /// reported in the stream, for OpenAI-compatible servers) and `Accept: text/event-stream`.
    static func streaming(_ request: HTTPRequest, configuration: ProviderConfiguration) throws(ProviderError) -> HTTPRequest {
        guard var body = (try? JSONSerialization.jsonObject(with: request.body)) as? [String: Any] else {
            throw .invalidConfiguration(provider: configuration.name, reason: "the chat request body is not a JSON object")
        }
        body["stream"] = true
        if configuration.kind == .openai { body["stream_options"] = ["include_usage": true] }
        var streamRequest = request
        do {
            // Sorted keys: a retry sends the very same bytes.
            streamRequest.body = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw .invalidConfiguration(provider: configuration.name, reason: "the request body cannot be encoded as JSON")
        }
        streamRequest.headers = request.headers.map { header in
            header.name.caseInsensitiveCompare("Accept") == .orderedSame ? (name: header.name, value: "text/event-stream") : header
        }
        return streamRequest
    }

    /// The classified error of a stream answered with a failure status, read from its body.
    private func failure(of response: HTTPStreamingResponse, task: ProviderTask, key: APIKey?) async -> ProviderError {
        let configuration = client.configuration
        let body: Data
        do {
            body = try await response.collectBody()
        } catch {
            body = Data()
        }
        let whole = HTTPResponse(status: response.status, headers: response.headers, body: body)
        do {
            _ = try client.adapter.parseReply(whole, to: task, key: key)
        } catch {
            return error
        }
        // A failure status with a body the adapter accepts still failed.
        return ReplyReader(configuration: configuration, key: key)
            .failure(status: response.status, response: whole, details: FailureDetails(body: body), category: nil)
    }

    /// The retryable error of a stream that stopped before its end.
    private func cut(after reader: ChatStreamReader, reason: String) -> ProviderError {
        let configuration = client.configuration
        return .transport(
            provider: configuration.name,
            .transferFailed(host: configuration.host, reason: "\(reason) (after \(reader.eventCount) event\(reader.eventCount == 1 ? "" : "s"))")
        )
    }
}
