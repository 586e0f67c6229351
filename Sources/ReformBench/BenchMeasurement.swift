/// The timings of one benchmarked operation and their percentiles (nearest rank).
public struct BenchMeasurement: Sendable {
    public var name: String
    /// The goal for p99 in milliseconds; nil for figures reported for information.
    public var goalMs: Double?
    public var samplesMs: [Double]
    /// CPU time of the whole process per run (all threads: the caller and SQLite's thread pool). Unlike
    /// wall time it does not grow when other processes compete for the cores.
    public var cpuMs: [Double]

    public var count: Int { samplesMs.count }
    public var p50: Double { percentile(50) }
    public var p90: Double { percentile(90) }
    public var p99: Double { percentile(99) }
    public var cpuP50: Double { Self.percentile(50, of: cpuMs) }
    public var cpuP99: Double { Self.percentile(99, of: cpuMs) }
    public var max: Double { samplesMs.max() ?? 0 }
    public var mean: Double { samplesMs.isEmpty ? 0 : samplesMs.reduce(0, +) / Double(samplesMs.count) }
    public var meetsGoal: Bool? { goalMs.map { p99 <= $0 } }

    public func percentile(_ p: Double) -> Double { Self.percentile(p, of: samplesMs) }

    static func percentile(_ p: Double, of samples: [Double]) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}
