import IndonesianText

/// Cuts blocks into translation units and packs units into requests within a backend's limits.
///
/// A block larger than one request may carry is split at sentence boundaries into parts
/// (`paragraph-3.1`, `paragraph-3.2`, …), rejoined by `rejoin(_:into:)` after translation; a
/// single sentence too long for a request is split between words.
public struct BlockPacker: Sendable {
    /// The limits requests are packed to.
    public let limits: PackingLimits
    private let splitter = SentenceSplitter()

    /// A packer for `limits`.
    public init(limits: PackingLimits) {
        self.limits = limits
    }

    /// The units of `blocks`: each block whole, or in parts when it is too large for one request.
    public func units(of blocks: [SourceBlock]) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        for block in blocks {
            let pieces = split(block.text)
            if pieces.count <= 1 {
                units.append(TranslationUnit(id: block.id, block: block.id, text: block.text))
            } else {
                for (index, piece) in pieces.enumerated() {
                    units.append(TranslationUnit(id: BlockID("\(block.id.rawValue).\(index + 1)"), block: block.id, text: piece))
                }
            }
        }
        return units
    }

    /// `units` in consecutive batches that each fit one request, in order.
    public func batches(of units: [TranslationUnit]) -> [[TranslationUnit]] {
        switch limits {
        case .unlimited:
            return units.isEmpty ? [] : [units]
        case let .texts(textLimits):
            return textLimits.batches(of: units.map(\.text)).map { Array(units[$0]) }
        case let .tokens(input, output, maximumBlocks, _):
            let inputLimit = input
            let replyLimit = PackingLimits.sourceTokens(forReplyTokens: output)
            var batches: [[TranslationUnit]] = []
            var current: [TranslationUnit] = []
            var size = 0
            for unit in units {
                let unitSize = limits.size(of: unit.text)
                if !current.isEmpty, current.count >= maximumBlocks || size + unitSize > min(inputLimit, replyLimit) {
                    batches.append(current)
                    current = []
                    size = 0
                }
                current.append(unit)
                size += unitSize
            }
            if !current.isEmpty { batches.append(current) }
            return batches
        }
    }

    /// The English of each block from the English of its units: parts joined with a space in
    /// order. A block is missing from the result when any of its units is missing.
    public func rejoin(_ english: [BlockID: String], units: [TranslationUnit]) -> [BlockID: String] {
        var parts: [BlockID: [String]] = [:]
        var incomplete: Set<BlockID> = []
        for unit in units {
            guard let text = english[unit.id] else {
                incomplete.insert(unit.block)
                continue
            }
            parts[unit.block, default: []].append(text)
        }
        var result: [BlockID: String] = [:]
        for (block, texts) in parts where !incomplete.contains(block) {
            result[block] = texts.joined(separator: " ")
        }
        return result
    }

    /// `text` as pieces that each fit one request (one piece when it fits already).
    func split(_ text: String) -> [String] {
        guard let largest = limits.largestUnit, limits.size(of: text) > largest else { return [text] }
        var pieces: [String] = []
        var current = ""
        for sentence in splitter.split(text).flatMap({ limits.size(of: $0) > largest ? splitWords($0, largest: largest) : [$0] }) {
            let candidate = current.isEmpty ? sentence : current + " " + sentence
            if !current.isEmpty, limits.size(of: candidate) > largest {
                pieces.append(current)
                current = sentence
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// A sentence too long for one request, cut between words into pieces that fit.
    func splitWords(_ sentence: String, largest: Int) -> [String] {
        var pieces: [String] = []
        var current = ""
        for word in sentence.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty, limits.size(of: candidate) > largest {
                pieces.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
