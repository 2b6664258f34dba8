#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The most memory the process has held at once, as the kernel counts it.
enum PeakMemory {
    /// The peak resident set size so far (`getrusage`'s `ru_maxrss`), in MiB.
    static func mebibytes() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        // Glibc imports the `who` constants as an enum.
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return .nan }
        #if canImport(Darwin)
        // Darwin counts bytes, Linux kibibytes.
        return Double(usage.ru_maxrss) / (1024 * 1024)
        #else
        return Double(usage.ru_maxrss) / 1024
        #endif
    }
}
