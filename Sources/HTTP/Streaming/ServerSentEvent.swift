/// One event of a `text/event-stream` body, as the HTML living standard's parsing rules
/// dispatch it.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field, or "message" when the event had none.
    public var type: String
    /// The `data:` lines joined with "\n".
    public var data: String
    /// The last `id:` seen in the stream up to this event (ids carry over), nil if none.
    public var id: String?

    /// Creates an event.
    public init(type: String = "message", data: String, id: String? = nil) {
        self.type = type
        self.data = data
        self.id = id
    }
}
