import Foundation

/// An incremental parser of `text/event-stream` bodies (server-sent events), as OpenAI- and
/// Anthropic-style streaming APIs send them.
///
/// Feed it the body's chunks as they arrive, split anywhere (even inside a line or between a
/// CR and its LF); it returns each event once its terminating blank line has arrived. Follows
/// the HTML standard's rules: lines end in CRLF, LF or CR; `:` starts a comment; a field
/// without a colon has an empty value; one space after the colon is dropped; `data` lines join
/// with "\n"; an event with no `data` field is not dispatched; `id` carries over to later
/// events; unknown fields are ignored; a leading byte-order mark is skipped.
///
/// ```swift
/// var parser = ServerSentEvents()
/// for try await chunk in response.body {
///     for event in parser.feed(chunk) { handle(event) }
/// }
/// try parser.finish()  // throws when the stream ended inside an event
/// ```
public struct ServerSentEvents: Sendable {
    /// The current line so far.
    private var line: [UInt8] = []
    /// Whether the last byte was a CR, so that an LF right after it ends no second line.
    private var afterCarriageReturn = false
    /// Bytes of the stream seen so far, up to 3 (for the byte-order mark).
    private var leadingBytes = 0
    /// Whether the current line could still be a byte-order mark at the stream's start.
    private var checkingByteOrderMark = true
    /// The data lines of the event being read, each followed by "\n".
    private var data: [UInt8] = []
    /// The event being read's type, empty for "message".
    private var eventType = ""
    /// The last event ID set by an `id` field.
    private var lastEventID: String?
    /// Whether a field line has been read since the last blank line.
    private var readingEvent = false

    /// The reconnection time in milliseconds from the last valid `retry` field, if any.
    public private(set) var retryMilliseconds: Int?

    /// Creates a parser at the start of a stream.
    public init() {}

    /// Whether the bytes fed so far end inside an event (a partial line, or fields not yet
    /// closed by a blank line), i.e. the stream would be cut if it ended here.
    public var isInsideEvent: Bool {
        !line.isEmpty || readingEvent
    }

    /// Parses `bytes`, the next part of the stream, and returns the events it completed.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if checkingByteOrderMark {
                // EF BB BF at the very start is not part of the first field name.
                let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
                if byte == byteOrderMark[leadingBytes] {
                    leadingBytes += 1
                    if leadingBytes == 3 { checkingByteOrderMark = false }
                    continue
                }
                checkingByteOrderMark = false
                line.append(contentsOf: byteOrderMark[0..<leadingBytes])
            }
            switch byte {
            case 10 where afterCarriageReturn:
                afterCarriageReturn = false
            case 10, 13:
                afterCarriageReturn = byte == 13
                if let event = endLine() { events.append(event) }
            default:
                afterCarriageReturn = false
                line.append(byte)
            }
        }
        return events
    }

    /// Ends the stream: throws when it stopped inside an event (which the standard discards),
    /// since a provider's stream cut there has lost data. Resets the parser.
    public mutating func finish() throws(ServerSentEventsError) {
        let wasInsideEvent = isInsideEvent
        self = ServerSentEvents()
        if wasInsideEvent { throw ServerSentEventsError.endedInsideEvent }
    }

    /// Handles the completed `line`, returning an event when it was the blank line ending one.
    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty { return dispatch() }
        if line[0] == UInt8(ascii: ":") { return nil }  // a comment
        readingEvent = true
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.endIndex
        var valueStart = colon < line.endIndex ? colon + 1 : colon
        if valueStart < line.endIndex, line[valueStart] == 32 { valueStart += 1 }
        let name = line[0..<colon]
        let value = line[valueStart...]
        if name.elementsEqual("data".utf8) {
            data.append(contentsOf: value)
            data.append(10)
        } else if name.elementsEqual("event".utf8) {
            eventType = String(decoding: value, as: UTF8.self)
        } else if name.elementsEqual("id".utf8) {
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        } else if name.elementsEqual("retry".utf8) {
            if !value.isEmpty, value.allSatisfy({ $0 >= 48 && $0 <= 57 }), value.count < 16 {
                retryMilliseconds = value.reduce(0) { $0 * 10 + Int($1 - 48) }
            }
        }
        return nil
    }

    /// Ends the event being read: returns it if it had data, and starts the next.
    private mutating func dispatch() -> ServerSentEvent? {
        readingEvent = false
        defer {
            data.removeAll(keepingCapacity: true)
            eventType = ""
        }
        guard !data.isEmpty else { return nil }
        data.removeLast()  // the "\n" after the last data line
        return ServerSentEvent(
            type: eventType.isEmpty ? "message" : eventType,
            data: String(decoding: data, as: UTF8.self),
            id: lastEventID
        )
    }
}

/// Why a server-sent event stream could not be read to its end.
public enum ServerSentEventsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stream ended part-way through an event: the connection was cut or the server
    /// stopped mid-message.
    case endedInsideEvent

    /// A sentence saying what went wrong.
    public var description: String {
        switch self {
        case .endedInsideEvent: return "the event stream ended in the middle of an event"
        }
    }
}

/// The events of a byte-chunk sequence (such as `HTTPStreamingResponse.body`), parsed with
/// `ServerSentEvents` as the chunks arrive.
///
/// Ends when the chunks end at an event boundary; throws what the chunks throw (an
/// `HTTPError` for a broken transfer), or `ServerSentEventsError.endedInsideEvent` when they
/// end inside an event.
public struct ServerSentEventSequence<Chunks: AsyncSequence>: AsyncSequence where Chunks.Element == Data {
    /// Each element is one event.
    public typealias Element = ServerSentEvent

    private let chunks: Chunks

    /// Parses `chunks` as a `text/event-stream` body.
    public init(_ chunks: Chunks) {
        self.chunks = chunks
    }

    /// Makes the iterator.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(chunks: chunks.makeAsyncIterator())
    }

    /// Reads chunks until an event is complete.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var chunks: Chunks.AsyncIterator
        private var parser = ServerSentEvents()
        private var ready: [ServerSentEvent] = []
        private var nextReady = 0
        private var ended = false

        fileprivate init(chunks: Chunks.AsyncIterator) {
            self.chunks = chunks
        }

        /// The next event, or nil at the end of the stream.
        public mutating func next() async throws -> ServerSentEvent? {
            while true {
                if nextReady < ready.count {
                    defer { nextReady += 1 }
                    return ready[nextReady]
                }
                if ended { return nil }
                guard let chunk = try await chunks.next() else {
                    ended = true
                    try parser.finish()
                    return nil
                }
                ready = parser.feed(chunk)
                nextReady = 0
            }
        }
    }
}
