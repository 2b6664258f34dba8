#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time and peak memory of this process or of a waited-for child.
struct ResourceUsage {
    /// User plus system CPU time, in seconds.
    var cpuSeconds: Double
    /// Peak resident set size, in MiB.
    var peakMebibytes: Double

    /// This process's usage so far.
    static func current() -> ResourceUsage {
        var usage = rusage()
        #if canImport(Glibc)
        _ = getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        _ = getrusage(RUSAGE_SELF, &usage)
        #endif
        return ResourceUsage(usage)
    }

    /// Usage as `getrusage`/`wait4` report it.
    init(_ usage: rusage) {
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        #if canImport(Darwin)
        peakMebibytes = Double(usage.ru_maxrss) / (1024 * 1024)  // bytes on Darwin
        #else
        peakMebibytes = Double(usage.ru_maxrss) / 1024  // KiB on Linux
        #endif
    }
}
