import Providers

/// Sends one batch to a backend and keeps only checked translations, repairing what it can:
/// an unusable reply from a language model gets one corrective retry naming the problem, then
/// the batch is split in halves (down to single units), and a unit that still fails is given
/// up with the reason. A reply cut off at the output limit is split likewise. Translation
/// services and the local translator answer text by text, so each of their translations is
/// kept or rejected on its own.
public struct BatchRepair: Sendable {
    /// The backend asked.
    public let backend: any TranslationBackend
    /// The checks every reply passes.
    public let validator: ReplyValidator
    /// Called with each batch's checked translations as soon as they arrive (to store them in
    /// the translation memory before anything else can fail).
    public let onValidated: @Sendable ([TranslationUnit], [BlockID: String]) async -> Void

    /// Creates a repairing sender.
    public init(
        backend: any TranslationBackend,
        validator: ReplyValidator = ReplyValidator(),
        onValidated: @escaping @Sendable ([TranslationUnit], [BlockID: String]) async -> Void = { _, _ in }
    ) {
        self.backend = backend
        self.validator = validator
        self.onValidated = onValidated
    }

    /// What became of a batch.
    public struct Outcome: Sendable {
        /// The checked English of each unit translated.
        public var english: [BlockID: String] = [:]
        /// Why each other unit failed.
        public var failures: [BlockID: String] = [:]
        /// What the requests consumed.
        public var usage: Usage = .zero
        /// The requests sent (answered or not).
        public var requests = 0

        /// Adds another outcome to this one.
        mutating func merge(_ other: Outcome) {
            english.merge(other.english) { first, _ in first }
            failures.merge(other.failures) { first, _ in first }
            usage += other.usage
            requests += other.requests
        }
    }

    /// Translates `units`, whose glossary entries are `glossary` (those occurring in them).
    public func translate(_ units: [TranslationUnit], glossary: @Sendable ([TranslationUnit]) -> [GlossaryEntry]) async -> Outcome {
        guard !units.isEmpty else { return Outcome() }
        return await attempt(units, glossary: glossary, mayCorrect: true)
    }

    /// One attempt at `units`, then the next step of repair on failure.
    private func attempt(_ units: [TranslationUnit], glossary: @Sendable ([TranslationUnit]) -> [GlossaryEntry], mayCorrect: Bool) async -> Outcome {
        var outcome = Outcome()
        let entries = glossary(units)
        let reply: BackendReply
        do {
            outcome.requests += backend.kind == .local ? 0 : 1
            reply = try await backend.translate(BackendRequest(units: units, glossary: entries))
        } catch {
            if Self.isTruncation(error), units.count > 1 {
                outcome.merge(await split(units, glossary: glossary))
                return outcome
            }
            if let usage = Self.usage(of: error) { outcome.usage += usage }
            let reason = Self.reason(error)
            for unit in units { outcome.failures[unit.id] = reason }
            return outcome
        }
        outcome.usage += reply.usage
        switch reply.content {
        case let .ordered(texts):
            let checks = validator.check(ordered: texts, units: units, detectIndonesian: backend.kind != .local)
            var kept: [BlockID: String] = [:]
            for unit in units {
                switch checks[unit.id] {
                case let .success(text)?: kept[unit.id] = text
                case let .failure(problem)?: outcome.failures[unit.id] = "\(backend.name): \(problem)"
                case nil: outcome.failures[unit.id] = "\(backend.name): no translation returned"
                }
            }
            if !kept.isEmpty {
                await onValidated(units.filter { kept[$0.id] != nil }, kept)
                outcome.english.merge(kept) { first, _ in first }
            }
            return outcome
        case let .keyed(text):
            switch validator.check(keyed: text, units: units) {
            case let .success(english):
                await onValidated(units, english)
                outcome.english = english
                return outcome
            case let .failure(failure):
                if mayCorrect {
                    outcome.merge(await correct(units, previousReply: text, failure: failure, glossary: glossary, entries: entries))
                } else if units.count > 1 {
                    outcome.merge(await split(units, glossary: glossary))
                } else {
                    outcome.failures[units[0].id] = "\(backend.name): the reply could not be used: \(failure)"
                }
                return outcome
            }
        }
    }

    /// The corrective retry after `failure`, then halves if it fails too.
    private func correct(
        _ units: [TranslationUnit], previousReply: String, failure: ReplyCheckFailure,
        glossary: @Sendable ([TranslationUnit]) -> [GlossaryEntry], entries: [GlossaryEntry]
    ) async -> Outcome {
        var outcome = Outcome()
        outcome.requests += 1
        let request = BackendRequest(units: units, glossary: entries, correction: .init(previousReply: previousReply, problem: failure.description))
        var lastProblem = failure.description
        do {
            let reply = try await backend.translate(request)
            outcome.usage += reply.usage
            if case let .keyed(text) = reply.content {
                switch validator.check(keyed: text, units: units) {
                case let .success(english):
                    await onValidated(units, english)
                    outcome.english = english
                    return outcome
                case let .failure(again):
                    lastProblem = again.description
                }
            }
        } catch {
            if let usage = Self.usage(of: error) { outcome.usage += usage }
            if !Self.isTruncation(error) {
                let reason = Self.reason(error)
                for unit in units { outcome.failures[unit.id] = reason }
                return outcome
            }
            lastProblem = ReplyProblem.truncated.description
        }
        if units.count > 1 {
            outcome.merge(await split(units, glossary: glossary))
        } else {
            outcome.failures[units[0].id] = "\(backend.name): the reply could not be used, even after a corrective retry: \(lastProblem)"
        }
        return outcome
    }

    /// `units` in two halves, each attempted without a further corrective retry.
    private func split(_ units: [TranslationUnit], glossary: @Sendable ([TranslationUnit]) -> [GlossaryEntry]) async -> Outcome {
        let middle = units.count / 2
        var outcome = await attempt(Array(units[..<middle]), glossary: glossary, mayCorrect: false)
        outcome.merge(await attempt(Array(units[middle...]), glossary: glossary, mayCorrect: false))
        return outcome
    }

    /// Whether `error` is a reply cut off at the output limit.
    static func isTruncation(_ error: any Error) -> Bool {
        if case .truncatedOutput? = error as? ProviderError { return true }
        return false
    }

    /// The usage a failed request still consumed, when the error says.
    static func usage(of error: any Error) -> Usage? {
        if case let .truncatedOutput(_, _, usage)? = error as? ProviderError { return usage }
        return nil
    }

    /// A failure reason for an error.
    static func reason(_ error: any Error) -> String {
        if error is CancellationError { return "cancelled" }
        return "\(error)"
    }
}
