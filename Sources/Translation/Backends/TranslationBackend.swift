import Providers

/// Something that translates batches of units from Indonesian into English: a language model
/// with the translation prompt, a machine translation service, or the local translator.
///
/// Backends only send and receive; `ArticleTranslator` checks every reply (`ReplyValidator`),
/// repairs what it can, and falls back to the next backend of its chain.
public protocol TranslationBackend: Sendable {
    /// The provider name, as in `providers.yml`, or "local".
    var name: String { get }
    /// What sort of backend it is, which decides how its replies are checked and repaired.
    var kind: BackendKind { get }
    /// The model named in outputs (the lexicon version for the local translator).
    var model: String? { get }
    /// What its translations depend on, for translation-memory keys.
    var identity: BackendIdentity { get }
    /// How much one request may carry.
    var limits: PackingLimits { get }
    /// What it charges, for estimates; nil when free or unknown.
    var prices: ProviderPrices? { get }
    /// Translates `request.units`; throws the provider's failure (`ProviderError`,
    /// `ProviderPolicyError`) when no reply came.
    func translate(_ request: BackendRequest) async throws -> BackendReply
    /// The estimated prompt tokens of `request` as it would be sent (0 for backends not billed by token).
    func estimatedInputTokens(_ request: BackendRequest) -> Int
}

extension TranslationBackend {
    /// Nothing: only language models are billed by token.
    public func estimatedInputTokens(_ request: BackendRequest) -> Int { 0 }
}

/// The sorts of translation backend.
public enum BackendKind: String, Sendable, Hashable, Codable {
    /// A language model asked with a prompt; its reply is JSON keyed by block id.
    case languageModel
    /// A machine translation service taking a list of texts.
    case machineTranslation
    /// The offline rule-based translator.
    case local
}

/// What a backend's translations depend on besides the source text: the provider kind, the
/// model and the prompt's hash. Two backends with equal identities share translation memory.
public struct BackendIdentity: Sendable, Hashable {
    /// The wire format ("openai", "deepl", …) or "local".
    public var providerKind: String
    /// The model, for providers that have models.
    public var model: String?
    /// The version of the prompt (hex hash) for language models; for DeepL, the glossary id it
    /// applies; nil otherwise.
    public var promptHash: String?

    /// Creates an identity.
    public init(providerKind: String, model: String?, promptHash: String?) {
        self.providerKind = providerKind
        self.model = model
        self.promptHash = promptHash
    }
}

/// One batch asked of a backend.
public struct BackendRequest: Sendable {
    /// The units to translate, in order.
    public var units: [TranslationUnit]
    /// The glossary entries occurring in these units (language models put them in the prompt).
    public var glossary: [GlossaryEntry]
    /// The previous reply and what was wrong with it, when this is the corrective retry.
    public var correction: Correction?

    /// Creates a request.
    public init(units: [TranslationUnit], glossary: [GlossaryEntry] = [], correction: Correction? = nil) {
        self.units = units
        self.glossary = glossary
        self.correction = correction
    }

    /// A reply that could not be used, and why: sent back to a language model once.
    public struct Correction: Sendable, Hashable {
        /// The reply as the model wrote it.
        public var previousReply: String
        /// What was wrong, in a sentence the model can act on.
        public var problem: String

        /// Creates a correction.
        public init(previousReply: String, problem: String) {
            self.previousReply = previousReply
            self.problem = problem
        }
    }
}

/// What a backend answered to one batch.
public struct BackendReply: Sendable, Hashable {
    /// The answer: text keyed by block id inside (language models), or translations in unit order.
    public var content: Content
    /// What the request consumed (zero for the local translator).
    public var usage: Usage

    /// Creates a reply.
    public init(content: Content, usage: Usage) {
        self.content = content
        self.usage = usage
    }

    /// The forms an answer takes.
    public enum Content: Sendable, Hashable {
        /// A language model's text, expected to hold a JSON object keyed by unit id.
        case keyed(String)
        /// One translation per unit, in the order of the request.
        case ordered([String])
    }
}
