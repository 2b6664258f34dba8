import Foundation

/// Chooses how a run shows its progress.
public enum ProgressDisplay {
    /// A live bar when standard output is a terminal (console-kit draws there), plain lines on
    /// standard error otherwise.
    public static func automatic(label: String) -> any RunProgressObserver {
        isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
            ? TerminalProgressBar(label: label)
            : ProgressLog(label: label)
    }
}
