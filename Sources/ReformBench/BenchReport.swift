import Foundation

/// The table `reform bench` prints at the end.
struct BenchReport {
    var measurements: [BenchMeasurement]
    var memory: BenchProcessMemory.Snapshot?
    var memoryGoalMiB: Double

    func table() -> String {
        var lines: [String] = []
        let header =
            Self.pad("operation", 52) + Self.left("runs", 6) + Self.left("p50 ms", 10) + Self.left("p90 ms", 10)
            + Self.left("p99 ms", 10) + Self.left("max ms", 10) + Self.left("cpu p50", 10) + Self.left("cpu p99", 10) + "  goal (p99)"
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count + 4))
        for m in measurements {
            var goal = ""
            if let g = m.goalMs { goal = "≤ \(Int(g)) ms  " + ((m.meetsGoal ?? false) ? "met" : "MISSED") }
            lines.append(
                Self.pad(m.name, 52) + Self.left(String(m.count), 6) + Self.left(Self.ms(m.p50), 10)
                    + Self.left(Self.ms(m.p90), 10) + Self.left(Self.ms(m.p99), 10) + Self.left(Self.ms(m.max), 10)
                    + Self.left(Self.ms(m.cpuP50), 10) + Self.left(Self.ms(m.cpuP99), 10) + "  " + goal)
        }
        if let memory {
            let met = memory.peakMiB <= memoryGoalMiB ? "met" : "MISSED"
            lines.append(
                Self.pad("peak memory while measuring (VmHWM)", 52) + Self.left(String(format: "%.0f MiB", memory.peakMiB), 66)
                    + "  ≤ \(Int(memoryGoalMiB)) MiB  " + met)
            lines.append(
                String(
                    format: "  resident now %.0f MiB (anonymous %.0f MiB, file-backed %.0f MiB)",
                    memory.residentMiB, memory.anonymousMiB, memory.fileMiB))
        } else {
            lines.append("peak memory: /proc/self/status not readable on this system")
        }
        return lines.joined(separator: "\n")
    }

    static func ms(_ v: Double) -> String { String(format: "%.2f", v) }
    static func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
    static func left(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }
}
