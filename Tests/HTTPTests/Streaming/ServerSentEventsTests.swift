import Foundation
import HTTP
import Testing

@Suite struct ServerSentEventsTests {
    /// Feeds `text` to a fresh parser in one piece.
    private func events(in text: String) -> [ServerSentEvent] {
        var parser = ServerSentEvents()
        return parser.feed(Data(text.utf8))
    }

    @Test func anEventEndsAtABlankLine() {
        #expect(events(in: "data: hello\n\n") == [ServerSentEvent(data: "hello")])
        #expect(events(in: "data: hello\n").isEmpty)
    }

    @Test func dataLinesJoinWithNewlines() {
        #expect(events(in: "data: first\ndata: second\ndata:\n\n") == [ServerSentEvent(data: "first\nsecond\n")])
    }

    @Test func theEventFieldNamesTheTypeForOneEventOnly() {
        let parsed = events(in: "event: message_start\ndata: {}\n\ndata: plain\n\n")
        #expect(parsed.map(\.type) == ["message_start", "message"])
    }

    @Test func anIDCarriesOverToLaterEvents() {
        let parsed = events(in: "id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
        #expect(parsed.map(\.id) == ["7", "7", ""])
    }

    @Test func commentsAndUnknownFieldsAreIgnored() {
        let parsed = events(in: ": keep-alive\nfoo: bar\ndata: kept\n: another\n\n")
        #expect(parsed == [ServerSentEvent(data: "kept")])
    }

    @Test func anEventWithoutDataIsNotDispatched() {
        #expect(events(in: "event: ping\n\n: only a comment\n\n").isEmpty)
    }

    @Test func onlyOneSpaceAfterTheColonIsDropped() {
        #expect(events(in: "data:  two spaces\n\ndata:none\n\n").map(\.data) == [" two spaces", "none"])
    }

    @Test func aFieldWithoutAColonHasAnEmptyValue() {
        #expect(events(in: "data\n\n") == [ServerSentEvent(data: "")])
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func everyLineEndingIsAccepted(lineEnd: String) {
        let text = "event: delta\(lineEnd)data: one\(lineEnd)data: two\(lineEnd)\(lineEnd)"
        #expect(events(in: text) == [ServerSentEvent(type: "delta", data: "one\ntwo")])
    }

    @Test func chunksMaySplitLinesAnywhere() {
        let text = "event: delta\r\ndata: {\"text\":\"héllo\"}\r\n\r\ndata: end\r\n\r\n"
        let bytes = Array(text.utf8)
        // Every split point, including between a CR and its LF and inside a UTF-8 sequence.
        for split in 0...bytes.count {
            var parser = ServerSentEvents()
            let parsed = parser.feed(bytes[..<split]) + parser.feed(bytes[split...])
            #expect(parsed.map(\.data) == ["{\"text\":\"héllo\"}", "end"], "split at \(split)")
        }
    }

    @Test func aByteOrderMarkAtTheStartIsSkipped() {
        var parser = ServerSentEvents()
        let parsed = parser.feed([0xEF, 0xBB] + [0xBF] + Array("data: x\n\n".utf8))
        #expect(parsed == [ServerSentEvent(data: "x")])
    }

    @Test func retryIsReadWhenItIsANumber() {
        var parser = ServerSentEvents()
        _ = parser.feed(Data("retry: 1500\n\nretry: soon\n\n".utf8))
        #expect(parser.retryMilliseconds == 1500)
    }

    @Test func finishingInsideAnEventThrows() {
        var parser = ServerSentEvents()
        _ = parser.feed(Data("data: complete\n\ndata: cut".utf8))
        #expect(parser.isInsideEvent)
        #expect(throws: ServerSentEventsError.endedInsideEvent) { try parser.finish() }
    }

    @Test func finishingAfterABlankLineSucceeds() throws {
        var parser = ServerSentEvents()
        _ = parser.feed(Data("data: complete\n\n: trailing comment\n".utf8))
        #expect(!parser.isInsideEvent)
        try parser.finish()
    }

    @Test func theSequenceParsesChunksAsTheyArrive() async throws {
        let chunks = AsyncThrowingStream<Data, any Error> { continuation in
            continuation.yield(Data("data: a\n".utf8))
            continuation.yield(Data("\ndata: b\n\n".utf8))
            continuation.finish()
        }
        var received: [String] = []
        for try await event in ServerSentEventSequence(chunks) { received.append(event.data) }
        #expect(received == ["a", "b"])
    }

    @Test func theSequenceThrowsWhenTheChunksEndInsideAnEvent() async {
        let chunks = AsyncThrowingStream<Data, any Error> { continuation in
            continuation.yield(Data("data: a\n\ndata: b".utf8))
            continuation.finish()
        }
        var received: [String] = []
        await #expect(throws: ServerSentEventsError.endedInsideEvent) {
            for try await event in ServerSentEventSequence(chunks) { received.append(event.data) }
        }
        #expect(received == ["a"])
    }
}
