import Foundation

/// The process's memory as the kernel counts it (Linux `/proc/self/status`).
enum ResidentMemory {
    /// The peak resident set size so far (`VmHWM`), in MiB.
    static func peakMebibytes() -> Double { field("VmHWM:") }

    /// The resident set size now (`VmRSS`), in MiB.
    static func currentMebibytes() -> Double { field("VmRSS:") }

    private static func field(_ name: String) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return (Double(String(digits)) ?? .nan) / 1024
        }
        return .nan
    }
}
