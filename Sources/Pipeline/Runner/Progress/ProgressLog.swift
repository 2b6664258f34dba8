import Foundation
import Synchronization

/// Progress as plain lines on standard error, for logs and pipes: one line every `interval`
/// (10 seconds by default, so a long run logs a few hundred lines at most) and one at the end.
public final class ProgressLog: RunProgressObserver {
    private let label: String
    private let interval: Duration
    private let write: @Sendable (String) -> Void
    private let lastLine = Mutex<ContinuousClock.Instant?>(nil)
    private let clock = ContinuousClock()

    /// Creates a log titled `label` (the job's name); `write` receives each line with its newline.
    public init(
        label: String, interval: Duration = .seconds(10),
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.label = label
        self.interval = interval
        self.write = write
    }

    /// Writes a line if `interval` has passed since the last one (the first update sets the start).
    public func update(_ snapshot: ProgressSnapshot) {
        let due = lastLine.withLock { last -> Bool in
            let now = clock.now
            guard let previous = last else {
                last = now
                return false
            }
            guard now - previous >= interval else { return false }
            last = now
            return true
        }
        if due { write("\(label): \(ProgressLine.figures(snapshot))\n") }
    }

    /// Writes the last line.
    public func finish(_ snapshot: ProgressSnapshot) {
        write("\(label): \(ProgressLine.figures(snapshot)) in \(ProgressLine.clockTime(snapshot.elapsed))\n")
    }
}
