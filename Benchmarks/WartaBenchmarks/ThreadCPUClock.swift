#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The processor time the calling thread has used. Unlike wall time it does not grow
/// while the thread waits for a core, so on a busy shared machine it shows what the
/// work itself costs.
enum ThreadCPUClock {
    /// The calling thread's processor time so far, in nanoseconds.
    static func nanoseconds() -> Int64 {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
