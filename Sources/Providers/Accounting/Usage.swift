/// What one request, or a whole run, consumed at a provider: tokens for language models,
/// billed characters for translation services.
public struct Usage: Sendable, Hashable, Codable {
    /// Tokens the provider counted in the prompt.
    public var inputTokens: Int
    /// Tokens the provider generated.
    public var outputTokens: Int
    /// Characters the provider billed (translation services).
    public var characters: Int
    /// How many requests the provider answered.
    public var requests: Int

    /// Creates a usage record.
    public init(inputTokens: Int = 0, outputTokens: Int = 0, characters: Int = 0, requests: Int = 0) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.characters = characters
        self.requests = requests
    }

    /// Nothing consumed.
    public static let zero = Usage()

    /// Input and output tokens together.
    public var totalTokens: Int { inputTokens + outputTokens }

    /// The sum of two records.
    public static func + (left: Usage, right: Usage) -> Usage {
        Usage(
            inputTokens: left.inputTokens + right.inputTokens,
            outputTokens: left.outputTokens + right.outputTokens,
            characters: left.characters + right.characters,
            requests: left.requests + right.requests
        )
    }

    /// Adds `right` to `left`.
    public static func += (left: inout Usage, right: Usage) {
        left = left + right
    }

    /// What this usage costs at `prices`, in the prices' currency; nil when no price applies
    /// to what was consumed (e.g. tokens used but only a per-character price configured).
    public func cost(at prices: ProviderPrices) -> Double? {
        var total = 0.0
        var priced = false
        if let price = prices.inputPerMillionTokens {
            total += Double(inputTokens) * price / 1_000_000
            priced = true
        }
        if let price = prices.outputPerMillionTokens {
            total += Double(outputTokens) * price / 1_000_000
            priced = true
        }
        if let price = prices.perMillionCharacters {
            total += Double(characters) * price / 1_000_000
            priced = true
        }
        return priced ? total : nil
    }
}
