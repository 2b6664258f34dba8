import Foundation
import Providers

/// What translating some blocks would cost with the first backend of a chain, computed
/// without sending anything (`--dry-run`): requests, estimated tokens or characters, and cost.
public struct TranslationEstimate: Sendable, Hashable {
    /// The provider estimated for.
    public var provider: String
    /// The requests that would be sent.
    public var requests: Int
    /// Estimated prompt tokens (language models).
    public var inputTokens: Int
    /// Estimated generated tokens (language models).
    public var outputTokens: Int
    /// Characters billed (translation services).
    public var characters: Int
    /// The estimated cost at the provider's prices; nil when it has none.
    public var cost: Double?
    /// The currency of `cost`.
    public var currency: String?
    /// Blocks that would be sent.
    public var blocksToTranslate: Int
    /// Blocks found in the translation memory, which cost nothing.
    public var memoryHits: Int
    /// Blocks already in English (or another language), which are not sent.
    public var notSent: Int

    /// Creates an estimate.
    public init(
        provider: String, requests: Int = 0, inputTokens: Int = 0, outputTokens: Int = 0, characters: Int = 0,
        cost: Double? = nil, currency: String? = nil, blocksToTranslate: Int = 0, memoryHits: Int = 0, notSent: Int = 0
    ) {
        self.provider = provider
        self.requests = requests
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.characters = characters
        self.cost = cost
        self.currency = currency
        self.blocksToTranslate = blocksToTranslate
        self.memoryHits = memoryHits
        self.notSent = notSent
    }

    /// The two estimates added up (for several articles of the same provider).
    public static func + (left: TranslationEstimate, right: TranslationEstimate) -> TranslationEstimate {
        var sum = left
        sum.requests += right.requests
        sum.inputTokens += right.inputTokens
        sum.outputTokens += right.outputTokens
        sum.characters += right.characters
        switch (left.cost, right.cost) {
        case let (first?, second?): sum.cost = first + second
        default: sum.cost = left.cost ?? right.cost
        }
        sum.currency = left.currency ?? right.currency
        sum.blocksToTranslate += right.blocksToTranslate
        sum.memoryHits += right.memoryHits
        sum.notSent += right.notSent
        return sum
    }

    /// One line for a dry run, e.g. "openai: 3 requests, ~4100 tokens in, ~3600 out, ~0.0028 USD
    /// (12 blocks to translate, 4 from memory, 1 not sent)".
    public var summary: String {
        var parts = ["\(requests) request\(requests == 1 ? "" : "s")"]
        if inputTokens + outputTokens > 0 { parts.append("~\(inputTokens) tokens in, ~\(outputTokens) out") }
        if characters > 0 { parts.append("\(characters) characters") }
        if let cost { parts.append("~\((cost * 10_000).rounded() / 10_000) \(currency ?? "")".trimmingCharacters(in: .whitespaces)) }
        return "\(provider): " + parts.joined(separator: ", ")
            + " (\(blocksToTranslate) block\(blocksToTranslate == 1 ? "" : "s") to translate, \(memoryHits) from memory, \(notSent) not sent)"
    }
}
