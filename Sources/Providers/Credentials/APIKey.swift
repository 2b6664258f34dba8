/// An API key read from the environment. It prints, dumps and reflects as a placeholder, so a
/// key passed around by mistake into a message or a log line shows nothing of itself.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key itself; read only where a request is built and where messages are redacted.
    let value: String

    /// Wraps `value`.
    public init(_ value: String) {
        self.value = value
    }

    /// A placeholder, never the key.
    public var description: String { "<API key>" }

    /// A placeholder, never the key.
    public var debugDescription: String { "<API key>" }

    /// A mirror without children, so `dump` and reflection show no key.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
