import Dispatch
import Foundation
import Synchronization

/// Turns SIGINT and SIGTERM into a graceful stop: the first signal makes the stop request, a
/// second one exits the process at once (tasks still leased are reclaimed by the next run when
/// their leases expire).
public final class StopSignals {
    private let sources: [any DispatchSourceSignal]

    /// Starts listening for SIGINT and SIGTERM on behalf of `stop`; `notice` is written to
    /// standard error at the first signal. Keep the value alive for as long as signals should stop
    /// the run, and call `cancel()` after.
    public init(stop: StopRequest, notice: String = "warta: stopping: finishing in-flight articles, press Ctrl-C again to quit at once\n") {
        let queue = DispatchQueue(label: "warta.stop-signals")
        let received = Mutex<Bool>(false)
        sources = [SIGINT, SIGTERM].map { number in
            // The default action would end the process before the runner can release its tasks.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                let second = received.withLock { seen in
                    defer { seen = true }
                    return seen
                }
                if second {
                    exit(128 + number)
                }
                FileHandle.standardError.write(Data(notice.utf8))
                stop.request()
            }
            source.resume()
            return source
        }
    }

    /// Stops listening and gives both signals back their default action.
    public func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
