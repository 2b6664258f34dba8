import ConsoleKitTerminal
@testable import Pipeline
import Testing

@Suite("TerminalProgressBar")
struct TerminalProgressBarTests {
    @Test func drawsTheJobTheFilledShareAndTheFigures() {
        let bar = TerminalProgressBar(label: "demo")
        let snapshot = ProgressSnapshot(total: 10, done: 5, failed: 0, dead: 0, inFlight: 2, doneByThisRunner: 5, elapsed: .seconds(5))
        let text = bar.render(snapshot, width: 80).description
        #expect(text.hasPrefix("demo ["))
        #expect(text.contains("] 5/10 done, 1.0/s, ETA 0:05"))
        let inside = text.split(separator: "[")[1].split(separator: "]")[0]
        #expect(inside.filter { $0 == "=" }.count * 2 == inside.count)
    }

    @Test func fitsANarrowTerminalWithAShortBar() {
        let bar = TerminalProgressBar(label: "demo")
        let snapshot = ProgressSnapshot(total: 10, done: 10, failed: 0, dead: 0, inFlight: 0, doneByThisRunner: 10, elapsed: .seconds(5))
        let text = bar.render(snapshot, width: 20).description
        #expect(text.contains("[==========]"))
        #expect(!text.contains("ETA"))
    }
}
