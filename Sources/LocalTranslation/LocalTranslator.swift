/// The offline rule-based Indonesian → English translator (placeholder until its issue lands).
public struct LocalTranslator: Sendable {
    /// Creates a translator.
    public init() {}
}
