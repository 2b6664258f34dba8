import Foundation
import HTTP
import Testing
@testable import Providers

/// How a streamed chat answer is read: text from the deltas, usage, the finish reason, and
/// when the stream counts as finished. Every event here was written for these tests in the
/// shape each provider documents.
@Suite("Chat stream reader")
struct ChatStreamReaderTests {
    static func configuration(_ kind: ProviderKind) -> ProviderConfiguration {
        ProviderConfiguration(
            name: kind.rawValue, kind: kind, baseURL: URL(string: "https://api.example.com")!,
            model: "test-model", apiKeyVariable: "TEST_KEY", maxOutputTokens: 32
        )
    }

    static func read(_ kind: ProviderKind, _ events: [ServerSentEvent]) throws(ProviderError) -> ChatStreamReader {
        var reader = ChatStreamReader(configuration: configuration(kind), key: APIKey("sk-test-secret-value"))
        for event in events { try reader.read(event) }
        return reader
    }

    @Test("OpenAI deltas join into the text; the finish chunk, usage and [DONE] finish the stream")
    func openAIStream() throws {
        let reader = try Self.read(.openai, [
            ServerSentEvent(data: #"{"model":"m-1","choices":[{"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#),
            ServerSentEvent(data: #"{"choices":[{"delta":{"content":"Hujan "},"finish_reason":null}]}"#),
            ServerSentEvent(data: #"{"choices":[{"delta":{"content":"turun."},"finish_reason":null}]}"#),
            ServerSentEvent(data: #"{"choices":[{"delta":{},"finish_reason":"stop"}]}"#),
            ServerSentEvent(data: #"{"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3}}"#),
            ServerSentEvent(data: "[DONE]"),
        ])
        #expect(reader.isFinished)
        #expect(reader.reply.text == "Hujan turun.")
        #expect(reader.reply.finishReason == .complete)
        #expect(reader.reply.model == "m-1")
        #expect(reader.usage.inputTokens == 12 && reader.usage.outputTokens == 3)
    }

    @Test("an OpenAI stream without a finish reason is not finished, even after [DONE]")
    func openAIStreamWithoutFinish() throws {
        let reader = try Self.read(.openai, [
            ServerSentEvent(data: #"{"choices":[{"delta":{"content":"Setengah"},"finish_reason":null}]}"#),
            ServerSentEvent(data: "[DONE]"),
        ])
        #expect(!reader.isFinished)
        #expect(reader.finishReason == nil)
    }

    @Test("finish_reason length reads as truncated")
    func openAILength() throws {
        let reader = try Self.read(.openai, [
            ServerSentEvent(data: #"{"choices":[{"delta":{"content":"Terpotong"},"finish_reason":"length"}]}"#),
        ])
        #expect(reader.finishReason == .truncated)
    }

    @Test("Anthropic text deltas join; message_delta gives the stop reason and message_stop finishes")
    func anthropicStream() throws {
        let reader = try Self.read(.anthropic, [
            ServerSentEvent(type: "message_start", data: #"{"type":"message_start","message":{"model":"c-1","usage":{"input_tokens":9,"output_tokens":1}}}"#),
            ServerSentEvent(type: "content_block_start", data: #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#),
            ServerSentEvent(type: "ping", data: #"{"type":"ping"}"#),
            ServerSentEvent(type: "content_block_delta", data: #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Pasar "}}"#),
            ServerSentEvent(type: "content_block_delta", data: #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"ramai."}}"#),
            ServerSentEvent(type: "content_block_stop", data: #"{"type":"content_block_stop","index":0}"#),
            ServerSentEvent(type: "message_delta", data: #"{"type":"message_delta","delta":{"stop_reason":"max_tokens"},"usage":{"output_tokens":7}}"#),
            ServerSentEvent(type: "message_stop", data: #"{"type":"message_stop"}"#),
        ])
        #expect(reader.isFinished)
        #expect(reader.reply.text == "Pasar ramai.")
        #expect(reader.reply.finishReason == .truncated)
        #expect(reader.reply.model == "c-1")
        #expect(reader.usage.inputTokens == 9 && reader.usage.outputTokens == 7)
    }

    @Test("an Anthropic stream that stops before message_stop is not finished")
    func anthropicWithoutStop() throws {
        let reader = try Self.read(.anthropic, [
            ServerSentEvent(type: "content_block_delta", data: #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Baru"}}"#),
        ])
        #expect(!reader.isFinished)
    }

    @Test("an overloaded_error event inside an Anthropic stream is a retryable server error")
    func anthropicErrorEvent() {
        #expect {
            _ = try Self.read(.anthropic, [
                ServerSentEvent(type: "error", data: #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#),
            ])
        } throws: { error in
            guard case let .serverError(_, _, status, _, message)? = error as? ProviderError else { return false }
            return status == 529 && message == "Overloaded"
        }
    }

    @Test("an event that is not JSON fails as a malformed reply that never quotes the key")
    func malformedEvent() {
        #expect {
            _ = try Self.read(.openai, [ServerSentEvent(data: #"{"choices":[{"delta":{"content":"sk-test-secret-value"#)])
        } throws: { error in
            guard let error = error as? ProviderError, case .malformedReply = error else { return false }
            return !"\(error)".contains("sk-test-secret-value")
        }
    }

    @Test("the streaming request sets stream, asks OpenAI for usage, and accepts event streams")
    func streamingRequest() throws {
        let configuration = Self.configuration(.openai)
        let plain = try OpenAIChatAdapter(configuration: configuration)
            .makeRequest(for: .chat(ChatRequest(messages: [.user("Halo")])), key: APIKey("sk-test-secret-value"))
        let request = try ChatStreamer.streaming(plain, configuration: configuration)
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        #expect(body["stream"] as? Bool == true)
        #expect((body["stream_options"] as? [String: Any])?["include_usage"] as? Bool == true)
        #expect(request.headers.contains { $0.name == "Accept" && $0.value == "text/event-stream" })
        #expect(!request.headers.contains { $0.name == "Accept" && $0.value == "application/json" })
    }
}
