/// The figures of a progress snapshot as one line of text.
enum ProgressLine {
    /// `120/300 done, 2 failed, 1 dead, 14.2/s, ETA 0:13`.
    static func figures(_ snapshot: ProgressSnapshot) -> String {
        var parts = ["\(snapshot.done)/\(snapshot.total) done"]
        if snapshot.failed > 0 { parts.append("\(snapshot.failed) failed") }
        if snapshot.dead > 0 { parts.append("\(snapshot.dead) dead") }
        parts.append(rate(snapshot.rate))
        if let left = snapshot.estimatedTimeLeft, snapshot.done + snapshot.dead < snapshot.total {
            parts.append("ETA \(clockTime(left))")
        }
        return parts.joined(separator: ", ")
    }

    /// `14.2/s`, with fewer decimals as the rate grows.
    static func rate(_ perSecond: Double) -> String {
        let rounded = perSecond >= 100 ? (perSecond).rounded() : (perSecond * 10).rounded() / 10
        return perSecond >= 100 ? "\(Int(rounded))/s" : "\(rounded)/s"
    }

    /// `1:02:03` or `2:03`.
    static func clockTime(_ duration: Duration) -> String {
        let total = Int(duration.seconds.rounded())
        let hours = total / 3600, minutes = (total % 3600) / 60, seconds = total % 60
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds))" : "\(minutes):\(two(seconds))"
    }
}
