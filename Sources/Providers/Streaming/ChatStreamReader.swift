import Foundation
import HTTP

/// Reads the server-sent events of one streamed chat answer (OpenAI chat completion chunks or
/// Anthropic message events) into text, usage and a finish reason, and tells whether the
/// stream reached its end or was cut before it.
///
/// A stream counts as finished only when the provider said so: an OpenAI chunk with a
/// `finish_reason`, or Anthropic's `message_stop`. A stream that ends without it lost the end
/// of the answer, even when the connection closed cleanly.
struct ChatStreamReader {
    /// The provider the stream comes from.
    let configuration: ProviderConfiguration
    /// The key the request was made with, so quoted provider text never repeats it.
    let key: APIKey?

    /// The text received so far.
    private(set) var text = ""
    /// Tokens the provider reported.
    private(set) var usage = Usage(inputTokens: 0, outputTokens: 0, requests: 1)
    /// The finish reason, once the provider gave one.
    private(set) var finishReason: FinishReason?
    /// The model that answered, when the stream names it.
    private(set) var model: String?
    /// Whether the provider's end-of-answer event has arrived; later events are not needed.
    private(set) var isFinished = false
    /// How many events carried data, for error messages.
    private(set) var eventCount = 0

    /// A reader for a stream from `configuration`, requested with `key`.
    init(configuration: ProviderConfiguration, key: APIKey?) {
        self.configuration = configuration
        self.key = key
    }

    /// Takes in the next event; throws the classified error the event carries, or
    /// `malformedReply` for an event whose data is not the JSON the provider documents.
    mutating func read(_ event: ServerSentEvent) throws(ProviderError) {
        eventCount += 1
        switch configuration.kind {
        case .anthropic: try readAnthropic(event)
        default: try readOpenAI(event)
        }
    }

    /// The reply, once the stream is finished.
    var reply: ProviderReply {
        ProviderReply(texts: [text], usage: usage, finishReason: finishReason ?? .complete, model: model)
    }

    // MARK: - OpenAI

    private mutating func readOpenAI(_ event: ServerSentEvent) throws(ProviderError) {
        let data = event.data.trimmingCharacters(in: .whitespaces)
        if data == "[DONE]" {
            // The terminator after the finish chunk (and the usage chunk, when asked for).
            if finishReason != nil { isFinished = true }
            return
        }
        let chunk: OpenAIChunk = try decode(OpenAIChunk.self, from: event)
        if chunk.error != nil { throw embeddedError(in: event, status: 500) }
        if let name = chunk.model { model = name }
        if let counts = chunk.usage {
            usage = counts.usage
        }
        guard let choice = chunk.choices?.first else { return }
        if let piece = choice.delta?.content { text += piece }
        if let reason = choice.finish_reason {
            finishReason = FinishReason(openAI: reason)
        }
    }

    /// The parts of a chat completion chunk Warta reads.
    struct OpenAIChunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                var content: String?
            }
            var delta: Delta?
            var finish_reason: String?
        }
        typealias TokenUsage = OpenAIChatAdapter.Completion.TokenUsage
        struct Failure: Decodable {
            var message: String?
        }
        var model: String?
        var choices: [Choice]?
        var usage: TokenUsage?
        var error: Failure?
    }

    // MARK: - Anthropic

    private mutating func readAnthropic(_ event: ServerSentEvent) throws(ProviderError) {
        let message: AnthropicEvent = try decode(AnthropicEvent.self, from: event)
        switch message.type ?? event.type {
        case "message_start":
            if let name = message.message?.model { model = name }
            if let counts = message.message?.usage {
                usage = Usage(inputTokens: counts.input_tokens ?? 0, outputTokens: counts.output_tokens ?? 0, requests: 1)
            }
        case "content_block_delta":
            if message.delta?.type == "text_delta", let piece = message.delta?.text { text += piece }
        case "message_delta":
            if let outputTokens = message.usage?.output_tokens {
                usage = Usage(inputTokens: usage.inputTokens, outputTokens: outputTokens, requests: 1)
            }
            if let reason = message.delta?.stop_reason {
                finishReason = FinishReason(anthropic: reason)
            }
        case "message_stop":
            isFinished = true
        case "error":
            // Anthropic reports failures after the 200 head as an event, e.g. overloaded_error.
            let status = switch message.error?.type {
            case "overloaded_error": 529
            case "rate_limit_error": 429
            case "invalid_request_error": 400
            case "authentication_error": 401
            case "permission_error": 403
            case "billing_error": 402
            default: 500
            }
            throw embeddedError(in: event, status: status)
        default:
            break  // ping, content_block_start/stop and event types added later
        }
    }

    /// The parts of an Anthropic stream event Warta reads.
    struct AnthropicEvent: Decodable {
        struct Message: Decodable {
            var model: String?
            var usage: TokenUsage?
        }
        struct Delta: Decodable {
            var type: String?
            var text: String?
            var stop_reason: String?
        }
        typealias TokenUsage = AnthropicMessagesAdapter.Message.TokenUsage
        struct Failure: Decodable {
            var type: String?
            var message: String?
        }
        var type: String?
        var message: Message?
        var delta: Delta?
        var usage: TokenUsage?
        var error: Failure?
    }

    // MARK: - Shared

    /// The event's data decoded as `type`, or `malformedReply` with a short excerpt.
    private func decode<T: Decodable>(_ type: T.Type, from event: ServerSentEvent) throws(ProviderError) -> T {
        let response = HTTPResponse(status: 200, body: Data(event.data.utf8))
        let reader = ReplyReader(configuration: configuration, key: key)
        do {
            return try JSONDecoder().decode(T.self, from: response.body)
        } catch let error as DecodingError {
            throw reader.malformed(response, reason: "stream event \(eventCount) is unreadable: \(ReplyReader.reason(for: error))")
        } catch {
            throw reader.malformed(response, reason: "stream event \(eventCount) is unreadable")
        }
    }

    /// The error an error object sent inside the stream stands for, classified by the adapter
    /// as if it had come with `status`.
    private func embeddedError(in event: ServerSentEvent, status: Int) -> ProviderError {
        let response = HTTPResponse(status: status, body: Data(event.data.utf8))
        let adapter = ProviderAdapters.adapter(for: configuration)
        do {
            _ = try adapter.parseReply(response, to: .chat(ChatRequest(messages: [])), key: key)
        } catch {
            return error
        }
        return ReplyReader(configuration: configuration, key: key)
            .failure(status: status, response: response, details: FailureDetails(body: response.body), category: nil)
    }
}
