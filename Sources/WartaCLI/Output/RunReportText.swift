import Foundation
import Pipeline

/// The report `warta run` prints at the end of a run.
enum RunReportText {
    static func lines(job: JobDefinition, outcome: JobExecution.Outcome) -> [String] {
        let report = outcome.report
        let seconds = Double(report.wallTime.components.seconds) + Double(report.wallTime.components.attoseconds) / 1e18
        var lines: [String] = []
        let verb = report.outcome == .finished ? "finished" : "stopped (run again to resume)"
        lines.append("\(job.name): run \(report.run) \(verb)\(outcome.resumed ? ", resumed" : "") in \(String(format: "%.1f", seconds)) s")
        lines.append("  articles: \(report.counts.done) done, \(report.counts.failed) failed (will be retried), \(report.counts.dead) dead, \(report.counts.queued + report.counts.running) waiting; \(outcome.queued) newly queued")
        for provider in outcome.usage.keys.sorted() {
            let usage = outcome.usage[provider]!
            var parts = ["\(usage.requests) requests"]
            if usage.totalTokens > 0 { parts.append("\(usage.inputTokens) in + \(usage.outputTokens) out tokens") }
            if usage.characters > 0 { parts.append("\(usage.characters) characters") }
            if let cost = outcome.costs[provider] { parts.append(String(format: "cost %.4f", cost)) }
            lines.append("  \(provider): " + parts.joined(separator: ", "))
        }
        if let digest = outcome.digestFiles.first(where: { $0.lastPathComponent.hasSuffix(".html") }) ?? outcome.digestFiles.first {
            lines.append("  digest: \(digest.path)")
        }
        return lines
    }
}
