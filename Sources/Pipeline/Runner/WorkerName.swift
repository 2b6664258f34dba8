import Foundation

/// The name a runner holds leases under, `host:pid:suffix`, and what it tells about the worker.
enum WorkerName {
    /// A new name for a worker in this process.
    static func make() -> String {
        let suffix = String(UInt32.random(in: 0 ... .max), radix: 16)
        return "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(suffix)"
    }

    /// Whether `name` is a worker of another process on this host that no longer exists (killed or
    /// crashed), so its leases can be ended without waiting for them to expire. Names not made by
    /// `make()`, workers of other hosts and live processes are never called gone.
    static func isGoneLocalProcess(_ name: String) -> Bool {
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]), pid > 0 else { return false }
        let host = parts.dropLast(2).joined(separator: ":")
        guard host == ProcessInfo.processInfo.hostName, pid != ProcessInfo.processInfo.processIdentifier else { return false }
        // Signal 0 checks only that the process exists; ESRCH means it does not (EPERM: it exists).
        return kill(pid, 0) == -1 && errno == ESRCH
    }
}
