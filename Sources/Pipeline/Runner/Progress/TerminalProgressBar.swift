import ConsoleKitTerminal
import Synchronization

/// A live progress bar on a terminal (console-kit's `Terminal`): done and total, failed, rate and
/// time left, redrawn in place at most a few times a second.
public final class TerminalProgressBar: RunProgressObserver {
    private struct State {
        var drawn = false
        var lastDraw: ContinuousClock.Instant?
    }

    private let terminal: Terminal
    private let label: String
    private let minimumInterval: Duration
    private let state = Mutex(State())
    private let clock = ContinuousClock()

    /// Creates a bar titled `label` (the job's name), redrawn at most every `minimumInterval`.
    public init(label: String, terminal: Terminal = Terminal(), minimumInterval: Duration = .milliseconds(100)) {
        self.terminal = terminal
        self.label = label
        self.minimumInterval = minimumInterval
    }

    /// Redraws the bar unless it was drawn very recently.
    public func update(_ snapshot: ProgressSnapshot) {
        draw(snapshot, force: false)
    }

    /// Draws the bar a last time and leaves it on screen.
    public func finish(_ snapshot: ProgressSnapshot) {
        draw(snapshot, force: true)
    }

    private func draw(_ snapshot: ProgressSnapshot, force: Bool) {
        state.withLock { state in
            let now = clock.now
            if !force, let last = state.lastDraw, now - last < minimumInterval { return }
            state.lastDraw = now
            if state.drawn { terminal.clear(.line) }
            state.drawn = true
            terminal.output(render(snapshot, width: terminal.size.width), newLine: true)
        }
    }

    /// The bar as styled text, fitted to `width` columns.
    func render(_ snapshot: ProgressSnapshot, width: Int) -> ConsoleText {
        let figures = ProgressLine.figures(snapshot)
        let barWidth = max(10, min(40, width - label.count - figures.count - 6))
        let filled = Int((snapshot.fraction * Double(barWidth)).rounded(.down))
        var text: ConsoleText = "\(label) ".consoleText(.info)
        text += "[".consoleText()
        text += String(repeating: "=", count: filled).consoleText(.success)
        text += String(repeating: " ", count: barWidth - filled).consoleText()
        text += "] ".consoleText()
        text += figures.consoleText(snapshot.dead > 0 || snapshot.failed > 0 ? .warning : .plain)
        return text
    }
}
