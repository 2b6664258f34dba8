import Translation

/// The lines `--dry-run` prints: what would be sent and what it would cost.
enum DryRunText {
    static func lines(articles: Int, estimates: [TranslationEstimate]) -> [String] {
        var lines = ["dry run: nothing sent, nothing written", "articles: \(articles)"]
        if estimates.isEmpty { lines.append("translation: none") }
        for estimate in estimates { lines.append(estimate.summary) }
        return lines
    }

    /// One estimate per provider, in first-seen order.
    static func merged(_ estimates: [TranslationEstimate]) -> [TranslationEstimate] {
        var order: [String] = []
        var totals: [String: TranslationEstimate] = [:]
        for estimate in estimates {
            if let total = totals[estimate.provider] { totals[estimate.provider] = total + estimate } else {
                order.append(estimate.provider)
                totals[estimate.provider] = estimate
            }
        }
        return order.compactMap { totals[$0] }
    }
}
