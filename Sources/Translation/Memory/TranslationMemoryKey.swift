import Foundation
import Storage

/// What a cached translation is keyed by: the provider kind, model, prompt and glossary that
/// produced it, and the source block normalized, so that changing any of them re-translates while
/// spacing differences do not.
public struct TranslationMemoryKey: Sendable, Hashable {
    /// The provider's kind (e.g. "openai", "deepl", "local").
    public let providerKind: String
    /// The model, for providers that have models.
    public let model: String?
    /// The hash of the prompt template, for LLM providers.
    public let promptHash: String?
    /// The hash of the glossary in force (`Glossary.contentHash.hex`), when there is one.
    public let glossaryHash: String?
    /// The source text normalized: Unicode NFC, runs of whitespace as one space, no spaces at the ends.
    public let source: String
    /// The hash over every part: the row's key in the store.
    public let hash: ContentHash

    /// Creates a key; `source` is normalized before hashing.
    public init(providerKind: String, model: String?, promptHash: String?, glossaryHash: String?, source: String) {
        self.providerKind = providerKind
        self.model = model
        self.promptHash = promptHash
        self.glossaryHash = glossaryHash
        self.source = TranslationMemoryKey.normalize(source)
        // Absent optional parts are written "-" and present ones "+value", so nil and "" differ.
        self.hash = ContentHash(parts: [
            "warta-translation-memory-1",
            providerKind,
            model.map { "+" + $0 } ?? "-",
            promptHash.map { "+" + $0 } ?? "-",
            glossaryHash.map { "+" + $0 } ?? "-",
            self.source,
        ])
    }

    /// `text` in NFC with every run of whitespace collapsed to one space and the ends trimmed.
    public static func normalize(_ text: String) -> String {
        // Pure ASCII text is already in NFC; skipping the normalization and the property
        // lookups keeps keys cheap for the many plain blocks.
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in composed.unicodeScalars {
            let isWhitespace = scalar.isASCII ? (scalar == " " || (scalar.value >= 9 && scalar.value <= 13)) : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Keys are equal when their hashes are.
    public static func == (left: TranslationMemoryKey, right: TranslationMemoryKey) -> Bool {
        left.hash == right.hash
    }

    /// Hashes the content hash.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }
}
