/// What makes a translation reply unusable, worded so a model can be told to fix it.
public enum ReplyProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reply holds no JSON object of translations.
    case unreadable(reason: String)
    /// Blocks asked for are absent from the reply.
    case lost([BlockID])
    /// Blocks are absent and their text appears inside the translation of `into`.
    case merged([BlockID], into: BlockID)
    /// Keys the request never asked for.
    case invented([String])
    /// Blocks whose translation is empty.
    case empty([BlockID])
    /// Blocks whose translation does not match their own source (it belongs to another block,
    /// or is far too long or short for it).
    case misaligned([BlockID], reason: String)
    /// Blocks handed back in Indonesian.
    case untranslated([BlockID])
    /// The reply stopped at the output limit.
    case truncated

    /// The problem in a sentence, naming the blocks concerned.
    public var description: String {
        func list(_ ids: [BlockID]) -> String { ids.map(\.rawValue).joined(separator: ", ") }
        switch self {
        case let .unreadable(reason):
            return "it is not a JSON object of translations keyed by block id (\(reason))"
        case let .lost(ids):
            return "the blocks \(list(ids)) are missing; every id needs its own translation"
        case let .merged(ids, into):
            return "the blocks \(list(ids)) were merged into \(into.rawValue); translate each block under its own id"
        case let .invented(keys):
            return "it has keys that were not asked for (\(keys.joined(separator: ", "))); use only the ids given"
        case let .empty(ids):
            return "the translations of \(list(ids)) are empty"
        case let .misaligned(ids, reason):
            return "the translations of \(list(ids)) do not match their own blocks (\(reason)); each id must hold the translation of its own text"
        case let .untranslated(ids):
            return "the blocks \(list(ids)) were left in Indonesian; translate them into English"
        case .truncated:
            return "it was cut off at the output limit"
        }
    }
}
