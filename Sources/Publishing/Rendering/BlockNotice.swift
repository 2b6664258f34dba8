import Translation

/// What a reader must be told about one block's English, the same in every format: why there is
/// none, or that it is only a machine gist.
struct BlockNotice: Equatable {
    /// How serious it is, which decides how pages show it.
    enum Severity: String {
        /// No English: failed, or in another language.
        case failure
        /// No English because none was asked for.
        case missing
        /// English shown, with something to know about it.
        case caution
    }

    /// How serious it is.
    var severity: Severity
    /// A short label, e.g. "Translation failed".
    var label: String
    /// The detail after the label, e.g. the failure's reason; may be empty.
    var detail: String

    /// The provider name of Warta's offline rule-based translator, whose English is a gist.
    static let localProvider = "local"

    /// The notices for `block`: none for a plain translation.
    static func notices(for block: BlockTranslation) -> [BlockNotice] {
        var notices: [BlockNotice] = []
        switch block.status {
        case .translated:
            if block.english == nil || block.english?.isEmpty == true {
                notices.append(BlockNotice(severity: .failure, label: "No English", detail: block.failure ?? "the translation came back empty"))
            }
        case .passedThrough:
            notices.append(BlockNotice(severity: .caution, label: "Already English", detail: "shown as written in the source"))
        case .otherLanguage:
            let language = block.failure.map { "the block is in \($0)" } ?? "the block is neither Indonesian nor English"
            notices.append(BlockNotice(severity: .failure, label: "Not translated", detail: language))
        case .failed:
            notices.append(BlockNotice(severity: .failure, label: "Translation failed", detail: block.failure ?? "no reason was recorded"))
        case .notRequested:
            notices.append(BlockNotice(severity: .missing, label: "Not translated", detail: "translation was not requested for this part"))
        }
        // The page explains "machine gist" once, at the top; each block only carries the label.
        if block.provider == localProvider, block.english != nil {
            notices.append(BlockNotice(severity: .caution, label: "Machine gist", detail: ""))
        }
        if !block.glossaryMisses.isEmpty {
            let terms = block.glossaryMisses.map { "\($0.indonesian) → \($0.english)" }.joined(separator: "; ")
            notices.append(BlockNotice(severity: .caution, label: "Glossary term missing", detail: terms))
        }
        return notices
    }

    /// The English to show for `block`, or nil when there is none.
    static func english(of block: BlockTranslation) -> String? {
        switch block.status {
        case .translated, .passedThrough:
            guard let english = block.english, !english.isEmpty else { return nil }
            return english
        case .failed, .otherLanguage, .notRequested:
            return nil
        }
    }

    /// The notice as one line of plain text: "Translation failed: timeout".
    var plainText: String { detail.isEmpty ? label : "\(label): \(detail)" }
}

extension BilingualArticle {
    /// Whether some block's English comes from the offline local translator.
    var hasMachineGist: Bool {
        blocks.contains { $0.provider == BlockNotice.localProvider && $0.english != nil }
    }
}
