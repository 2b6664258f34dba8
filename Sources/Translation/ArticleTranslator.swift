import Providers
import Synchronization

/// Translates an article's blocks from Indonesian into English through a chain of backends.
///
/// Each block's language is checked first: English is passed through and other languages are
/// reported, neither paid for. The translation memory answers what it already knows (no
/// request). The rest is cut into units and packed into requests for the first backend; each
/// reply is checked and repaired (`BatchRepair`) and stored in the memory as soon as it is
/// checked, so a crash never pays for it twice. Blocks the first backend could not translate go
/// to the next one, and so on; blocks no backend translated are marked failed with every reason.
public struct ArticleTranslator: Sendable {
    /// The backends, tried in order.
    public var backends: [any TranslationBackend]
    /// The glossary whose entries go into prompts and whose misses are reported.
    public var glossary: Glossary?
    /// Where translations are remembered.
    public var memory: TranslationMemory?
    /// Whether the memory is consulted (`--no-cache` turns it off; translations are still stored).
    public var useMemory: Bool
    /// The language check applied to every block.
    public var detector: LanguageDetector
    /// The checks every reply passes.
    public var validator: ReplyValidator

    /// Creates a translator.
    public init(
        backends: [any TranslationBackend],
        glossary: Glossary? = nil,
        memory: TranslationMemory? = nil,
        useMemory: Bool = true,
        detector: LanguageDetector = LanguageDetector(),
        validator: ReplyValidator = ReplyValidator()
    ) {
        self.backends = backends
        self.glossary = glossary
        self.memory = memory
        self.useMemory = useMemory
        self.detector = detector
        self.validator = validator
    }

    /// Translates `blocks`; the outcomes come back in the same order, with the usage and
    /// requests of every provider asked. Never throws: failures are reported per block.
    public func translate(_ blocks: [SourceBlock]) async -> ArticleTranslation {
        // Identical texts are translated once: a bullet is often the only sentence of a
        // paragraph, and paying for it twice would also race two requests for one text.
        let (distinct, positions) = Self.distinct(blocks)
        if distinct.count == blocks.count { return await translateDistinct(blocks) }
        var result = await translateDistinct(distinct)
        let outcomes = result.blocks
        result.blocks = zip(blocks, positions).map { block, position in
            var outcome = outcomes[position]
            outcome.source = block
            return outcome
        }
        return result
    }

    /// The blocks with the first of each text kept, and for every block the position of its text's block.
    static func distinct(_ blocks: [SourceBlock]) -> (blocks: [SourceBlock], positions: [Int]) {
        var positionOfText: [String: Int] = [:]
        var distinct: [SourceBlock] = []
        var positions: [Int] = []
        positions.reserveCapacity(blocks.count)
        for block in blocks {
            if let position = positionOfText[block.text] {
                positions.append(position)
            } else {
                positionOfText[block.text] = distinct.count
                positions.append(distinct.count)
                distinct.append(block)
            }
        }
        return (distinct, positions)
    }

    private func translateDistinct(_ blocks: [SourceBlock]) async -> ArticleTranslation {
        var outcomes = [BlockTranslation?](repeating: nil, count: blocks.count)
        var pending: [Int] = []
        for (index, block) in blocks.enumerated() {
            if let outcome = languageOutcome(of: block) { outcomes[index] = outcome } else { pending.append(index) }
        }
        var result = ArticleTranslation(blocks: [])
        var reasons: [Int: [String]] = [:]
        for backend in backends where !pending.isEmpty {
            let pass = await translate(pending.map { blocks[$0] }, with: backend)
            if pass.requests > 0 || pass.usage != .zero { result.usage[backend.name, default: .zero] += pass.usage }
            result.requests += pass.requests
            result.warnings += pass.warnings
            var stillPending: [Int] = []
            for index in pending {
                let block = blocks[index]
                if let english = pass.english[block.id] {
                    outcomes[index] = BlockTranslation(
                        source: block, english: english, status: .translated, provider: backend.name, model: backend.model,
                        cached: pass.cached.contains(block.id),
                        glossaryMisses: glossary?.misses(source: block.text, english: english) ?? []
                    )
                } else {
                    reasons[index, default: []].append(pass.failures[block.id] ?? "\(backend.name): no translation")
                    stillPending.append(index)
                }
            }
            pending = stillPending
        }
        for index in pending {
            let why = reasons[index]?.joined(separator: "; ") ?? "no translation backend was configured"
            outcomes[index] = BlockTranslation(source: blocks[index], status: .failed, failure: why)
        }
        result.blocks = outcomes.map { $0! }
        return result
    }

    /// What translating `blocks` would cost with the first backend; nothing is sent.
    public func estimate(_ blocks: [SourceBlock]) -> TranslationEstimate {
        let blocks = Self.distinct(blocks).blocks
        guard let backend = backends.first else { return TranslationEstimate(provider: "none", notSent: blocks.count) }
        var estimate = TranslationEstimate(provider: backend.name, currency: backend.prices?.currency)
        let toSend = blocks.filter { languageOutcome(of: $0) == nil }
        estimate.notSent = blocks.count - toSend.count
        let packer = BlockPacker(limits: backend.limits)
        var units = packer.units(of: toSend)
        var warnings: [String] = []
        let known = remembered(units, backend: backend, warnings: &warnings)
        let hitBlocks = Set(units.map(\.block)).filter { block in units.filter { $0.block == block }.allSatisfy { known[$0.id] != nil } }
        estimate.memoryHits = hitBlocks.count
        units.removeAll { known[$0.id] != nil }
        estimate.blocksToTranslate = Set(units.map(\.block)).count
        guard backend.kind != .local else { return estimate }
        let estimator = TokenEstimator()
        for batch in packer.batches(of: units) {
            estimate.requests += 1
            switch backend.kind {
            case .languageModel:
                estimate.inputTokens += backend.estimatedInputTokens(BackendRequest(units: batch, glossary: entries(for: batch)))
                // English runs a little longer in tokens than the Indonesian, plus the JSON keys.
                let source = batch.reduce(0) { $0 + estimator.tokens(in: $1.text) }
                estimate.outputTokens += source * 5 / 4 + batch.count * 8
            case .machineTranslation:
                estimate.characters += batch.reduce(0) { $0 + $1.text.count }
            case .local:
                break
            }
        }
        if let prices = backend.prices {
            estimate.cost = Usage(inputTokens: estimate.inputTokens, outputTokens: estimate.outputTokens, characters: estimate.characters).cost(at: prices)
        }
        return estimate
    }

    /// The outcome of a block that is not sent (English, another language, empty), or nil.
    func languageOutcome(of block: SourceBlock) -> BlockTranslation? {
        if block.text.allSatisfy(\.isWhitespace) {
            return BlockTranslation(source: block, english: block.text, status: .translated)
        }
        switch detector.detect(block.text) {
        case .english:
            return BlockTranslation(source: block, english: block.text, status: .passedThrough)
        case .other:
            return BlockTranslation(source: block, status: .otherLanguage, failure: "written in \(DetectedLanguage.other), neither Indonesian nor English; not translated")
        case .indonesian, .undetermined:
            return nil
        }
    }

    /// What one backend made of some blocks.
    struct Pass {
        var english: [BlockID: String] = [:]
        var cached: Set<BlockID> = []
        var failures: [BlockID: String] = [:]
        var usage: Usage = .zero
        var requests = 0
        var warnings: [String] = []
    }

    /// `blocks` through `backend`: memory first, then batches sent concurrently.
    func translate(_ blocks: [SourceBlock], with backend: any TranslationBackend) async -> Pass {
        var pass = Pass()
        let packer = BlockPacker(limits: backend.limits)
        let units = packer.units(of: blocks)
        var english = remembered(units, backend: backend, warnings: &pass.warnings)
        let toSend = units.filter { english[$0.id] == nil }
        let storeFailures = Mutex<[String]>([])
        let repair = BatchRepair(backend: backend, validator: validator) { [memory, glossary] batchUnits, translations in
            guard let memory else { return }
            let entries = batchUnits.compactMap { unit in
                translations[unit.id].map {
                    TranslationMemoryEntry(key: Self.key(for: unit, backend: backend, glossary: glossary), source: unit.text, english: $0, provider: backend.name, model: backend.model)
                }
            }
            // A failed write only means paying again next time; the translation itself stands.
            do {
                try memory.store(entries)
            } catch {
                storeFailures.withLock { $0.append("the translation memory could not store \(entries.count) translation\(entries.count == 1 ? "" : "s") of \(backend.name) (\(error)); they will be paid for again next time") }
            }
        }
        let glossary = self.glossary
        let outcomes = await withTaskGroup(of: BatchRepair.Outcome.self) { group in
            for batch in packer.batches(of: toSend) {
                group.addTask { await repair.translate(batch) { glossary?.entries(occurringIn: $0.map(\.text)) ?? [] } }
            }
            var all: [BatchRepair.Outcome] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        var failures: [BlockID: String] = [:]
        for outcome in outcomes {
            english.merge(outcome.english) { first, _ in first }
            failures.merge(outcome.failures) { first, _ in first }
            pass.usage += outcome.usage
            pass.requests += outcome.requests
        }
        pass.warnings += storeFailures.withLock { $0 }
        pass.english = packer.rejoin(english, units: units)
        for unit in units where pass.english[unit.block] == nil && pass.failures[unit.block] == nil {
            pass.failures[unit.block] = failures[unit.id].map { unit.isPart ? "part \(unit.id.rawValue): \($0)" : $0 }
        }
        let partsSent = Set(toSend.map(\.block))
        pass.cached = Set(units.map(\.block)).filter { pass.english[$0] != nil && !partsSent.contains($0) }
        return pass
    }

    /// The English the memory holds for `units`, keyed by unit id (empty when not consulted).
    func remembered(_ units: [TranslationUnit], backend: any TranslationBackend, warnings: inout [String]) -> [BlockID: String] {
        guard useMemory, let memory, !units.isEmpty else { return [:] }
        let keys = units.map { Self.key(for: $0, backend: backend, glossary: glossary) }
        do {
            let found = try memory.lookup(keys)
            var english: [BlockID: String] = [:]
            for (unit, key) in zip(units, keys) { if let text = found[key] { english[unit.id] = text } }
            return english
        } catch {
            warnings.append("the translation memory could not be read (\(error)); translating without it")
            return [:]
        }
    }

    /// The glossary entries occurring in `units`.
    func entries(for units: [TranslationUnit]) -> [GlossaryEntry] {
        glossary?.entries(occurringIn: units.map(\.text)) ?? []
    }

    /// The memory key of `unit` translated by `backend`; the glossary counts for language
    /// models, whose prompt it changes, and for the local translator, which renders its terms.
    static func key(for unit: TranslationUnit, backend: any TranslationBackend, glossary: Glossary?) -> TranslationMemoryKey {
        let identity = backend.identity
        return TranslationMemoryKey(
            providerKind: identity.providerKind,
            model: identity.model,
            promptHash: identity.promptHash,
            glossaryHash: backend.kind == .languageModel || backend.kind == .local ? glossary.map { $0.contentHash.hex } : nil,
            source: unit.text
        )
    }
}
