#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process started with `posix_spawn`, so that its CPU time and peak memory can be read
/// back exactly with `wait4` (which `Foundation.Process` does not offer).
struct ChildProcess {
    /// The child's process ID.
    let id: pid_t
    /// The read end of a pipe from the child's standard output, when asked for.
    let standardOutput: Int32?

    /// Starts `arguments[0]` (looked up in `PATH`) with `arguments`. The child's standard
    /// output goes to a pipe when `capturesOutput`, else to /dev/null.
    static func start(_ arguments: [String], capturesOutput: Bool) throws(BenchmarkFailure) -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if capturesOutput {
            guard pipe(&pipeEnds) == 0 else { throw .system("pipe", errno) }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        // Children inherit the spawning thread's signal mask, and Swift's worker threads block
        // most signals: start them with none blocked so that `stop()` can end them.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var id: pid_t = 0
        let status = posix_spawnp(&id, arguments[0], &actions, &attributes, argv, environ)
        if capturesOutput { close(pipeEnds[1]) }
        guard status == 0 else { throw .system("posix_spawn \(arguments[0])", status) }
        return ChildProcess(id: id, standardOutput: capturesOutput ? pipeEnds[0] : nil)
    }

    /// Reads the child's standard output up to the first newline.
    func readLine() -> String? {
        guard let standardOutput else { return nil }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(standardOutput, &byte, 1) == 1 {
            if byte == 10 { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        return nil
    }

    /// Waits for the child to end; returns its exit status (or -signal) and its resource usage.
    func wait() -> (status: Int32, usage: ResourceUsage) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(id, &status, 0, &usage) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : -(status & 0x7f), ResourceUsage(usage))
    }

    /// Ends the child with SIGKILL and reaps it.
    func stop() {
        kill(id, SIGKILL)
        _ = wait()
        if let standardOutput { close(standardOutput) }
    }
}
