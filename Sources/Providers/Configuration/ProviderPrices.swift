/// What a provider charges, per million units, for computing the cost of a run.
public struct ProviderPrices: Sendable, Hashable {
    /// The price of a million prompt tokens.
    public var inputPerMillionTokens: Double?
    /// The price of a million generated tokens.
    public var outputPerMillionTokens: Double?
    /// The price of a million billed characters (translation services).
    public var perMillionCharacters: Double?
    /// The currency the prices are in, e.g. "USD" or "EUR".
    public var currency: String

    /// Creates a price list.
    public init(
        inputPerMillionTokens: Double? = nil,
        outputPerMillionTokens: Double? = nil,
        perMillionCharacters: Double? = nil,
        currency: String = "USD"
    ) {
        self.inputPerMillionTokens = inputPerMillionTokens
        self.outputPerMillionTokens = outputPerMillionTokens
        self.perMillionCharacters = perMillionCharacters
        self.currency = currency
    }
}
